// The card as a rep uses it: zones that never move a meeting, durations, feedback, the rules a rep
// expects, the install state and a light render. Each test drives the card through its props and
// events, as HubSpot would, with the seam replaced by a RecordingServer.
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
  logger,
} from '@hubspot/ui-extensions';
import type { CreateMeetingResult, FormOptionsResult } from '@meeting-card/core';
import { CONTACT, OPTIONS, RecordingServer, allText, deferred, failed, renderCard } from './test-support';

type Card = Awaited<ReturnType<typeof renderCard>>;

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const submit = (card: Card) => card.find(Form).trigger('onSubmit');
const messageAt = (card: Card, component: unknown, name: string) =>
  (card.find(component as never, { name } as never).props as { validationMessage?: string })
    .validationMessage;
const pick = (
  card: Card,
  date: { year: number; month: number; date: number },
  hours: number,
  minutes = 0,
) => {
  card.find(DateInput, { name: 'date' }).trigger('onChange', date as never);
  card.find(TimeInput, { name: 'startTime' }).trigger('onChange', { hours, minutes } as never);
};
const creates = (card: Card) => (card.server as RecordingServer).creates;

/** Haruto Sato, in Tokyo; the account in São Paulo; the rep in Madrid. */
const HARUTO = { ...CONTACT, firstname: 'Haruto', lastname: 'Sato', hs_timezone: 'asia_slash_tokyo' };
const DEC_10 = { year: 2026, month: 11, date: 10 };

describe('a chosen moment never moves', () => {
  it('offers the rep’s, the account’s and the contact’s zone, named by place with the offset', async () => {
    const card = await renderCard({
      record: HARUTO,
      portalTimeZone: 'America/Sao_Paulo',
      repZone: 'Europe/Madrid',
    });
    pick(card, DEC_10, 21);
    expect(card.find(Select, { name: 'timezone' }).props.options).toEqual([
      { label: 'Madrid (GMT+1) · you', value: 'Europe/Madrid' },
      { label: 'São Paulo (GMT-3) · account', value: 'America/Sao_Paulo' },
      { label: 'Tokyo (GMT+9) · contact', value: 'Asia/Tokyo' },
    ]);
  });

  it('names one zone once when it is both the rep’s and the account’s', async () => {
    const card = await renderCard({ repZone: 'America/New_York' });
    expect(card.find(Select, { name: 'timezone' }).props.options[0]?.label).toMatch(
      /^New York \(GMT-5\) · you, account$/,
    );
  });

  it('keeps the instant when the zone changes and shows the rep’s and the contact’s time', async () => {
    const card = await renderCard({
      record: HARUTO,
      portalTimeZone: 'America/Sao_Paulo',
      repZone: 'Europe/Madrid',
    });
    pick(card, DEC_10, 21);
    expect(card.findByTestId(Text, 'contact-local-time').text).toMatch(/Fri, Dec 11.*9:00.*\(Tokyo\)/);
    expect(card.findByTestId(Text, 'your-local-time').text).toMatch(/Fri, Dec 11.*1:00.*\(Madrid\)/);

    card.find(Select, { name: 'timezone' }).trigger('onChange', 'Asia/Tokyo' as never);
    expect(card.find(DateInput, { name: 'date' }).props.value).toEqual({ year: 2026, month: 11, date: 11 });
    expect(card.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 9, minutes: 0 });
    expect(card.maybeFindByTestId(Text, 'contact-local-time')).toBeNull();
    expect(card.findByTestId(Text, 'your-local-time').text).toMatch(/Fri, Dec 11.*1:00.*\(Madrid\)/);

    submit(card);
    await card.waitFor(() => expect(creates(card)).toHaveLength(1));
    expect(creates(card)[0]).toMatchObject({ start: '2026-12-11T09:00', timezone: 'Asia/Tokyo' });
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    // The confirmation says it in the chosen zone, the rep's and the contact's (here the same).
    expect(card.findByTestId(Text, 'booked-when').text).toMatch(/Dec 11.*9:00.*\(Tokyo\)/);
    expect(card.findByTestId(Text, 'booked-your-when').text).toMatch(/Dec 11.*1:00.*\(Madrid\)/);
  });

  it('finds any IANA zone by place, accents ignored, and keeps the instant in it', async () => {
    const card = await renderCard();
    pick(card, { year: 2026, month: 2, date: 12 }, 10);
    card.find(Input, { name: 'zoneQuery' }).trigger('onInput', 'lord' as never);
    const zones = card.find(Select, { name: 'timezone' }).props.options.map((o) => o.value);
    expect(zones).toContain('Australia/Lord_Howe');
    card.find(Input, { name: 'zoneQuery' }).trigger('onInput', 'bogo' as never);
    expect(card.find(Select, { name: 'timezone' }).props.options.map((o) => o.label)).toContain(
      'Bogotá (GMT-5)',
    );
    card.find(Input, { name: 'zoneQuery' }).trigger('onInput', 'kathm' as never);
    card.find(Select, { name: 'timezone' }).trigger('onChange', 'Asia/Kathmandu' as never);
    // 10:00 in New York (EDT, 14:00 UTC) is 19:45 in Kathmandu (UTC+5:45).
    expect(card.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 19, minutes: 45 });
    card.find(Input, { name: 'zoneQuery' }).trigger('onInput', 'zzzz' as never);
    expect(card.find(Input, { name: 'zoneQuery' }).props.description).toBe('No time zone matches.');
    // The chosen zone stays on offer whatever the rep searches next.
    expect(card.find(Select, { name: 'timezone' }).props.options.map((o) => o.value)).toContain(
      'Asia/Kathmandu',
    );
  });

  it('starts at the next half hour at least 15 minutes away, in the account zone', async () => {
    // NOW is 07:00 in New York; 07:20 would be 07:30 too, 07:16 -> 08:00.
    const card = await renderCard({ now: Date.parse('2026-03-01T12:16:00Z') });
    expect(card.find(DateInput, { name: 'date' }).props.value).toEqual({ year: 2026, month: 2, date: 1 });
    expect(card.find(TimeInput, { name: 'startTime' }).props.value).toEqual({ hours: 8, minutes: 0 });
    submit(card);
    await card.waitFor(() => expect(creates(card)).toHaveLength(1));
    expect(creates(card)[0]).toMatchObject({ start: '2026-03-01T08:00', durationMinutes: 30 });
  });
});

