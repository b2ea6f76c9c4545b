// The card's issue-10 parts, rendered as HubSpot would: free slots (one click fills the time; the first
// is the default start), a conflict warning, the upcoming meetings with outcome actions, the deal picker,
// and the card on a deal record (its contacts, the chosen one sent to the server).
import { Alert, Button, Heading, Input, Select, Text, TimeInput } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import type { CardContext, ContactDealsResult, FormOptionsResult, OutcomeChange } from '@meeting-card/core';
import { MeetingCard } from './MeetingCard';
import { forgetUnresolvedRequests } from './hooks/unresolved-requests';
import { allText, CONTACT, deferred, failed, NOW, OPTIONS, RecordingServer } from './test-support';

const HOUR = 3_600_000;
/** Monday 2 March 2026, 14:00 UTC = 09:00 in New York (the portal's zone in these suites). */
const FIRST_SLOT = Date.parse('2026-03-02T14:00:00Z');

const contextOn = (recordType: CardContext['recordType'], patch: Partial<CardContext> = {}): CardContext => ({
  recordType,
  recordId: recordType === 'deals' ? '401' : '102',
  contacts: [
    { id: '102', name: 'John Miller' },
    { id: '107', name: 'Priya Nair' },
  ],
  selectedContactId: '102',
  company: { id: '302', name: 'Northwind' },
  deals: [{ id: '401', name: 'Northwind platform rollout' }],
  meetings: [
    {
      id: '600',
      title: 'Kickoff',
      startUtc: new Date(FIRST_SLOT + 3 * HOUR).toISOString(),
      endUtc: new Date(FIRST_SLOT + 4 * HOUR).toISOString(),
      outcome: 'SCHEDULED',
      url: 'https://calendar.example/600',
    },
  ],
  slots: {
    kind: 'link',
    link: { slug: 'ana', name: 'Meet Ana', url: '' },
    offered: [{ minutes: 30, starts: [FIRST_SLOT, FIRST_SLOT + HOUR, FIRST_SLOT + 3 * HOUR] }],
    windows: [{ start: FIRST_SLOT, end: FIRST_SLOT + 8 * HOUR }],
    // The windows minus the busy hour, as the server sends them (freeIntervals).
    free: [
      { start: FIRST_SLOT, end: FIRST_SLOT + 6 * HOUR },
      { start: FIRST_SLOT + 7 * HOUR, end: FIRST_SLOT + 8 * HOUR },
    ],
    busy: [{ start: FIRST_SLOT + 6 * HOUR, end: FIRST_SLOT + 7 * HOUR }],
    offline: false,
    hasMore: true,
  },
  limited: [],
  ...patch,
});

class RecordServer extends RecordingServer {
  readonly outcomes: Array<{ meetingId: string; outcome: OutcomeChange }> = [];
  changeOutcome(req: { meetingId: string; outcome: OutcomeChange }) {
    this.outcomes.push(req);
    return Promise.resolve({ ok: true as const, meetingId: req.meetingId, outcome: req.outcome });
  }
}

/** A server that also answers the contact's deals request, when the test says. */
class DealsServer extends RecordServer {
  readonly deals = deferred<ContactDealsResult>();
  dealRequests = 0;
  loadDeals() {
    this.dealRequests += 1;
    return this.deals.promise;
  }
}

function mount(server: RecordServer, recordId: string, objectTypeId: string) {
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.actions.fetchCrmObjectProperties.willCall(
    async () => ({ ...CONTACT }) as Record<string, string>,
  );
  const base = renderer.mocks.context;
  renderer.render(
    <MeetingCard
      context={{ ...base, crm: { objectId: Number(recordId), objectTypeId } }}
      actions={renderer.mocks.actions}
      server={server}
      environment={{ now: () => NOW, repZone: () => null }}
    />,
  );
  return renderer;
}

