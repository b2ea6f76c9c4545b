import { Form, LoadingButton, Select } from '@hubspot/ui-extensions';
import { CARD_CATALOGUES as CATALOGUES } from '@meeting-card/core/server';
import type { Language } from '.';
import { RecordingServer, failed, renderCard } from '../test-support';

const LOCALES: [string, Language][] = [
  ['en-us', 'en'],
  ['pt-br', 'pt-BR'],
  ['es', 'es'],
];

interface Node {
  nodeType: string;
  text: string | null;
  props?: Record<string, unknown>;
  childNodes?: readonly Node[];
}

/** Every string the rep can see: text nodes and the string props (labels, titles, options...). */
function visibleStrings(node: Node): string[] {
  const found: string[] = [];
  if (node.nodeType === 'text' && node.text) found.push(node.text);
  for (const [name, value] of Object.entries(node.props ?? {})) {
    if (
      ['name', 'testId', 'value', 'type', 'variant', 'format', 'timezone', 'size', 'autoComplete'].includes(
        name,
      )
    )
      continue;
    if (typeof value === 'string') found.push(value);
    if (Array.isArray(value))
      for (const item of value) if (item && typeof item.label === 'string') found.push(item.label);
  }
  for (const child of node.childNodes ?? []) found.push(...visibleStrings(child));
  return found;
}

const KEY_LIKE = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

describe.each(LOCALES)('the card in %s', (locale, language) => {
  const catalogue = CATALOGUES[language];

  it('shows the form, a failure and a success with no missing string', async () => {
    const server = new RecordingServer().answerCreate(
      failed({ code: 'OUTCOME_UNKNOWN', correlationId: 'abc' }),
    );
    const card = await renderCard({ server, locale });
    expect(card.find(LoadingButton).text).toBe(catalogue['submit.book']);
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'PHONE' as never);

    // A submit with no date: the field message comes from this language's catalogue.
    const { DateInput, TimeInput } = await import('@hubspot/ui-extensions');
    card.find(DateInput, { name: 'date' }).trigger('onChange', null as never);
    card.find(Form).trigger('onSubmit');
    const formStrings = visibleStrings(card.getRootNode() as unknown as Node);
    expect(formStrings).toContain(catalogue['issue.required']);

    card.find(Form).trigger('onSubmit');
    card.find(DateInput, { name: 'date' }).trigger('onChange', { year: 2026, month: 2, date: 12 } as never);
    card.find(TimeInput, { name: 'startTime' }).trigger('onChange', { hours: 10, minutes: 0 } as never);
    card.find(Form).trigger('onSubmit');
    await card.waitFor(() => expect(card.find(LoadingButton).text).toBe(catalogue['submit.retry']));
    const failureStrings = visibleStrings(card.getRootNode() as unknown as Node);
    expect(failureStrings).toContain(catalogue['error.headingUnknown']);

    card.find(Form).trigger('onSubmit');
    await card.waitFor(() => expect(card.maybeFind(Form)).toBeNull());
    const successStrings = visibleStrings(card.getRootNode() as unknown as Node);
    expect(successStrings).toContain(catalogue['success.heading']);

    for (const text of [...formStrings, ...failureStrings, ...successStrings]) {
      expect(text).not.toMatch(KEY_LIKE);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    if (language !== 'en') {
      // Nothing English leaks into another language (labels that are the same word aside).
      const english = new Set(Object.values(CATALOGUES.en));
      const leaked = [...formStrings, ...failureStrings, ...successStrings].filter(
        (text) => english.has(text) && !Object.values(catalogue).includes(text),
      );
      expect(leaked).toEqual([]);
    }
  });
});