describe('an account time zone the runtime does not know', () => {
  it('still renders, without a default slot, and books once the rep picks a zone', async () => {
    const card = await renderCard({ portalTimeZone: 'Not/A_Zone' });
    expect(card.find(DateInput, { name: 'date' }).props.value).toBeUndefined();
    expect(card.find(Select, { name: 'timezone' }).props.options.map((o) => o.value)).toEqual([
      'America/Sao_Paulo',
    ]);
    card.find(Select, { name: 'timezone' }).trigger('onChange', 'America/Sao_Paulo' as never);
    pick(card, { year: 2026, month: 2, date: 12 }, 10);
    submit(card);
    await card.waitFor(() => expect(creates(card)).toHaveLength(1));
    expect(creates(card)[0]).toMatchObject({ timezone: 'America/Sao_Paulo', start: '2026-03-12T10:00' });
  });
});

describe('durations are durations', () => {
  it('books 90 minutes from 00:30 on New York’s fall-back night as 04:30Z to 06:00Z', async () => {
    const card = await renderCard();
    pick(card, { year: 2027, month: 10, date: 7 }, 0, 30);
    card.find(Select, { name: 'duration' }).trigger('onChange', 90 as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(creates(card)[0]).toMatchObject({ start: '2027-11-07T00:30', durationMinutes: 90 });
    expect(creates(card)[0]!.end).toBeUndefined();
    // 00:30 EDT to 01:00 EST: the clock reads 01:00 after 90 minutes, the second time round.
    expect(card.findByTestId(Text, 'booked-when').text).toMatch(/12:30.*1:00\sAM \(New York\)/);
  });
});

describe('feedback you can see', () => {
  it('flags every invalid field at once and sums them up next to the button', async () => {
    const card = await renderCard();
    card.find(Input, { name: 'title' }).trigger('onChange', ' ' as never);
    card.find(DateInput, { name: 'date' }).trigger('onChange', null as never);
    card.find(TimeInput, { name: 'startTime' }).trigger('onChange', null as never);
    submit(card);
    expect(messageAt(card, Input, 'title')).toBe('Required.');
    expect(messageAt(card, DateInput, 'date')).toBe('Required.');
    expect(messageAt(card, TimeInput, 'startTime')).toBe('Required.');
    expect(card.findByTestId(Text, 'issue-summary').text).toBe(
      'Nothing was sent. Fix: Title, Date, Start time.',
    );
    expect(creates(card)).toHaveLength(0);

    card.find(Input, { name: 'title' }).trigger('onChange', 'Intro' as never);
    expect(card.findByTestId(Text, 'issue-summary').text).toBe('Nothing was sent. Fix: Date, Start time.');
  });

  it('locks the form with visible progress while booking, and unlocks it with everything kept', async () => {
    const answer = deferred<CreateMeetingResult>();
    const server = new RecordingServer().answerCreate(answer.promise);
    const card = await renderCard({ server });
    card.find(TextArea, { name: 'description' }).trigger('onChange', 'Agenda' as never);
    submit(card);
    for (const [component, name] of [
      [Input, 'title'],
      [DateInput, 'date'],
      [TimeInput, 'startTime'],
      [Select, 'duration'],
      [Select, 'timezone'],
      [Select, 'locationType'],
      [TextArea, 'description'],
      [MultiSelect, 'attendeeOwnerIds'],
      [MultiSelect, 'reminders'],
    ] as const)
      expect([
        name,
        (card.find(component as never, { name } as never).props as { readOnly?: boolean }).readOnly,
      ]).toEqual([name, true]);
    expect(card.findByTestId(Text, 'booking-progress').text).toMatch(/locked until HubSpot answers/);
    expect(card.find(LoadingButton).props.loading).toBe(true);

    answer.resolve(failed({ code: 'RATE_LIMITED', retryable: true, details: { cause: 'rate_limit' } }));
    await card.waitFor(() => expect(card.find(Input, { name: 'title' }).props.readOnly).toBe(false));
    expect(card.maybeFindByTestId(Text, 'booking-progress')).toBeNull();
    expect(card.find(TextArea, { name: 'description' }).props.value).toBe('Agenda');
  });

  it('confirms exactly what was sent: when, where, who, type and reminders', async () => {
    const card = await renderCard();
    await settle();
    pick(card, { year: 2026, month: 2, date: 12 }, 10);
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'CUSTOM' as never);
    card.find(Input, { name: 'location' }).trigger('onChange', 'https://meet.example.com/ana' as never);
    card.find(MultiSelect, { name: 'attendeeOwnerIds' }).trigger('onChange', ['502'] as never);
    card.find(Select, { name: 'activityType' }).trigger('onChange', 'Demo' as never);
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['1d', '15m'] as never);
    submit(card);
    await card.waitFor(() => expect(card.findByTestId(Alert, 'booking-success')).toBeDefined());
    expect(card.findByTestId(Text, 'booked-location').text).toBe(
      'Video or other link: https://meet.example.com/ana',
    );
    expect(card.findByTestId(Text, 'booked-attendees').text).toBe('Sam Sales');
    expect(card.findByTestId(Text, 'booked-meeting-type').text).toBe('Demo');
    expect(card.findByTestId(Text, 'booked-reminders').text).toBe('1 day before, 15 minutes before');
  });
});

