// Property-based tests of the one set of input rules (fast-check): 10,000 random inputs, hostile and
// near-valid, must never throw, never yield a body the HubSpot contract rejects, and name a real field
// for every rejection; accepted inputs must send what was asked, with times converted as an
// independent conversion (plain Intl.DateTimeFormat, not @internationalized/date) says.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { validateMeetingParametersInEnglish } from './input-schema';
import { LIMITS, REMINDER_UNIT_MINUTES } from './limits';
import { buildCreateMeetingRequest } from './request-body';
import type { FieldIssueCode, MeetingField, MeetingParameters, ReminderUnit } from './types';

// Exhaustive by type: adding a field to MeetingParameters without listing it here fails tsc.
const FIELDS: Record<MeetingField, true> = {
  requestId: true,
  organizerUserId: true,
  title: true,
  start: true,
  end: true,
  durationMinutes: true,
  timezone: true,
  locationType: true,
  location: true,
  description: true,
  internalNotes: true,
  attendeeOwnerIds: true,
  activityType: true,
  outcome: true,
  reminders: true,
  includeDescriptionInReminders: true,
  checkExisting: true,
};
const ISSUE_CODES: Record<FieldIssueCode, true> = {
  required: true,
  invalid_type: true,
  too_long: true,
  too_many: true,
  invalid_format: true,
  invalid_uuid: true,
  invalid_time_zone: true,
  nonexistent_local_time: true,
  end_before_start: true,
  duration_too_long: true,
  invalid_option: true,
  out_of_range: true,
  unknown_id: true,
  end_or_duration: true,
  start_in_past: true,
  reminder_in_past: true,
  invalid_url: true,
};

const contractDir = process.env.MEETING_CARD_CONTRACT_DIR ?? resolve(__dirname, '../../../contract');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateBody = ajv.compile(
  JSON.parse(readFileSync(join(contractDir, 'request.schema.json'), 'utf8')) as object,
);

const TRUSTED = { contactId: '101', organizerOwnerId: '81001' };

// ---------------------------------------------------------------------------------------------
// The independent time conversion: every instant whose wall clock in `zone` reads `wallClock`.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock at `instant` in `zone`, as the epoch ms of those same fields read as UTC. */
function wallFieldsAt(instant: number, zone: string): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  const part = (type: string) => Number(formatter.formatToParts(instant).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

/** All instants (ascending) at which the clocks in `zone` show `wallClock` ("YYYY-MM-DDTHH:mm"). */
function instantsShowing(wallClock: string, zone: string): number[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wallClock);
  if (!match) return [];
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const target = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets around that day; the answer is target - offset for the offsets that fit.
  const offsets = new Set(
    [-36, -24, -12, 0, 12, 24, 36].map((h) => target + h * 3_600_000).map((t) => wallFieldsAt(t, zone) - t),
  );
  const fits = [...offsets]
    .map((offset) => target - offset)
    .filter((instant) => wallFieldsAt(instant, zone) === target);
  return [...new Set(fits)].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Generators: near-valid forms (each field valid, or at a boundary), then mutated; and pure junk.

const pad = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0'),
      text,
      fc.constantFrom('', ' ', '\t ', '\u00a0'),
    )
    .map(([a, b, c]) => `${a}${b}${c}`);

const digits = fc.stringMatching(/^\d{1,20}$/);
const text = (maxLength: number) =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }));

const zones = Intl.supportedValuesOf('timeZone');
const timezone = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...zones) },
  // Zones with daylight saving, half-hour offsets and southern-hemisphere rules: where conversions break.
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'America/New_York',
      'Europe/London',
      'Europe/Madrid',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/Santiago',
      'Asia/Kathmandu',
      'UTC',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Not/A_Zone',
      'america/new_york',
      'EST',
      'Etc/GMT+5',
      '',
      'UTC+3',
      'x'.repeat(65),
    ),
  },
);

