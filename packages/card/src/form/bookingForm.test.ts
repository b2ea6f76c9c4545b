import {
  EMPTY_FORM,
  customEndWallClock,
  inZone,
  nextSlot,
  toMeetingParameters,
  toWallClock,
  type BookingForm,
} from './bookingForm';
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

  it('defaults to the next half hour at least 15 minutes away, on the clocks of the zone', () => {
    const at = (iso: string, zone: string) => nextSlot(Date.parse(iso), zone);
    // 07:00 in New York -> 07:30; 07:16 -> 08:00; 07:15 -> 07:30 (exactly 15 minutes away).
    expect(at('2026-03-01T12:00:00Z', 'America/New_York')).toEqual({
      date: { year: 2026, month: 2, date: 1 },
      time: { hours: 7, minutes: 30 },
    });
    expect(at('2026-03-01T12:16:00Z', 'America/New_York').time).toEqual({ hours: 8, minutes: 0 });
    expect(at('2026-03-01T12:15:00Z', 'America/New_York').time).toEqual({ hours: 7, minutes: 30 });
    // Past midnight in Tokyo, and half hours of Kathmandu's own clock (UTC+5:45).
    expect(at('2026-03-01T14:50:00Z', 'Asia/Tokyo')).toEqual({
      date: { year: 2026, month: 2, date: 2 },
      time: { hours: 0, minutes: 30 },
    });
    // 17:45 there + 15 minutes is 18:00 on the dot.
    expect(at('2026-03-01T12:00:00Z', 'Asia/Kathmandu').time).toEqual({ hours: 18, minutes: 0 });
    expect(at('2026-03-01T12:01:00Z', 'Asia/Kathmandu').time).toEqual({ hours: 18, minutes: 30 });
  });

  it('keeps the moment when the zone changes, moving the clock times shown', () => {
    const form: BookingForm = {
      ...EMPTY_FORM,
      date: { year: 2026, month: 11, date: 10 },
      startTime: { hours: 21, minutes: 0 },
      duration: 'custom',
      endTime: { hours: 22, minutes: 0 },
    };
    // 21:00 in São Paulo on 10 Dec is 09:00 on 11 Dec in Tokyo.
    expect(inZone(form, 'America/Sao_Paulo', 'Asia/Tokyo')).toMatchObject({
      timezone: 'Asia/Tokyo',
      date: { year: 2026, month: 11, date: 11 },
      startTime: { hours: 9, minutes: 0 },
      endTime: { hours: 10, minutes: 0 },
    });
    // A time that does not convert stays as typed.
    const skipped = {
      ...form,
      date: { year: 2026, month: 2, date: 8 },
      startTime: { hours: 2, minutes: 30 },
    };
    expect(inZone(skipped, 'America/New_York', 'Asia/Tokyo').startTime).toEqual({ hours: 2, minutes: 30 });
  });

  it('puts a chosen end that is not after the start on the next day', () => {
    const form = { ...EMPTY_FORM, ...SLOT, duration: 'custom' as const };
    expect(customEndWallClock({ ...form, endTime: { hours: 10, minutes: 0 } })).toBe('2026-01-05T10:00');
    expect(customEndWallClock({ ...form, endTime: { hours: 8, minutes: 0 } })).toBe('2026-01-06T08:00');
    expect(
      customEndWallClock({
        ...form,
        date: { year: 2026, month: 11, date: 31 },
        startTime: { hours: 23, minutes: 30 },
        endTime: { hours: 0, minutes: 30 },
      }),
    ).toBe('2027-01-01T00:30');
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
      durationMinutes: 30,
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