describe('rules a rep expects', () => {
  it('refuses a start in the past, with five minutes of grace', async () => {
    // NOW is 07:00 in New York.
    const card = await renderCard();
    pick(card, { year: 2026, month: 2, date: 1 }, 6, 50);
    submit(card);
    expect(messageAt(card, TimeInput, 'startTime')).toBe(
      'This time has already passed. Pick a time from now on.',
    );
    expect(creates(card)).toHaveLength(0);
    pick(card, { year: 2026, month: 2, date: 1 }, 6, 56);
    submit(card);
    await card.waitFor(() => expect(creates(card)).toHaveLength(1));
  });

  it('refuses reminders that would go out before now', async () => {
    const card = await renderCard();
    pick(card, { year: 2026, month: 2, date: 2 }, 9); // tomorrow, 26 hours away
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['1w'] as never);
    submit(card);
    expect(messageAt(card, MultiSelect, 'reminders')).toBe(
      'A reminder would be sent before now. Untick it or pick a later start.',
    );
    expect(creates(card)).toHaveLength(0);
    card.find(MultiSelect, { name: 'reminders' }).trigger('onChange', ['1d'] as never);
    submit(card);
    await card.waitFor(() => expect(creates(card)).toHaveLength(1));
  });

  it('wants a web address for a video or other link', async () => {
    const card = await renderCard();
    card.find(Select, { name: 'locationType' }).trigger('onChange', 'CUSTOM' as never);
    card.find(Input, { name: 'location' }).trigger('onChange', 'zoom please' as never);
    submit(card);
    expect(messageAt(card, Input, 'location')).toBe('Enter a web address starting with https://.');
    expect(creates(card)).toHaveLength(0);
  });

  it.each([
    ['en', 'Too long: at most 10,000 characters.'],
    ['pt-br', 'Longo demais: no máximo 10.000 caracteres.'],
    ['es', 'Demasiado largo: como máximo 10.000 caracteres.'],
  ])('writes limits for the locale (%s)', async (locale, message) => {
    const card = await renderCard({ locale });
    card.find(TextArea, { name: 'description' }).trigger('onChange', 'x'.repeat(10_001) as never);
    submit(card);
    expect(messageAt(card, TextArea, 'description')).toBe(message);
  });

  it('tells a user without an owner record what an admin must do, and does not submit', async () => {
    const card = await renderCard({
      server: new RecordingServer({ ok: true, options: { ...OPTIONS, organizer: null } }),
    });
    await settle();
    expect(allText(card.findByTestId(Alert, 'no-owner'))).toMatch(/Ask a HubSpot admin for a user seat/);
    expect(card.find(LoadingButton).props.disabled).toBe(true);
    submit(card);
    await settle();
    expect(creates(card)).toHaveLength(0);
  });
});