const two = (n: number) => String(n).padStart(2, '0');
const wallClockParts = fc.oneof(
  fc.record({
    year: fc.integer({ min: 1998, max: 2102 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  }),
  // Near daylight-saving changes: spring and autumn nights in both hemispheres.
  fc.record({
    year: fc.integer({ min: 2024, max: 2030 }),
    month: fc.constantFrom(3, 4, 9, 10, 11),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 3 }),
    minute: fc.constantFrom(0, 15, 30, 45, 59),
  }),
);
const wallClockText = (p: { year: number; month: number; day: number; hour: number; minute: number }) =>
  `${String(p.year).padStart(4, '0')}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;

/** Adds minutes to a wall-clock reading, as a calendar would (no zone involved). */
function addWallMinutes(wallClock: string, minutes: number): string {
  const ms = Date.parse(`${wallClock}:00Z`);
  return Number.isNaN(ms) ? wallClock : new Date(ms + minutes * 60_000).toISOString().slice(0, 16);
}

/** Nights in 2026 when these zones' clocks jump or fall back (local date; the hour is generated). */
const CLOCK_CHANGE_NIGHTS: [zone: string, year: number, month: number, day: number][] = [
  ['America/New_York', 2026, 3, 8],
  ['America/New_York', 2026, 11, 1],
  ['Europe/London', 2026, 3, 29],
  ['Europe/London', 2026, 10, 25],
  ['Europe/Madrid', 2026, 3, 29],
  ['Europe/Madrid', 2026, 10, 25],
  ['Australia/Lord_Howe', 2026, 4, 5],
  ['Australia/Lord_Howe', 2026, 10, 4],
  ['Pacific/Chatham', 2026, 4, 5],
  ['Pacific/Chatham', 2026, 9, 27],
  ['America/Santiago', 2026, 4, 4],
  ['America/Santiago', 2026, 9, 6],
];

const reminderUnit = fc.constantFrom<ReminderUnit>('MINUTES', 'HOURS', 'DAYS', 'WEEKS');

/** Where and when a meeting starts: any zone and day, or (one in four) a 2026 night the clocks change. */
const when = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      timezone: fc.constantFrom(
        'America/New_York',
        'Europe/London',
        'Europe/Madrid',
        'Australia/Lord_Howe',
        'Pacific/Chatham',
        'America/Santiago',
        'Asia/Kathmandu',
        'UTC',
        ...zones,
      ),
      startParts: wallClockParts.filter(
        (p) => p.year >= LIMITS.minYear && p.year <= LIMITS.maxYear && p.day <= 28,
      ),
    }),
  },
  {
    // Whether a time exists is still decided by the independent conversion, not by this list.
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...CLOCK_CHANGE_NIGHTS),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0, 15, 30, 45, 59),
      )
      .map(([[timezone, year, month, day], hour, minute]) => ({
        timezone,
        startParts: { year, month, day, hour, minute },
      })),
  },
);

/** A form whose every field is individually valid; times may still be skipped by DST or be too long. */
const validForm: fc.Arbitrary<MeetingParameters> = fc
  .record({
    requestId: fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase())),
    organizerUserId: pad(digits),
    title: pad(
      fc.string({ minLength: 1, maxLength: LIMITS.titleMaxLength }).filter((t) => t.trim().length > 0),
    ),
    when,
    durationMinutes: fc.oneof(
      fc.integer({ min: 1, max: 240 }),
      fc.integer({ min: 1, max: LIMITS.maxDurationMinutes + 120 }),
    ),
    // One form in three says how long instead of when it ends.
    asDuration: fc.constantFrom(false, false, true),
    optional: fc.record(
      {
        locationType: fc.constantFrom('ADDRESS', 'PHONE', 'CUSTOM'),
        location: text(LIMITS.locationMaxLength),
        description: text(200),
        internalNotes: text(200),
        attendeeOwnerIds: fc.array(digits, { maxLength: LIMITS.maxAttendees }),
        activityType: text(LIMITS.activityTypeMaxLength),
        outcome: fc.constantFrom('SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'),
        reminders: fc.array(
          reminderUnit.chain((timeUnit) =>
            fc.record({
              timeUnit: fc.constant(timeUnit),
              numberOfTimeUnits: fc.integer({
                min: 1,
                max: LIMITS.maxReminderLeadMinutes / REMINDER_UNIT_MINUTES[timeUnit],
              }),
            }),
          ),
          { maxLength: LIMITS.maxReminders },
        ),
        includeDescriptionInReminders: fc.boolean(),
        checkExisting: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ when: { timezone, startParts }, durationMinutes, asDuration, optional, ...rest }) => {
    const start = wallClockText(startParts);
    return {
      ...rest,
      timezone,
      start,
      ...(asDuration ? { durationMinutes } : { end: addWallMinutes(start, durationMinutes) }),
      ...optional,
    } as MeetingParameters;
  });

const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    undefined,
    '',
    ' ',
    0,
    -1,
    1e21,
    Number.NaN,
    Infinity,
    true,
    [],
    {},
    'x'.repeat(20_000),
  ),
  fc.string(),
  fc.integer(),
  fc.array(fc.string(), { maxLength: 60 }),
  fc.array(
    fc.record({
      numberOfTimeUnits: fc.oneof(fc.integer(), fc.double(), fc.string()),
      timeUnit: fc.oneof(reminderUnit, fc.string()),
    }),
    { maxLength: 5 },
  ),
  wallClockParts.map(wallClockText),
  pad(fc.string({ minLength: 250, maxLength: 260 })),
  timezone,
);
const mutationKey = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...(Object.keys(FIELDS) as MeetingField[])) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'contactId',
      'hs_object_id',
      'toString',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const mutation = fc.record({ key: mutationKey, value: junk, remove: fc.boolean() });

/** Near-valid forms with 0–3 fields replaced or removed, plus wholly random values. */
const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(validForm, fc.array(mutation, { maxLength: 3 })).map(([form, mutations]) => {
      const input: Record<string, unknown> = { ...form };
      for (const { key, value, remove } of mutations) {
        if (remove) delete input[key];
        // defineProperty: an own "__proto__" key, as JSON.parse would make it, not a prototype change.
        else
          Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return input;
    }),
  },
  { weight: 2, arbitrary: junk },
);

// ---------------------------------------------------------------------------------------------

function expectRoundTrip(raw: Record<string, unknown>): void {
  const result = validateMeetingParametersInEnglish(raw);
  if (!result.ok) throw new Error(`expected acceptance, got ${JSON.stringify(result.fields)}`);
  const { value } = result;
  const request = buildCreateMeetingRequest(value, TRUSTED);
  const { properties } = request.body;
  const trimmed = (field: string) => String(raw[field]).trim();

  expect(validateBody(request.body) ? [] : validateBody.errors).toEqual([]);
  expect(properties.hs_meeting_title).toBe(trimmed('title'));
  expect(request.body.timezone).toBe(trimmed('timezone'));
  expect(request.query.organizerUserId).toBe(trimmed('organizerUserId'));
  expect(request.body.associations[0]?.to.id).toBe(TRUSTED.contactId);
  expect(properties.hubspot_owner_id).toBe(TRUSTED.organizerOwnerId);
  expect(value.requestId).toBe(String(raw.requestId).toLowerCase());

  // Times: the earliest instant showing the asked wall clock in the asked zone.
  const startInstants = instantsShowing(trimmed('start'), trimmed('timezone'));
  // A duration is elapsed time from the start instant; an end is the earliest instant showing it.
  const endInstants =
    raw.durationMinutes === undefined
      ? instantsShowing(trimmed('end'), trimmed('timezone'))
      : startInstants.slice(0, 1).map((start) => start + (raw.durationMinutes as number) * 60_000);
  expect(startInstants.length).toBeGreaterThan(0);
  expect(endInstants.length).toBeGreaterThan(0);
  expect(Date.parse(properties.hs_meeting_start_time)).toBe(startInstants[0]);
  expect(Date.parse(properties.hs_timestamp)).toBe(startInstants[0]);
  expect(Date.parse(properties.hs_meeting_end_time)).toBe(endInstants[0]);
  const minutes = ((endInstants[0] as number) - (startInstants[0] as number)) / 60_000;
  expect(minutes).toBeGreaterThan(0);
  expect(minutes).toBeLessThanOrEqual(LIMITS.maxDurationMinutes);

  // Optional text is sent trimmed, and not at all when blank.
  const optionalText = (field: string) =>
    typeof raw[field] === 'string' && trimmed(field) ? trimmed(field) : undefined;
  expect(properties.hs_meeting_body).toBe(optionalText('description'));
  expect(properties.hs_internal_meeting_notes).toBe(optionalText('internalNotes'));
  expect(properties.hs_meeting_location).toBe(optionalText('location'));
  expect(properties.hs_activity_type).toBe(optionalText('activityType'));
  expect(properties.hs_meeting_outcome).toBe(raw.outcome ?? 'SCHEDULED');
  const attendees = [...new Set((raw.attendeeOwnerIds as string[] | undefined) ?? [])];
  expect(properties.hs_attendee_owner_ids).toEqual(attendees.length > 0 ? attendees : undefined);
  const leads = (
    (raw.reminders as { numberOfTimeUnits: number; timeUnit: ReminderUnit }[] | undefined) ?? []
  ).map((r) => r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit]);
  expect(
    request.body.emailReminderSchedule.reminders.map(
      (r) => r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit as ReminderUnit],
    ),
  ).toEqual([...new Set(leads)]);
  expect(request.body.emailReminderSchedule.shouldIncludeInviteDescription).toBe(
    raw.includeDescriptionInReminders ?? false,
  );
}

function expectNamedRejection(raw: unknown, fields: Record<string, { code: string; message: string }>): void {
  const named = Object.keys(fields);
  expect(named.length).toBeGreaterThan(0);
  for (const field of named) {
    expect(FIELDS).toHaveProperty([field]);
    expect(ISSUE_CODES).toHaveProperty([fields[field]?.code ?? 'missing']);
    expect(fields[field]?.message).toEqual(expect.stringMatching(/\S/));
  }
  // A time refused as skipped by daylight saving really is skipped in that zone.
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  for (const field of ['start', 'end'] as const) {
    if (fields[field]?.code === 'nonexistent_local_time') {
      expect(instantsShowing(String(input[field]).trim(), String(input.timezone).trim())).toEqual([]);
    }
  }
}

describe('validateMeetingParametersInEnglish under random input', () => {
  it('never throws, names a real field for every rejection, and turns every acceptance into a body the contract accepts that sends what was asked', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyInput, (raw) => {
        const result = validateMeetingParametersInEnglish(raw);
        if (result.ok) {
          accepted += 1;
          expectRoundTrip(raw as Record<string, unknown>);
        } else {
          expectNamedRejection(raw, result.fields as Record<string, { code: string; message: string }>);
        }
      }),
      { numRuns: 10_000 },
    );
    // Both branches must have been exercised for the property to mean anything.
    expect(accepted).toBeGreaterThan(500);
  });

  it('accepts every valid form unless the independent conversion finds a time skipped or a meeting too long', () => {
    let skipped = 0;
    fc.assert(
      fc.property(validForm, (form) => {
        const zone = form.timezone.trim();
        const start = instantsShowing(form.start, zone);
        const duration = form.durationMinutes;
        const end =
          duration === undefined
            ? instantsShowing(form.end as string, zone)
            : start.slice(0, 1).map((instant) => instant + duration * 60_000);
        const result = validateMeetingParametersInEnglish(form);
        if (
          duration !== undefined &&
          (duration < LIMITS.minDurationMinutes || duration > LIMITS.maxDurationMinutes)
        ) {
          expect(result).toMatchObject({ ok: false, fields: { durationMinutes: { code: 'out_of_range' } } });
          return;
        }
        if (start.length === 0 || end.length === 0) {
          skipped += 1;
          expect(result).toMatchObject({
            ok: false,
            fields:
              start.length === 0
                ? { start: { code: 'nonexistent_local_time' } }
                : { end: { code: 'nonexistent_local_time' } },
          });
          return;
        }
        const minutes = ((end[0] as number) - (start[0] as number)) / 60_000;
        if (minutes <= 0)
          expect(result).toMatchObject({ ok: false, fields: { end: { code: 'end_before_start' } } });
        else if (minutes > LIMITS.maxDurationMinutes)
          expect(result).toMatchObject({ ok: false, fields: { end: { code: 'duration_too_long' } } });
        else expectRoundTrip(form as unknown as Record<string, unknown>);
      }),
      { numRuns: 3_000 },
    );
    // The generator aims at daylight-saving nights: some skipped times must have come up.
    expect(skipped).toBeGreaterThan(0);
  });
});

describe('a booking given as a duration', () => {
  // Every zone, and those where durations go wrong: 30- and 45-minute offsets, daylight saving of an
  // hour and of half an hour (Lord Howe), southern-hemisphere rules.
  const oddZones = [
    'Australia/Lord_Howe',
    'Australia/Adelaide',
    'America/St_Johns',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Pacific/Chatham',
    'Australia/Eucla',
    'America/New_York',
    'Europe/London',
    'America/Santiago',
  ];
  const durationForm = fc
    .record({
      timezone: fc.oneof(fc.constantFrom(...zones), fc.constantFrom(...oddZones)),
      start: fc.oneof(
        wallClockParts.filter((p) => p.year >= LIMITS.minYear && p.year <= LIMITS.maxYear && p.day <= 28),
        fc
          .tuple(
            fc.constantFrom(...CLOCK_CHANGE_NIGHTS),
            fc.integer({ min: 0, max: 3 }),
            fc.constantFrom(0, 15, 30, 45),
          )
          .map(([[, year, month, day], hour, minute]) => ({ year, month, day, hour, minute })),
      ),
      durationMinutes: fc.oneof(
        fc.integer({ min: LIMITS.minDurationMinutes, max: LIMITS.maxDurationMinutes }),
        fc.constantFrom(5, 30, 45, 60, 90, 1440),
      ),
    })
    .map(({ timezone, start, durationMinutes }) => ({
      requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      organizerUserId: '7001',
      title: 'Call',
      timezone,
      start: wallClockText(start),
      durationMinutes,
    }));

  it('lasts exactly that long in every zone, whatever the clocks do, and sends it so', () => {
    let accepted = 0;
    fc.assert(
      fc.property(durationForm, (form) => {
        const result = validateMeetingParametersInEnglish(form);
        const startInstants = instantsShowing(form.start, form.timezone);
        if (startInstants.length === 0) {
          expect(result).toMatchObject({ ok: false, fields: { start: { code: 'nonexistent_local_time' } } });
          return;
        }
        if (!result.ok) throw new Error(JSON.stringify(result.fields));
        accepted += 1;
        const { properties } = buildCreateMeetingRequest(result.value, TRUSTED).body;
        const lasted =
          Date.parse(properties.hs_meeting_end_time) - Date.parse(properties.hs_meeting_start_time);
        expect(lasted).toBe(form.durationMinutes * 60_000);
        expect(Date.parse(properties.hs_meeting_start_time)).toBe(startInstants[0]);
        // The end's wall clock reads what a clock in that zone shows at the end instant.
        expect(instantsShowing(result.value.end, form.timezone)).toContain(Date.parse(result.value.endUtc));
      }),
      { numRuns: 5_000 },
    );
    expect(accepted).toBeGreaterThan(4_000);
  });

  it.each([
    // New York falls back on 7 Nov 2027: 00:30 EDT + 90 minutes is 01:00 EST, the second 01:00.
    ['America/New_York', '2027-11-07T00:30', 90, '2027-11-07T04:30:00Z', '2027-11-07T06:00:00Z'],
    ['America/New_York', '2027-11-07T01:30', 30, '2027-11-07T05:30:00Z', '2027-11-07T06:00:00Z'],
    // Lord Howe falls back half an hour on 4 Apr 2027: 01:30 (+11) + 60 minutes is 02:00 (+10:30).
    ['Australia/Lord_Howe', '2027-04-04T01:30', 60, '2027-04-03T14:30:00Z', '2027-04-03T15:30:00Z'],
    ['Asia/Kathmandu', '2027-01-10T23:30', 45, '2027-01-10T17:45:00Z', '2027-01-10T18:30:00Z'],
  ])('in %s, %s for %i minutes is %s to %s', (timezone, start, durationMinutes, startUtc, endUtc) => {
    const result = validateMeetingParametersInEnglish({
      requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      organizerUserId: '7001',
      title: 'Call',
      timezone,
      start,
      durationMinutes,
    });
    expect(result).toMatchObject({ ok: true, value: { startUtc, endUtc } });
  });
});