async function render(context: CardContext, objectTypeId = '0-1', { remount = false } = {}) {
  if (!remount) forgetUnresolvedRequests();
  const server = new RecordServer({ ok: true, options: OPTIONS, context: { ok: true, context } } as never);
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.actions.fetchCrmObjectProperties.willCall(
    async () => ({ ...CONTACT }) as Record<string, string>,
  );
  const base = renderer.mocks.context;
  renderer.render(
    <MeetingCard
      context={{ ...base, crm: { objectId: Number(context.recordId), objectTypeId } }}
      actions={renderer.mocks.actions}
      server={server}
      environment={{ now: () => NOW, repZone: () => null }}
    />,
  );
  // A remounted card with an unresolved request checks it first (and may show its answer instead).
  if (!remount) await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Upcoming meetings/));
  return { renderer, server };
}

/** Waits (a bound, not a timed assertion) until `check` holds. */
async function until(check: () => boolean): Promise<void> {
  for (let turns = 0; !check(); turns += 1) {
    if (turns > 500) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The words on the card: headings, texts and alert titles. */
const pageText = (renderer: ReturnType<typeof createRenderer>) =>
  [...renderer.findAll(Heading), ...renderer.findAll(Text), ...renderer.findAll(Alert)]
    .map((node) => `${allText(node as never)} ${String((node.props as { title?: string }).title ?? '')}`)
    .join(' ');

const slotButtons = (renderer: ReturnType<typeof createRenderer>) =>
  renderer.findAll(Button).filter((b) => /Mon|Tue/.test(allText(b as never)));

describe('free slots and conflicts', () => {
  it('makes the first free slot the default start; a click on another fills date and time', async () => {
    const { renderer } = await render(contextOn('contacts'));
    await renderer.waitFor(() =>
      expect(renderer.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 9, minutes: 0 }),
    );
    const buttons = slotButtons(renderer);
    expect(buttons.length).toBe(3);
    buttons[1]!.trigger('onClick');
    await renderer.waitFor(() =>
      expect(renderer.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 10, minutes: 0 }),
    );
  });

  it('warns, without blocking, when the time overlaps the contact’s meeting, with a link to it', async () => {
    const { renderer, server } = await render(contextOn('contacts'));
    slotButtons(renderer)[2]!.trigger('onClick');
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Overlaps with "Kickoff"/));
    const warning = renderer.findAll(Alert).find((a) => /Kickoff/.test(String(a.props.title)));
    expect(allText(warning as never)).toMatch(/Open/);
    // A warning only: the booking still goes, with the deal the rep picked.
    renderer.find(Select, { name: 'dealId' }).trigger('onChange', '401' as never);
    expect(server.creates).toHaveLength(0);
    (renderer.find('Form' as never) as unknown as { trigger: (name: string) => void }).trigger('onSubmit');
    await renderer.waitFor(() => expect(server.creates).toHaveLength(1));
    expect(server.creates[0]).toMatchObject({ dealId: '401' });
    expect(server.creates[0]).not.toHaveProperty('recordType');
  });

  it('without a scheduling page, says so and keeps the typed time', async () => {
    const { renderer } = await render(contextOn('contacts', { slots: { kind: 'none', reason: 'no_link' } }));
    expect(pageText(renderer)).toMatch(/no HubSpot scheduling page/);
    expect(slotButtons(renderer)).toHaveLength(0);
  });
});

describe('upcoming meetings', () => {
  it('lists them with cancel / no-show actions that change the CRM record only, and say so', async () => {
    const { renderer, server } = await render(contextOn('contacts'));
    expect(pageText(renderer)).toMatch(/does not say whether the calendar invite changes/);
    renderer
      .findAll(Button)
      .find((b) => /Mark canceled/.test(allText(b as never)))!
      .trigger('onClick');
    await renderer.waitFor(() =>
      expect(server.outcomes).toEqual([{ meetingId: '600', outcome: 'CANCELED', recordType: 'contacts' }]),
    );
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Kickoff: Marked canceled/));
    expect(pageText(renderer)).not.toMatch(/invite (was|has been) (canceled|updated)/i);
  });
});