describe('outcome messages name the real cause', () => {
  async function failWith(answer: CreateMeetingResult) {
    const server = new RecordingServer().answerCreate(answer);
    const card = await renderCard({ server });
    submit(card);
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'booking-failure')).not.toBeNull());
    return allText(card.findByTestId(Alert, 'booking-failure'));
  }

  it.each([
    ['OUTCOME_UNKNOWN', 'timeout', /^HubSpot did not answer in time\. The meeting may or may not exist/],
    [
      'OUTCOME_UNKNOWN',
      'connection',
      /^The connection to HubSpot dropped\. The meeting may or may not exist/,
    ],
    ['OUTCOME_UNKNOWN', undefined, /^HubSpot did not confirm the booking\. The meeting may or may not exist/],
    ['NOT_CREATED', 'hubspot_error', /^HubSpot answered with an error\. We checked: nothing was booked/],
    ['NOT_CREATED', 'timeout', /^HubSpot did not answer in time\. We checked: nothing was booked/],
    ['RATE_LIMITED', 'rate_limit', /^HubSpot's rate limit for this account was reached\. Nothing was booked/],
    ['HUBSPOT_UNAVAILABLE', 'hubspot_error', /^HubSpot answered with an error\. Nothing was booked/],
  ] as const)('%s caused by %s', async (code, cause, message) => {
    const text = await failWith(failed({ code, ...(cause ? { details: { cause } } : {}) }));
    expect(text).toMatch(message);
  });

  it('says how a meeting found after a failure was found', async () => {
    const server = new RecordingServer();
    const card = await renderCard({ server });
    server.answerCreate({
      ok: true,
      meeting: {
        id: '1',
        title: 'T',
        start: '2026-03-01T07:30',
        end: '2026-03-01T08:00',
        timezone: 'America/New_York',
        startUtc: '2026-03-01T12:30:00Z',
        endUtc: '2026-03-01T13:00:00Z',
        contactId: '123',
        ownerId: '501',
        attendeeOwnerIds: [],
        recovered: true,
        recoveredFrom: 'timeout',
      },
    });
    submit(card);
    await card.waitFor(() =>
      expect(card.findByTestId(Text, 'booking-recovered').text).toBe(
        'HubSpot did not answer in time. We checked and found the meeting: it was booked once.',
      ),
    );
  });
});

