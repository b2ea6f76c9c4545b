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
