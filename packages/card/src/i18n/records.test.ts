import { CARD_CATALOGUES as CATALOGUES, cardMessagesFor } from '@meeting-card/core/server';
import { createTranslator } from '.';

describe('the record panel’s messages', () => {
  test('no language claims the calendar invite changes with the outcome', () => {
    for (const catalogue of Object.values(CATALOGUES))
      expect(catalogue['record.outcomeNote']).toMatch(/HubSpot/);
    const t = createTranslator('pt-BR', 'pt-BR', cardMessagesFor('pt-BR'));
    expect(t('record.outcomeDone', { title: 'Kickoff', outcome: t('record.CANCELED') })).toBe(
      'Kickoff: marcada como cancelada.',
    );
  });
});
