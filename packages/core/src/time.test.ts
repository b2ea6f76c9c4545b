import { CalendarDateTime, fromAbsolute, toCalendarDateTime, toZoned } from '@internationalized/date';
import fc from 'fast-check';
import { LIMITS } from './limits';
import { isValidTimeZone, utcToWallClock, wallClockToUtc } from './time';

describe('wallClockToUtc', () => {
  it.each([
    ['America/Sao_Paulo', '2026-03-12T10:00', '2026-03-12T13:00:00Z'],
    ['Europe/Madrid', '2026-07-01T09:30', '2026-07-01T07:30:00Z'],
    ['Asia/Tokyo', '2026-01-05T08:00', '2026-01-04T23:00:00Z'],
    ['America/New_York', '2026-03-07T12:00', '2026-03-07T17:00:00Z'],
    ['America/New_York', '2026-03-09T12:00', '2026-03-09T16:00:00Z'],
  ])('converts %s wall time %s to %s', (zone, wall, utc) => {
    expect(wallClockToUtc(wall, zone)).toEqual({ ok: true, utc });
  });

  it('refuses a time skipped when clocks go forward', () => {
    expect(wallClockToUtc('2026-03-08T02:30', 'America/New_York')).toEqual({
      ok: false,
      code: 'nonexistent_local_time',
    });
    expect(wallClockToUtc('2026-03-29T02:15', 'Europe/Madrid')).toEqual({
      ok: false,
      code: 'nonexistent_local_time',
    });
  });

  it('resolves a repeated hour to the earlier instant', () => {
    expect(wallClockToUtc('2026-11-01T01:30', 'America/New_York')).toEqual({
      ok: true,
      utc: '2026-11-01T05:30:00Z',
    });
    expect(wallClockToUtc('2026-10-25T02:30', 'Europe/Madrid')).toEqual({
      ok: true,
      utc: '2026-10-25T00:30:00Z',
    });
  });

  it.each([
    '2026-02-30T10:00',
    '2026-13-01T10:00',
    '2026-01-01T24:00',
    '2026-01-01 10:00',
    '2026-01-01T10:00:00',
    '1999-12-31T10:00',
    '',
  ])('rejects the malformed or impossible wall time %p', (wall) => {
    expect(wallClockToUtc(wall, 'UTC')).toEqual({ ok: false, code: 'invalid_format' });
  });

  it('rejects a zone the IANA database does not know', () => {
    expect(wallClockToUtc('2026-01-01T10:00', 'Mars/Olympus')).toEqual({
      ok: false,
      code: 'invalid_time_zone',
    });
    expect(isValidTimeZone('America/Sao_Paulo')).toBe(true);
  });

  it('turns an instant back into the wall time of another zone', () => {
    expect(utcToWallClock('2026-03-12T13:00:00Z', 'Asia/Tokyo')).toBe('2026-03-12T22:00');
  });
});

describe('isValidTimeZone', () => {
  it('refuses a name longer than any IANA zone without asking Intl', () => {
    expect(isValidTimeZone(`America/${'x'.repeat(100)}`)).toBe(false);
  });
});

// The conversions above use Intl alone (the card's bundle cannot afford a date library), so they are
// checked against @internationalized/date (a test-only dependency here) over random instants in
// every zone the runtime knows, daylight-saving nights included.
describe('the Intl conversions agree with @internationalized/date', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  const zone = fc.oneof(
    fc.constantFrom(...zones),
    fc.constantFrom('Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/New_York'),
  );
  const instant = fc.integer({
    min: Date.UTC(LIMITS.minYear, 0, 2),
    max: Date.UTC(LIMITS.maxYear, 11, 30),
  });

  it('turns instants into the same wall clocks', () => {
    fc.assert(
      fc.property(zone, instant, (timeZone, ms) => {
        const minute = Math.floor(ms / 60_000) * 60_000;
        const theirs = fromAbsolute(minute, timeZone);
        const text = `${String(theirs.year).padStart(4, '0')}-${String(theirs.month).padStart(2, '0')}-${String(theirs.day).padStart(2, '0')}T${String(theirs.hour).padStart(2, '0')}:${String(theirs.minute).padStart(2, '0')}`;
        expect(utcToWallClock(new Date(minute).toISOString(), timeZone)).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('turns wall clocks into the same instants, refusing the same skipped times', () => {
    // Any wall clock, and (one in two) a spring or autumn night, when clocks change in most zones.
    const two = (n: number) => String(n).padStart(2, '0');
    const nearChange = fc
      .tuple(
        zone,
        fc.integer({ min: LIMITS.minYear, max: LIMITS.maxYear }),
        fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(3, 4, 9, 10, 11)),
        fc.integer({ min: 1, max: 28 }),
        fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })),
        fc.constantFrom(0, 15, 30, 45, 59),
      )
      .map(([timeZone, y, m, d, h, min]) => ({
        timeZone,
        text: `${y}-${two(m)}-${two(d)}T${two(h)}:${two(min)}`,
      }));
    fc.assert(
      fc.property(nearChange, ({ timeZone, text }) => {
        const [date, time] = text.split('T') as [string, string];
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [h, min] = time.split(':').map(Number) as [number, number];
        const local = new CalendarDateTime(y, m, d, h, min);
        const zoned = toZoned(local, timeZone, 'earlier');
        const exists = toCalendarDateTime(zoned).compare(local) === 0;
        const expected = exists
          ? { ok: true, utc: zoned.toDate().toISOString().replace('.000Z', 'Z') }
          : { ok: false, code: 'nonexistent_local_time' };
        expect(wallClockToUtc(text, timeZone)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00Z'], // the repeated half hour, earlier
    ['Australia/Lord_Howe', '2026-10-04T02:15', null], // the skipped half hour
    ['Asia/Kathmandu', '2026-06-01T09:00', '2026-06-01T03:15:00Z'],
    ['Pacific/Apia', '2011-12-30T12:00', null], // the day Samoa skipped
  ])('in %s, %s is %s', (timeZone, text, utc) => {
    expect(wallClockToUtc(text, timeZone)).toEqual(
      utc ? { ok: true, utc } : { ok: false, code: 'nonexistent_local_time' },
    );
  });
});
