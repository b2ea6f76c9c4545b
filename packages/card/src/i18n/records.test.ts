import { RECORD_CATALOGUES, recordTranslator } from './records';

describe('the record panel’s catalogues', () => {
  test('every language has the same keys and the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = RECORD_CATALOGUES.en;
    for (const catalogue of Object.values(RECORD_CATALOGUES)) {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>)
        expect(placeholders(catalogue[key])).toEqual(placeholders(en[key]));
    }
  });

  test('no language claims the calendar invite changes with the outcome', () => {
    for (const catalogue of Object.values(RECORD_CATALOGUES))
      expect(catalogue.outcomeNote).toMatch(/HubSpot/);
    expect(recordTranslator('pt-BR')('outcomeDone', { outcome: 'cancelada' })).toBe(
      'Marcada como cancelada.',
    );
  });
});
