import {
  Alert,
  Button,
  DateInput,
  Form,
  Input,
  LoadingButton,
  MultiSelect,
  Select,
  Text,
  TextArea,
  TimeInput,
  Toggle,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { LIMITS } from '@meeting-card/core';
import { MeetingCard } from './MeetingCard';
import type { CreateMeetingResult, FormOptionsResult } from '@meeting-card/core';
import {
  CONTACT,
  OPTIONS,
  RecordingServer,
  allText,
  booked,
  deferred,
  failed,
  renderCard,
} from './test-support';

type Card = Awaited<ReturnType<typeof renderCard>>;

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function pickSlot(card: Card, date = { year: 2026, month: 2, date: 12 }, time = { hours: 10, minutes: 0 }) {
  card.find(DateInput, { name: 'date' }).trigger('onChange', date as never);
  card.find(TimeInput, { name: 'startTime' }).trigger('onChange', time as never);
}

function submit(card: Card) {
  card.find(Form).trigger('onSubmit');
}

/** The message shown under the input named `name`. */
const messageAt = (card: Card, component: unknown, name: string) =>
  (card.find(component as never, { name } as never).props as { validationMessage?: string })
    .validationMessage;

/** Lets the seam's promises settle and React re-render. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the meeting card form', () => {
  it('prefills the title from the contact name and the time zone from the account', async () => {
    const card = await renderCard();
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Meeting with Ana Souza');
    expect(card.find(Select, { name: 'timezone' }).props.value).toBe('America/New_York');
    expect(card.find(Select, { name: 'duration' }).props.value).toBe(30);
    expect(card.find(LoadingButton).text).toBe('Book meeting');
  });

  it('asks HubSpot for the contact properties it needs, not the server', async () => {
    const card = await renderCard();
    expect(card.mocks.actions.fetchCrmObjectProperties.callCount).toBe(1);
    const [names] = card.mocks.actions.fetchCrmObjectProperties.calls[0]!;
    expect([...names].sort()).toEqual(['firstname', 'hs_timezone', 'lastname', 'mobilephone', 'phone']);
  });

  it("renders the form at once and fills the suggestions in when the record's properties arrive", async () => {
    const properties = deferred<Record<string, string>>();
    const renderer = createRenderer('crm.record.tab');
    renderer.mocks.actions.fetchCrmObjectProperties.willCall(() => properties.promise);
    renderer.render(
      <MeetingCard
        context={renderer.mocks.context}
        actions={renderer.mocks.actions}
        server={new RecordingServer()}
      />,
    );
    expect(renderer.find(Input, { name: 'title' }).props.value).toBe('');
    properties.resolve({ firstname: 'Ana', lastname: 'Souza' });
    await renderer.waitFor(() =>
      expect(renderer.find(Input, { name: 'title' }).props.value).toBe('Meeting with Ana Souza'),
    );
  });

  it("offers the contact's time zone and shows the contact's local time for the chosen slot", async () => {
    const card = await renderCard();
    expect(card.find(Select, { name: 'timezone' }).props.options.map((o) => o.value)).toEqual([
      'America/New_York',
      'America/Sao_Paulo',
    ]);
    pickSlot(card);
    // 10:00 in New York on 12 March 2026 (EDT, UTC-4) is 11:00 in São Paulo (UTC-3).
    expect(card.findByTestId(Text, 'contact-local-time').text).toMatch(/11:00\s.*AM \(São Paulo\)/);

    card.find(Select, { name: 'timezone' }).trigger('onChange', 'America/Sao_Paulo' as never);
    expect(card.maybeFindByTestId(Text, 'contact-local-time')).toBeNull();
  });

  it('offers only the account time zone when the contact has none', async () => {
    const card = await renderCard({ record: { ...CONTACT, hs_timezone: null } });
    expect(card.find(Select, { name: 'timezone' }).props.options).toHaveLength(1);
  });

  it("prefills the contact's phone as the location of a phone meeting, and lets the rep change it", async () => {
    const card = await renderCard();
    expect(card.maybeFind(Input, { name: 'location' })).toBeNull();
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'PHONE' as never);
    expect(card.find(Input, { name: 'location' }).props.value).toBe('+55 11 5555-0100');
    card.find(Input, { name: 'location' }).trigger('onChange', '+55 11 5555-0199' as never);
    expect(card.find(Input, { name: 'location' }).props.value).toBe('+55 11 5555-0199');
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'CUSTOM' as never);
    expect(card.find(Input, { name: 'location' }).props.value).toBe('');
  });

  it('stays usable while the form options load, then offers teammates and meeting types', async () => {
    const options = deferred<FormOptionsResult>();
    const card = await renderCard({ server: new RecordingServer(options.promise) });
    expect(card.find(Input, { name: 'title' }).props.readOnly).toBe(false);
    expect(card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.readOnly).toBe(true);
    expect(card.maybeFind(Select, { name: 'activityType' })).toBeNull();
    card.find(Input, { name: 'title' }).trigger('onChange', 'Intro call' as never);
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Intro call');

    options.resolve({ ok: true, options: OPTIONS });
    await card.waitFor(() =>
      expect(card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.readOnly).toBe(false),
    );
    // The organizer is in every meeting already, so only the others are offered.
    expect(card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.options).toEqual([
      { label: 'Sam Sales', value: '502' },
      { label: 'Lee Lead', value: '503' },
    ]);
    expect(card.find(Select, { name: 'activityType' }).props.options.map((o) => o.value)).toEqual([
      '',
      'Discovery',
      'Demo',
    ]);
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Intro call');
  });

  it('makes exactly one form-options call, for the organizer, and hides meeting types the account lacks', async () => {
    const server = new RecordingServer({ ok: true, options: { ...OPTIONS, meetingTypes: [] } });
    const card = await renderCard({ server });
    await settle();
    // The record's context (issue 10) comes in the same call.
    expect(server.optionRequests).toEqual([
      { organizerUserId: '1', withContext: true, recordType: 'contacts', timeZone: 'America/New_York' },
    ]);
    expect(card.maybeFind(Select, { name: 'activityType' })).toBeNull();
  });

  it('still books when the form options cannot be loaded', async () => {
    const server = new RecordingServer({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', message: '', retryable: true },
    });
    const card = await renderCard({ server });
    await settle();
    expect(card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props.description).toMatch(
      /could not be loaded/,
    );
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
  });

  it('warns the rep when they have no owner record in the account', async () => {
    const card = await renderCard({
      server: new RecordingServer({ ok: true, options: { ...OPTIONS, organizer: null } }),
    });
    await card.waitFor(() =>
      expect(allText(card.findByTestId(Alert, 'no-owner'))).toMatch(/no owner record/),
    );
  });
});

describe('validation before anything is sent', () => {
  it('shows a missing date at the date field', async () => {
    const card = await renderCard();
    card.find(DateInput, { name: 'date' }).trigger('onChange', null as never);
    submit(card);
    expect(messageAt(card, DateInput, 'date')).toBe('Required.');
    expect(messageAt(card, TimeInput, 'startTime')).toBeUndefined();
    // A missing end follows from the missing start: it is not shown twice.
    expect(messageAt(card, Select, 'duration')).toBeUndefined();
    expect((card.server as RecordingServer).creates).toHaveLength(0);
  });

  it('shows a missing start time at the start time field', async () => {
    const card = await renderCard();
    card.find(TimeInput, { name: 'startTime' }).trigger('onChange', null as never);
    submit(card);
    expect(messageAt(card, DateInput, 'date')).toBeUndefined();
    expect(messageAt(card, TimeInput, 'startTime')).toBe('Required.');
    expect((card.server as RecordingServer).creates).toHaveLength(0);
  });

  it('shows an empty title at the title field', async () => {
    const card = await renderCard();
    pickSlot(card);
    card.find(Input, { name: 'title' }).trigger('onChange', '   ' as never);
    submit(card);
    expect(messageAt(card, Input, 'title')).toBe('Required.');
    expect((card.server as RecordingServer).creates).toHaveLength(0);
  });

  it('shows a title over the length limit at the title field', async () => {
    const card = await renderCard();
    pickSlot(card);
    card.find(Input, { name: 'title' }).trigger('onChange', 'x'.repeat(LIMITS.titleMaxLength + 1) as never);
    submit(card);
    expect(messageAt(card, Input, 'title')).toBe(`Too long: at most ${LIMITS.titleMaxLength} characters.`);
    expect((card.server as RecordingServer).creates).toHaveLength(0);
  });

  it('lets a chosen end time fall on the next day, and says so next to it', async () => {
    const card = await renderCard();
    pickSlot(card, { year: 2026, month: 2, date: 12 }, { hours: 23, minutes: 30 });
    card.find(Select, { name: 'duration' }).trigger('onChange', 'custom' as never);
    card.find(TimeInput, { name: 'endTime' }).trigger('onChange', { hours: 0, minutes: 30 } as never);
    expect(card.find(TimeInput, { name: 'endTime' }).props.description).toBe('Ends the next day.');
    submit(card);
    await card.waitFor(() => expect((card.server as RecordingServer).creates).toHaveLength(1));
    expect((card.server as RecordingServer).creates[0]).toMatchObject({
      start: '2026-03-12T23:30',
      end: '2026-03-13T00:30',
    });
    expect((card.server as RecordingServer).creates[0]!.durationMinutes).toBeUndefined();
  });

  it('shows a missing end time at the end time field', async () => {
    const card = await renderCard();
    pickSlot(card);
    card.find(Select, { name: 'duration' }).trigger('onChange', 'custom' as never);
    submit(card);
    expect(messageAt(card, TimeInput, 'endTime')).toBe('Required.');
  });

  it('shows a time that daylight saving skips at the start time field', async () => {
    const card = await renderCard();
    // New York skips 02:00-03:00 on 8 March 2026.
    pickSlot(card, { year: 2026, month: 2, date: 8 }, { hours: 2, minutes: 30 });
    submit(card);
    expect(messageAt(card, TimeInput, 'startTime')).toMatch(/does not exist in this time zone/);
    expect((card.server as RecordingServer).creates).toHaveLength(0);
  });

  it('refuses a fourth reminder on the spot and keeps the three ticked', async () => {
    const card = await renderCard();
    pickSlot(card);
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['15m', '1h', '1d'] as never);
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['15m', '1h', '1d', '30m'] as never);
    expect(card.find(MultiSelect, { name: 'reminders' }).props.value).toEqual(['15m', '1h', '1d']);
    expect(messageAt(card, MultiSelect, 'reminders')).toBe(
      `You can tick up to ${LIMITS.maxReminders}. Untick one to choose another.`,
    );
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['15m', '1h'] as never);
    expect(messageAt(card, MultiSelect, 'reminders')).toBeUndefined();
  });

  it('shows a location over the length limit at the location field', async () => {
    const card = await renderCard();
    pickSlot(card);
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'ADDRESS' as never);
    card
      .find(Input, { name: 'location' })
      .trigger('onChange', 'x'.repeat(LIMITS.locationMaxLength + 1) as never);
    submit(card);
    expect(messageAt(card, Input, 'location')).toBe(
      `Too long: at most ${LIMITS.locationMaxLength} characters.`,
    );
  });

  it('shows a description and notes over the length limit at their fields', async () => {
    const card = await renderCard();
    pickSlot(card);
    card
      .find(TextArea, { name: 'description' })
      .trigger('onChange', 'x'.repeat(LIMITS.descriptionMaxLength + 1) as never);
    card
      .find(TextArea, { name: 'internalNotes' })
      .trigger('onChange', 'x'.repeat(LIMITS.internalNotesMaxLength + 1) as never);
    submit(card);
    expect(messageAt(card, TextArea, 'description')).toMatch(/^Too long/);
    expect(messageAt(card, TextArea, 'internalNotes')).toMatch(/^Too long/);
  });

  it("clears a field's message once the rep edits that field", async () => {
    const card = await renderCard();
    card.find(DateInput, { name: 'date' }).trigger('onChange', null as never);
    submit(card);
    expect(messageAt(card, DateInput, 'date')).toBe('Required.');
    card.find(DateInput, { name: 'date' }).trigger('onChange', { year: 2026, month: 2, date: 12 } as never);
    expect(messageAt(card, DateInput, 'date')).toBeUndefined();
  });
});

describe('booking', () => {
  it('books with title, date and time alone and sends exactly those parameters', async () => {
    const card = await renderCard();
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());

    const sent = (card.server as RecordingServer).creates;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      requestId: expect.stringMatching(UUID_V4),
      organizerUserId: '1',
      title: 'Meeting with Ana Souza',
      start: '2026-03-12T10:00',
      durationMinutes: 30,
      timezone: 'America/New_York',
    });
    expect(card.mocks.actions.refreshObjectProperties.callCount).toBe(1);
  });

  it('sends every optional field the rep filled in', async () => {
    const card = await renderCard();
    await settle();
    pickSlot(card);
    card.find(Input, { name: 'title' }).trigger('onChange', 'Pricing review' as never);
    card.find(Select, { name: 'duration' }).trigger('onChange', 60 as never);
    card.find(Select, { name: 'timezone' }).trigger('onChange', 'America/Sao_Paulo' as never);
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'PHONE' as never);
    card.find(TextArea, { name: 'description' }).trigger('onChange', 'Agenda: pricing' as never);
    card.find(TextArea, { name: 'internalNotes' }).trigger('onChange', 'Budget approved' as never);
    card.find(MultiSelect, { name: 'attendeeOwnerIds' }).trigger('onChange', ['502'] as never);
    card.find(Select, { name: 'activityType' }).trigger('onChange', 'Demo' as never);
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['1d', '1h'] as never);
    card.find(Toggle, { name: 'includeDescriptionInReminders' }).trigger('onChange', true as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());

    expect((card.server as RecordingServer).creates[0]).toEqual({
      requestId: expect.stringMatching(UUID_V4),
      organizerUserId: '1',
      title: 'Pricing review',
      // 10:00 in New York, the same moment after the zone changed to São Paulo's.
      start: '2026-03-12T11:00',
      durationMinutes: 60,
      timezone: 'America/Sao_Paulo',
      locationType: 'PHONE',
      location: '+55 11 5555-0100',
      description: 'Agenda: pricing',
      internalNotes: 'Budget approved',
      attendeeOwnerIds: ['502'],
      activityType: 'Demo',
      reminders: [
        { numberOfTimeUnits: 1, timeUnit: 'DAYS' },
        { numberOfTimeUnits: 1, timeUnit: 'HOURS' },
      ],
      includeDescriptionInReminders: true,
    });
  });

  it('keeps a fixed duration in real elapsed time across a daylight-saving change', async () => {
    const card = await renderCard();
    // 01:30 + 60 minutes on 8 March 2026 in New York lands at 03:30: 02:00 never happens.
    pickSlot(card, { year: 2026, month: 2, date: 8 }, { hours: 1, minutes: 30 });
    card.find(Select, { name: 'duration' }).trigger('onChange', 60 as never);
    submit(card);
    await card.waitFor(() => expect((card.server as RecordingServer).creates).toHaveLength(1));
    // A duration, not an end clock time: the core adds it to the start instant.
    expect((card.server as RecordingServer).creates[0]).toMatchObject({
      start: '2026-03-08T01:30',
      durationMinutes: 60,
    });
    expect((card.server as RecordingServer).creates[0]!.end).toBeUndefined();
  });

  it('shows what was booked, in the chosen zone and the contact zone, with attendees', async () => {
    const card = await renderCard();
    await settle();
    pickSlot(card);
    card.find(MultiSelect, { name: 'attendeeOwnerIds' }).trigger('onChange', ['502', '503'] as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());

    expect(allText(card.findByTestId(Alert, 'booking-success'))).toContain('Meeting with Ana Souza');
    expect(card.findByTestId(Text, 'booked-when').text).toMatch(
      /Thu, Mar 12, 2026, 10:00\s.*10:30\sAM \(New York\)/,
    );
    expect(card.findByTestId(Text, 'booked-contact-when').text).toMatch(/11:00\s.*11:30\sAM/);
    expect(card.findByTestId(Text, 'booked-attendees').text).toBe('Sam Sales, Lee Lead');
    expect(card.maybeFind(Form)).toBeNull();
  });

  it('says when a meeting was found after a dropped connection', async () => {
    const server = new RecordingServer();
    const card = await renderCard({ server });
    pickSlot(card);
    const answer = booked({
      requestId: 'x',
      organizerUserId: '1',
      title: 'T',
      start: '',
      end: '',
      timezone: 'UTC',
    });
    if (answer.ok) Object.assign(answer.meeting, { recovered: true, recoveredFrom: 'connection' });
    server.answerCreate(answer);
    submit(card);
    await card.waitFor(() =>
      expect(card.findByTestId(Text, 'booking-recovered').text).toBe(
        'The connection to HubSpot dropped. We checked and found the meeting: it was booked once.',
      ),
    );
  });

  it('starts a fresh form with a new requestId after "Book another"', async () => {
    const server = new RecordingServer();
    const card = await renderCard({ server });
    pickSlot(card);
    card.find(Input, { name: 'title' }).trigger('onChange', 'First' as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());

    card.findByTestId(Button, 'book-another').trigger('onClick');
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Meeting with Ana Souza');
    // The next half hour at least 15 minutes away: 07:00 in New York -> 07:30.
    expect(card.find(DateInput, { name: 'date' }).props.value).toEqual({ year: 2026, month: 2, date: 1 });
    expect(card.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 7, minutes: 30 });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(2));
    expect(server.creates[1]!.requestId).toMatch(UUID_V4);
    expect(server.creates[1]!.requestId).not.toBe(server.creates[0]!.requestId);
  });

  it('cannot submit twice while a booking is in flight', async () => {
    const pending = deferred<CreateMeetingResult>();
    const server = new RecordingServer().answerCreate(pending.promise);
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    submit(card);
    expect(card.find(LoadingButton).props.loading).toBe(true);
    submit(card);
    expect(server.creates).toHaveLength(1);

    pending.resolve(booked(server.creates[0]!));
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(server.creates).toHaveLength(1);
    expect(card.mocks.actions.refreshObjectProperties.callCount).toBe(1);
  });
});

describe('failures', () => {
  async function failWith(answer: CreateMeetingResult) {
    const server = new RecordingServer().answerCreate(answer);
    const card = await renderCard({ server });
    pickSlot(card);
    card.find(TextArea, { name: 'description' }).trigger('onChange', 'Agenda' as never);
    submit(card);
    await card.waitFor(() => expect(card.find(LoadingButton).props.loading).toBe(false));
    await card.waitFor(() => expect(server.creates).toHaveLength(1));
    return { card, server };
  }

  it("puts the server's field errors next to their fields and keeps what was typed", async () => {
    const { card } = await failWith(
      failed({
        code: 'VALIDATION_ERROR',
        fields: {
          attendeeOwnerIds: { code: 'unknown_id', message: 'Attendees: HubSpot does not know this id.' },
        },
      }),
    );
    expect(messageAt(card, MultiSelect, 'attendeeOwnerIds')).toBe(
      'HubSpot does not know this one. Choose another.',
    );
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(/Some fields need attention/);
    expect(card.find(TextArea, { name: 'description' }).props.value).toBe('Agenda');
    expect(card.find(DateInput, { name: 'date' }).props.value).toEqual({ year: 2026, month: 2, date: 12 });
    expect(card.mocks.actions.refreshObjectProperties.callCount).toBe(0);
  });

  it('names the missing scope for the admin on a 403, with the correlation id', async () => {
    const { card } = await failWith(
      failed({
        code: 'MISSING_SCOPES',
        correlationId: '3f1c8a52-0d7e-4b55-9a61-2c9d8e4f7a10',
        details: { scopes: ['crm.objects.contacts.write'] },
      }),
    );
    const alert = card.findByTestId(Alert, 'booking-failure');
    expect(alert.props.title).toBe('The meeting was not booked');
    expect(allText(alert)).toContain('crm.objects.contacts.write');
    expect(allText(alert)).toContain('admin');
    expect(allText(alert)).toContain('Support reference: 3f1c8a52-0d7e-4b55-9a61-2c9d8e4f7a10');
  });

  it('says it is safe to try again when HubSpot stays rate limited', async () => {
    const { card } = await failWith(
      failed({
        code: 'RATE_LIMITED',
        retryable: true,
        details: { retryAfterSeconds: 30, cause: 'rate_limit' },
      }),
    );
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(
      /rate limit for this account was reached.*Nothing was booked; try again in 30 seconds/,
    );
    expect(card.find(LoadingButton).text).toBe('Try again');
  });

  it('says it is safe to try again when the server checked that nothing was created', async () => {
    const { card } = await failWith(failed({ code: 'NOT_CREATED', retryable: true }));
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(
      /HubSpot answered with an error. We checked: nothing was booked, so it is safe to try again/,
    );
  });

  it('tells the rep to check the activity timeline when the outcome is unknown', async () => {
    const { card } = await failWith(
      failed({ code: 'OUTCOME_UNKNOWN', correlationId: 'c0ffee00-1111-4222-8333-444455556666' }),
    );
    const alert = card.findByTestId(Alert, 'booking-failure');
    expect(alert.props.title).toBe('We could not confirm the booking');
    expect(allText(alert)).toMatch(/activity timeline before trying again/);
    expect(allText(alert)).toContain('c0ffee00-1111-4222-8333-444455556666');
    expect(allText(alert)).not.toMatch(/safe to try again/);
  });

  it('treats an error code it does not know as possibly booked', async () => {
    const { card, server } = await failWith(failed({ code: 'SOMETHING_NEW' as never }));
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(/activity timeline/);
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(2));
    expect(server.creates[1]!.checkExisting).toBe(true);
  });

  it('books an edited form after a failure that booked nothing as a new request', async () => {
    const { card, server } = await failWith(failed({ code: 'RATE_LIMITED', retryable: true }));
    card.find(Input, { name: 'title' }).trigger('onChange', 'Edited after the failure' as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(server.creates).toHaveLength(2);
    expect(server.creates[1]!.requestId).toMatch(UUID_V4);
    expect(server.creates[1]!.requestId).not.toBe(server.creates[0]!.requestId);
    expect(server.creates[1]!.title).toBe('Edited after the failure');
    // Nothing was created by a rate-limited attempt, so the server need not look for it.
    expect(server.creates[1]!.checkExisting).toBeUndefined();
  });

  it('after an unknown outcome, a resubmit checks the first request unchanged, even when the form was edited', async () => {
    const { card, server } = await failWith(failed({ code: 'OUTCOME_UNKNOWN' }));
    card.find(Input, { name: 'title' }).trigger('onChange', 'Edited meanwhile' as never);
    server.answerCreate(failed({ code: 'NOT_CREATED', retryable: true }));
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(2));
    await card.waitFor(() => expect(card.find(LoadingButton).props.loading).toBe(false));
    const [first, check] = server.creates;
    expect(check).toEqual({ ...first, checkExisting: true });
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(/safe to try again/);
    // Absence established: the edited form is booked as a new request.
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(server.creates[2]!.requestId).not.toBe(first!.requestId);
    expect(server.creates[2]!.title).toBe('Edited meanwhile');
    expect(server.creates[2]!.checkExisting).toBeUndefined();
  });
});

describe('checking after HubSpot did not confirm (VERIFYING)', () => {
  const verifying = (attemptedSince: number) =>
    failed({ code: 'VERIFYING', details: { attemptedSince, checkAfterMs: 0 } });

  it('keeps checking in the background with the same request and the attempt time, then shows the meeting', async () => {
    const found = deferred<CreateMeetingResult>();
    const server = new RecordingServer()
      .answerCreate(verifying(1_767_000_000_000))
      .answerCreate(verifying(1_767_000_000_000))
      .answerCreate(found.promise);
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    // The checks run on timers and may not change what is rendered, so wait on the seam, not the tree.
    for (let turn = 0; turn < 100 && server.creates.length < 3; turn++) await settle();
    expect(server.creates).toHaveLength(3);
    // Checking: the rep is told, booking is held, the form stays editable.
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(
      /has not confirmed it yet. Checking/,
    );
    expect(card.find(LoadingButton).props.loading).toBe(true);
    card.find(Input, { name: 'title' }).trigger('onChange', 'Typed while checking' as never);
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Typed while checking');
    submit(card);
    expect(server.creates).toHaveLength(3);

    const [first, ...checks] = server.creates;
    for (const check of checks) {
      expect(check).toEqual({ ...first, checkExisting: true, attemptedSince: 1_767_000_000_000 });
    }
    const answer = booked(first!);
    if (answer.ok) answer.meeting.recovered = true;
    found.resolve(answer);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(card.mocks.actions.refreshObjectProperties.callCount).toBe(1);
  });

  it('says "not booked, safe to book" once HubSpot confirms absence, and only then books again, as a new request', async () => {
    const server = new RecordingServer()
      .answerCreate(verifying(1_767_000_000_000))
      .answerCreate(failed({ code: 'NOT_CREATED', retryable: true }));
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(2));
    await card.waitFor(() => expect(card.find(LoadingButton).props.loading).toBe(false));
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(
      /nothing was booked, so it is safe to try again/,
    );
    await settle();
    expect(server.creates).toHaveLength(2);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(server.creates[2]!.requestId).not.toBe(server.creates[0]!.requestId);
    expect(server.creates[2]!.checkExisting).toBeUndefined();
  });

  it('stops checking when the server gives up, and tells the rep to look at the timeline', async () => {
    const server = new RecordingServer()
      .answerCreate(verifying(1_767_000_000_000))
      .answerCreate(failed({ code: 'OUTCOME_UNKNOWN', details: { attemptedSince: 1_767_000_000_000 } }));
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(2));
    await card.waitFor(() => expect(card.find(LoadingButton).props.loading).toBe(false));
    expect(allText(card.findByTestId(Alert, 'booking-failure'))).toMatch(/activity timeline/);
    await settle();
    expect(server.creates).toHaveLength(2);
  });
});

describe('an unresolved request after a check', () => {
  const verifying = (attemptedSince: number, checkAfterMs = 0) =>
    failed({ code: 'VERIFYING', details: { attemptedSince, checkAfterMs } });

  it.each([
    ['RATE_LIMITED', { retryAfterSeconds: 0 }],
    ['NOT_FOUND', {}],
  ] as const)(
    'stays unresolved when a check answers %s: what follows checks the same request, never books anew',
    async (code, details) => {
      const server = new RecordingServer()
        .answerCreate(verifying(1_767_000_000_000))
        .answerCreate(failed({ code, retryable: true, details }));
      const card = await renderCard({ server });
      pickSlot(card);
      submit(card);
      await card.waitFor(() => expect(server.creates).toHaveLength(2));
      await card.waitFor(() =>
        expect(card.find(Alert, { testId: 'booking-failure' }).props.variant).toBe('warning'),
      );
      // The stopped check learnt nothing: it is checked again (the rep's click or the card's own retry).
      submit(card);
      await card.waitFor(() => expect(server.creates).toHaveLength(3));
      const [first, , again] = server.creates;
      expect(again).toEqual({ ...first, checkExisting: true, attemptedSince: 1_767_000_000_000 });
      await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    },
  );

  it('labels the button "Checking…" while an earlier request is checked', async () => {
    const server = new RecordingServer().answerCreate(verifying(1_767_000_000_000, 60_000));
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(allText(card.find(LoadingButton))).toBe('Checking…'));
    expect(card.find(LoadingButton).props.loading).toBe(true);
    card.render(null);
  });

  it('survives a remount: the card mounted again shows the checking state and checks the same request', async () => {
    const stillChecking = deferred<CreateMeetingResult>();
    const server = new RecordingServer()
      .answerCreate(verifying(1_767_000_000_000, 60_000))
      .answerCreate(stillChecking.promise);
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(allText(card.find(LoadingButton))).toBe('Checking…'));
    expect(server.creates).toHaveLength(1);
    card.render(null); // a tab switch: the card is unmounted, its timer with it

    const again = await renderCard({ server, remount: true });
    await again.waitFor(() => expect(server.creates).toHaveLength(2));
    const [first, resumed] = server.creates;
    expect(resumed).toEqual({ ...first, checkExisting: true, attemptedSince: 1_767_000_000_000 });
    await again.waitFor(() => expect(allText(again.find(LoadingButton))).toBe('Checking…'));
    expect(again.find(LoadingButton).props.loading).toBe(true);
    // The rep cannot book it a second time meanwhile.
    submit(again);
    await settle();
    expect(server.creates).toHaveLength(2);
    stillChecking.resolve(booked(first!));
    await again.waitFor(() => expect(again.findByTestId(Alert, 'booking-success')).toBeDefined());
  });

  it('a remount while the first create is in flight checks it rather than forgetting it', async () => {
    const lost = deferred<CreateMeetingResult>();
    const server = new RecordingServer().answerCreate(lost.promise);
    const card = await renderCard({ server });
    pickSlot(card);
    submit(card);
    await card.waitFor(() => expect(server.creates).toHaveLength(1));
    card.render(null);
    const again = await renderCard({ server, remount: true });
    await again.waitFor(() => expect(server.creates).toHaveLength(2));
    expect(server.creates[1]).toEqual({ ...server.creates[0], checkExisting: true });
    await again.waitFor(() => expect(again.findByTestId(Alert, 'booking-success')).toBeDefined());
    lost.resolve(booked(server.creates[0]!));
  });
});