describe('the install state, up front', () => {
  it.each([
    ['UNAUTHORIZED', /not installed here any more, or its access was removed\. Ask a HubSpot admin/],
    ['MISSING_SCOPES', /lacks a permission \(crm\.objects\.contacts\.write\)/],
  ] as const)('says at load when the app cannot act here (%s), with what to do', async (code, message) => {
    let answer: FormOptionsResult = {
      ok: false,
      error: { code, message: '', retryable: false, details: { scopes: ['crm.objects.contacts.write'] } },
    };
    const server = new RecordingServer();
    server.loadFormOptions = (req) => {
      server.optionRequests.push(req);
      return Promise.resolve(answer);
    };
    const card = await renderCard({ server });
    await card.waitFor(() => expect(card.maybeFindByTestId(Alert, 'install-problem')).not.toBeNull());
    expect(card.findByTestId(Alert, 'install-problem').props.title).toBe(
      'Meeting Card cannot reach this HubSpot account',
    );
    expect(allText(card.findByTestId(Alert, 'install-problem'))).toMatch(message);
    expect(card.maybeFind(Form)).toBeNull();

    // After the admin reinstalled: "Check again" loads the options and shows the form.
    answer = { ok: true, options: OPTIONS };
    card.findByTestId(Button, 'install-retry').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFind(Form)).not.toBeNull());
    expect(server.optionRequests).toHaveLength(2);
  });
});

describe('a light card', () => {
  it('keeps the option lists and handlers it sends to HubSpot while unrelated fields change', async () => {
    const manyOwners = Array.from({ length: 1000 }, (_, i) => ({
      ownerId: String(10_000 + i),
      name: `Rep ${i}`,
    }));
    const card = await renderCard({
      server: new RecordingServer({ ok: true, options: { ...OPTIONS, owners: manyOwners } }),
    });
    await settle();
    const attendees = () => card.find(MultiSelect, { name: 'attendeeOwnerIds' }).props;
    const before = { options: attendees().options, onChange: attendees().onChange };
    const titleHandler = card.find(Input, { name: 'title' }).props.onChange;
    const zones = card.find(Select, { name: 'timezone' }).props.options;
    expect(before.options).toHaveLength(1000);

    card.find(Input, { name: 'title' }).trigger('onChange', 'Intro' as never);
    card.find(TextArea, { name: 'description' }).trigger('onChange', 'Agenda' as never);
    expect(attendees().options).toBe(before.options);
    expect(attendees().onChange).toBe(before.onChange);
    expect(card.find(Input, { name: 'title' }).props.onChange).toBe(titleHandler);
    expect(card.find(Select, { name: 'timezone' }).props.options).toBe(zones);
    // Text inputs keep their state on commit (onChange), not per keystroke (onInput).
    expect(card.find(Input, { name: 'title' }).props.onInput).toBeUndefined();
  });

  it('reports failures through the SDK logger by code, never with what the rep typed', async () => {
    const warn = jest.spyOn(logger, 'warn').mockImplementation(() => {});
    try {
      const server = new RecordingServer().answerCreate(
        failed({ code: 'NOT_CREATED', correlationId: 'ref-1', details: { cause: 'hubspot_error' } }),
      );
      const card = await renderCard({ server });
      card.find(Input, { name: 'title' }).trigger('onChange', 'Secret plans' as never);
      submit(card);
      await card.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
      expect(warn).toHaveBeenCalledWith('booking failed: NOT_CREATED (hubspot_error) ref ref-1');
      expect(JSON.stringify(warn.mock.calls)).not.toContain('Secret');
    } finally {
      warn.mockRestore();
    }
  });
});
