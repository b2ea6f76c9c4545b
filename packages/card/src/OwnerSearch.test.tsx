import { Alert, DateInput, Form, Input, MultiSelect, Text, TimeInput } from '@hubspot/ui-extensions';
import type { OwnerOption, OwnerSearchResult } from '@meeting-card/core';
import { OWNER_SEARCH_DEBOUNCE_MS } from './hooks/useOwnerSearch';
import { OPTIONS, RecordingServer, deferred, renderCard } from './test-support';

type Card = Awaited<ReturnType<typeof renderCard>>;

/** An account with more owners than the form options list: the card offers the search. */
const TRUNCATED = { ...OPTIONS, ownersTruncated: true };
const LUCIA: OwnerOption = { ownerId: '902401', userId: '702401', name: 'Lucía Fernández' };
const REP: OwnerOption = { ownerId: '902345', userId: '702345', name: 'Rep 02345' };
const RITA = OPTIONS.organizer!;

const found = (...owners: OwnerOption[]): OwnerSearchResult => ({
  ok: true,
  matches: { owners, more: false },
});

/** The search waits for a pause in typing; this is only an upper bound for the wait. */
const PATIENTLY = { timeoutInMs: 5_000 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until what the server was asked passes `check` (the renderer's waitFor re-checks on renders only). */
async function untilAsked(server: RecordingServer, check: (searches: string[]) => boolean) {
  for (let waited = 0; !check(server.searches); waited += 10) {
    if (waited > PATIENTLY.timeoutInMs) throw new Error(`searches stayed ${JSON.stringify(server.searches)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function renderTruncated(server = new RecordingServer({ ok: true, options: TRUNCATED })) {
  const card = await renderCard({ server });
  await card.waitFor(() => expect(server.optionRequests).toHaveLength(1));
  await settle();
  return { card, server };
}

const searchInput = (card: Card) => card.maybeFind(Input, { name: 'ownerQuery' });
const attendeeOptions = (card: Card) => card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.options;
const type = (card: Card, text: string) => searchInput(card)!.trigger('onInput', text as never);

function bookNow(card: Card) {
  card.find(DateInput, { name: 'date' }).trigger('onChange', { year: 2026, month: 2, date: 12 } as never);
  card.find(TimeInput, { name: 'startTime' }).trigger('onChange', { hours: 10, minutes: 0 } as never);
  card.find(Form).trigger('onSubmit');
}

describe('finding attendees past the listed owners', () => {
  it('offers no search when every owner was listed', async () => {
    const server = new RecordingServer();
    const card = await renderCard({ server });
    await card.waitFor(() => expect(server.optionRequests).toHaveLength(1));
    await settle();
    expect(searchInput(card)).toBeNull();
  });

  it('offers "Find more people" when the list was truncated', async () => {
    const { card } = await renderTruncated();
    expect(searchInput(card)?.props.label).toBe('Find more people');
  });

  it("says it in the rep's language", async () => {
    const server = new RecordingServer({ ok: true, options: TRUNCATED });
    const card = await renderCard({ server, locale: 'pt-br' });
    await card.waitFor(() => expect(searchInput(card)?.props.label).toBe('Encontrar mais pessoas'));
  });

  it('lets the rep pick an owner found by search and books the meeting with them', async () => {
    const { card, server } = await renderTruncated();
    server.answerSearches((query) => (query === 'lucia' ? found(LUCIA) : found()));
    type(card, 'lucia');
    await card.waitFor(
      () => expect(attendeeOptions(card)).toContainEqual({ label: 'Lucía Fernández', value: '902401' }),
      PATIENTLY,
    );
    expect(server.searches).toEqual(['lucia']);
    expect(searchInput(card)?.props.description).toBe('1 found: pick them in Attendees.');

    card.find(MultiSelect, { name: 'attendeeOwnerIds' }).trigger('onChange', ['902401', '502'] as never);
    bookNow(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(server.creates[0]?.attendeeOwnerIds).toEqual(['902401', '502']);
    expect(card.findByTestId(Text, 'booked-attendees').text).toBe('Lucía Fernández, Sam Sales');
  });

  it('keeps a picked attendee among the options whatever the rep searches next', async () => {
    const { card, server } = await renderTruncated();
    server.answerSearches((query) => (query === 'lucia' ? found(LUCIA) : found(REP)));
    type(card, 'lucia');
    await card.waitFor(
      () => expect(attendeeOptions(card).map((o) => o.value)).toContain('902401'),
      PATIENTLY,
    );
    expect(server.searches).toEqual(['lucia']);
    card.find(MultiSelect, { name: 'attendeeOwnerIds' }).trigger('onChange', ['902401'] as never);

    type(card, 'rep 02345');
    await card.waitFor(
      () => expect(attendeeOptions(card).map((o) => o.value)).toContain('902345'),
      PATIENTLY,
    );
    expect(attendeeOptions(card)).toContainEqual({ label: 'Lucía Fernández', value: '902401' });

    type(card, '');
    await settle();
    expect(attendeeOptions(card).map((o) => o.value)).toEqual(['902401', '502', '503']);
    expect(card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.value).toEqual(['902401']);
  });

  it('never offers the organizer, even when a search finds them', async () => {
    const { card, server } = await renderTruncated();
    server.answerSearches(() => found(RITA, LUCIA));
    type(card, 'ri');
    await card.waitFor(
      () => expect(attendeeOptions(card).map((o) => o.value)).toContain('902401'),
      PATIENTLY,
    );
    expect(attendeeOptions(card).map((o) => o.value)).not.toContain(RITA.ownerId);
  });

  it('asks the server once per pause in typing, not once per keystroke', async () => {
    const { card, server } = await renderTruncated();
    for (const text of ['l', 'lu', 'luc', 'luci', 'lucia']) type(card, text);
    await untilAsked(server, (searches) => searches.length > 0);
    await settle();
    expect(server.searches).toEqual(['lucia']);
  });

  it('does not ask at all for a blank query', async () => {
    const { card, server } = await renderTruncated();
    type(card, 'lu');
    type(card, '   ');
    // Past the pause after which a search would have been sent.
    await new Promise((resolve) => setTimeout(resolve, OWNER_SEARCH_DEBOUNCE_MS * 2));
    expect(server.searches).toEqual([]);
  });

  it('shows the latest search, not an earlier one that answered late', async () => {
    const { card, server } = await renderTruncated();
    const slow = deferred<OwnerSearchResult>();
    server.answerSearches((query) => (query === 'rep' ? slow.promise : found(LUCIA)));
    type(card, 'rep');
    await untilAsked(server, (searches) => searches.length === 1);
    expect(server.searches).toEqual(['rep']);
    type(card, 'lucia');
    await card.waitFor(
      () => expect(attendeeOptions(card).map((o) => o.value)).toContain('902401'),
      PATIENTLY,
    );
    slow.resolve(found(REP));
    await settle();
    await settle();
    expect(attendeeOptions(card).map((o) => o.value)).toEqual(['902401', '502', '503']);
  });

  it('tells the rep when the search could not run, and the form stays usable', async () => {
    const { card, server } = await renderTruncated();
    server.answerSearches(() => ({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', message: 'HubSpot could not be reached.', retryable: true },
    }));
    type(card, 'lucia');
    await card.waitFor(
      () =>
        expect(searchInput(card)?.props.description).toBe(
          'Teammates could not be loaded; you can still book without them.',
        ),
      PATIENTLY,
    );
    expect(attendeeOptions(card).map((o) => o.value)).toEqual(['502', '503']);
  });

  it('treats a query the server refuses (one letter) as no results yet, without an error', async () => {
    const { card, server } = await renderTruncated();
    server.answerSearches(() => ({
      ok: false,
      error: {
        code: 'VALIDATION_ERROR',
        message: 'The search text cannot be used.',
        retryable: false,
        fields: { ownerQuery: { code: 'out_of_range', message: 'Too short', params: { min: 2, max: 100 } } },
      },
    }));
    type(card, 'l');
    await untilAsked(server, (searches) => searches.length === 1);
    expect(server.searches).toEqual(['l']);
    await settle();
    expect(searchInput(card)?.props.description).toBeUndefined();
    expect(searchInput(card)?.props.error).toBeUndefined();
  });
});