describe('the contact’s deals, on their own request beside the main load', () => {
  it('asks for them while the options are still loading; the deal choice appears when they arrive', async () => {
    const options = deferred<FormOptionsResult>();
    const server = new DealsServer(options.promise);
    const renderer = mount(server, '102', '0-1');
    // Both requests are out before either answered: the deals do not wait for the main load.
    await renderer.waitFor(() => expect(server.optionRequests).toHaveLength(1));
    expect(server.dealRequests).toBe(1);
    // The main load answers without deals (the server leaves them out): no deal choice yet.
    options.resolve({
      ok: true,
      options: OPTIONS,
      context: { ok: true, context: contextOn('contacts', { deals: [] }) },
    } as never);
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Upcoming meetings/));
    expect(renderer.findAll(Select).filter((s) => s.props.name === 'dealId')).toHaveLength(0);
    server.deals.resolve({
      ok: true,
      deals: [{ id: '401', name: 'Northwind platform rollout' }],
      limited: [],
    });
    await renderer.waitFor(() =>
      expect(renderer.find(Select, { name: 'dealId' }).props.options).toHaveLength(2),
    );
    renderer.find(Select, { name: 'dealId' }).trigger('onChange', '401' as never);
    (renderer.find('Form' as never) as unknown as { trigger: (name: string) => void }).trigger('onSubmit');
    await renderer.waitFor(() => expect(server.creates).toHaveLength(1));
    expect(server.creates[0]).toMatchObject({ dealId: '401' });
    expect(server.dealRequests).toBe(1);
  });

  it('says so when the app may not read deals; a failed deals request leaves the card as it is', async () => {
    const server = new DealsServer({
      ok: true,
      options: OPTIONS,
      context: { ok: true, context: contextOn('contacts', { deals: [] }) },
    } as never);
    const renderer = mount(server, '102', '0-1');
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Upcoming meetings/));
    server.deals.resolve({ ok: true, deals: [], limited: ['deals'] });
    await renderer.waitFor(() =>
      expect(pageText(renderer)).toMatch(/Deals hidden: the app may not read them/),
    );
    const failing = new DealsServer({
      ok: true,
      options: OPTIONS,
      context: { ok: true, context: contextOn('contacts', { deals: [] }) },
    } as never);
    const other = mount(failing, '102', '0-1');
    await other.waitFor(() => expect(pageText(other)).toMatch(/Upcoming meetings/));
    failing.deals.resolve({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', message: '', retryable: true },
    });
    await failing.deals.promise;
    expect(pageText(other)).toMatch(/Upcoming meetings/);
    expect(other.findAll(Select).filter((s) => s.props.name === 'dealId')).toHaveLength(0);
  });

  it('is asked again with the options when the rep retries after an install problem', async () => {
    const answers: FormOptionsResult[] = [
      { ok: false, error: { code: 'UNAUTHORIZED', message: '', retryable: false } },
      {
        ok: true,
        options: OPTIONS,
        context: { ok: true, context: contextOn('contacts', { deals: [] }) },
      } as never,
    ];
    const dealAnswers: ContactDealsResult[] = [
      { ok: false, error: { code: 'UNAUTHORIZED', message: '', retryable: false } },
      { ok: true, deals: [{ id: '401', name: 'Northwind platform rollout' }], limited: [] },
    ];
    class Retrying extends RecordServer {
      dealRequests = 0;
      override loadFormOptions(req: { organizerUserId: string }) {
        this.optionRequests.push(req);
        return Promise.resolve(answers.shift()!);
      }
      loadDeals() {
        this.dealRequests += 1;
        return Promise.resolve(dealAnswers.shift()!);
      }
    }
    const server = new Retrying();
    const renderer = mount(server, '102', '0-1');
    await renderer.waitFor(() => expect(renderer.find(Button, { testId: 'install-retry' })).toBeTruthy());
    expect(server.dealRequests).toBe(1);
    renderer.find(Button, { testId: 'install-retry' }).trigger('onClick');
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Upcoming meetings/));
    await renderer.waitFor(() =>
      expect(renderer.find(Select, { name: 'dealId' }).props.options).toHaveLength(2),
    );
    expect([server.optionRequests.length, server.dealRequests]).toEqual([2, 2]);
  });

  it('is not asked on a deal record (the deal is the record)', async () => {
    const server = new DealsServer({
      ok: true,
      options: OPTIONS,
      context: { ok: true, context: contextOn('deals') },
    } as never);
    const renderer = mount(server, '401', '0-3');
    await renderer.waitFor(() => expect(pageText(renderer)).toMatch(/Upcoming meetings/));
    expect(server.dealRequests).toBe(0);
  });
});

