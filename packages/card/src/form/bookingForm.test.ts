import { addMinutes, EMPTY_FORM, toMeetingParameters, toWallClock, type BookingForm } from './bookingForm';
import { newRequestId } from './requestId';
import { contactTimeZone } from './timeZones';

const DEFAULTS = { title: 'Meeting with Ana Souza', timezone: 'America/New_York', phone: '+1 555 0100' };
const IDS = { requestId: '0b7d8a6e-4c1f-4f7e-9d55-8f3e2a1b6c90', organizerUserId: '1' };
const SLOT: Partial<BookingForm> = {
  date: { year: 2026, month: 0, date: 5 },
  startTime: { hours: 9, minutes: 5 },
};

describe('the booking form', () => {
  it('writes DateInput and TimeInput values as a wall clock, months starting at 0', () => {
    expect(toWallClock({ year: 2026, month: 0, date: 5 }, { hours: 9, minutes: 5 })).toBe('2026-01-05T09:05');
    expect(toWallClock(null, { hours: 9, minutes: 5 })).toBe('');
  });

  it('adds a duration in real elapsed time, across midnight and daylight-saving changes', () => {
    expect(addMinutes('2026-01-05T23:30', 45, 'America/New_York')).toBe('2026-01-06T00:15');
    // New York falls back on 1 Nov 2026: 01:30 EDT + 60 minutes is 01:30 EST.
    expect(addMinutes('2026-11-01T01:30', 60, 'America/New_York')).toBe('2026-11-01T01:30');
    // A skipped start time cannot convert: the calendar sum lets validation report the start.
    expect(addMinutes('2026-03-08T02:30', 30, 'America/New_York')).toBe('2026-03-08T03:00');
  });

  it('sends the suggestions when the rep changed nothing, and leaves out empty optional fields', () => {
    const params = toMeetingParameters(
      { ...EMPTY_FORM, ...SLOT, locationType: 'PHONE', description: '  ' },
      DEFAULTS,
      IDS,
    );
    expect(params).toEqual({
      ...IDS,
      title: 'Meeting with Ana Souza',
      start: '2026-01-05T09:05',
      end: '2026-01-05T09:35',
      timezone: 'America/New_York',
      locationType: 'PHONE',
      location: '+1 555 0100',
    });
  });

  it('uses the end time instead of a duration when the rep chose one', () => {
    const form = { ...EMPTY_FORM, ...SLOT, duration: 'custom' as const, endTime: { hours: 11, minutes: 0 } };
    expect(toMeetingParameters(form, DEFAULTS, IDS).end).toBe('2026-01-05T11:00');
  });
});

describe('the contact time zone', () => {
  it.each([
    ['america_slash_sao_paulo', 'America/Sao_Paulo'],
    ['europe_slash_london', 'Europe/London'],
    ['America/New_York', 'America/New_York'],
    ['america_slash_port-au-prince', 'America/Port-au-Prince'],
    ['', null],
    [null, null],
    ['mars_slash_olympus', null],
  ])('reads %s as %s', (value, zone) => {
    expect(contactTimeZone(value)).toBe(zone);
  });
});

describe('the request id', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a fresh UUID v4 each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newRequestId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('is built from random bytes as a UUID v4 where randomUUID is missing', () => {
    const getRandomValues = ((array: Uint8Array) =>
      globalThis.crypto.getRandomValues(array)) as Crypto['getRandomValues'];
    const ids = Array.from({ length: 50 }, () => newRequestId({ getRandomValues }));
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(50);
    const allOnes = newRequestId({
      getRandomValues: ((array: Uint8Array) => array.fill(0xff)) as Crypto['getRandomValues'],
    });
    expect(allOnes).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});