describe('on a deal record', () => {
  it('lists the deal’s contacts, the first preselected, and books with the one chosen', async () => {
    const { renderer, server } = await render(contextOn('deals'), '0-3');
    const contact = renderer.find(Select, { name: 'contactId' });
    expect(contact.props.value).toBe('102');
    contact.trigger('onChange', '107' as never);
    await renderer.waitFor(() =>
      expect(renderer.find(Select, { name: 'contactId' }).props.value).toBe('107'),
    );
    renderer.find(TimeInput, { name: 'startTime' });
    const form = renderer.find('Form' as never) as unknown as { trigger: (name: string) => void };
    form.trigger('onSubmit');
    await renderer.waitFor(() => expect(server.creates).toHaveLength(1));
    expect(server.creates[0]).toMatchObject({ recordType: 'deals', contactId: '107' });
  });

  it('keeps the contact a possibly booked request was sent for: the picker locks, and the check asks about it', async () => {
    const { renderer, server } = await render(contextOn('deals'), '0-3');
    renderer.find(Select, { name: 'contactId' }).trigger('onChange', '107' as never);
    await renderer.waitFor(() =>
      expect(renderer.find(Select, { name: 'contactId' }).props.value).toBe('107'),
    );
    server.answerCreate(failed({ code: 'OUTCOME_UNKNOWN' }));
    const form = renderer.find('Form' as never) as unknown as { trigger: (name: string) => void };
    form.trigger('onSubmit');
    // Polled: the renderer re-checks a waitFor only on some tree changes.
    await until(() => renderer.find(Select, { name: 'contactId' }).props.readOnly === true);
    // The contact and deal are part of the request as it was built, so the unresolved request that
    // checks re-send (after a remount too) carries them, not whatever is picked later.
    expect(server.creates[0]).toMatchObject({ contactId: '107', recordType: 'deals' });

    // Remounted (the rep left the record and came back): the card preselects John again, yet its check
    // of the unresolved request asks about Priya, for whom it was sent.
    const again = await render(contextOn('deals'), '0-3', { remount: true });
    await until(() => again.server.creates.length >= 1);
    expect(again.server.creates[0]).toMatchObject({
      requestId: server.creates[0]!.requestId,
      checkExisting: true,
      contactId: '107',
    });
  });

  it('suggests a title naming the chosen contact, not the deal', async () => {
    const { renderer, server } = await render(contextOn('deals'), '0-3');
    const title = () => renderer.find(Input, { name: 'title' }).props.value;
    await renderer.waitFor(() => expect(title()).toBe('Meeting with John Miller'));
    renderer.find(Select, { name: 'contactId' }).trigger('onChange', '107' as never);
    await renderer.waitFor(() => expect(title()).toBe('Meeting with Priya Nair'));
    (renderer.find('Form' as never) as unknown as { trigger: (name: string) => void }).trigger('onSubmit');
    await renderer.waitFor(() => expect(server.creates).toHaveLength(1));
    expect(server.creates[0]).toMatchObject({ title: 'Meeting with Priya Nair', contactId: '107' });
  });
});
