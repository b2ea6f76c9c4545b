import fc from 'fast-check';
import { utcToWallClock } from './time';
import {
  freeIntervals,
  freeSlots,
  mergeRanges,
  nextFreeSlots,
  slotsInWindows,
  workingWindows,
  type SlotSource,
  type TimeRange,
} from './slots';

const MINUTE = 60_000;
const BASE = Date.parse('2026-03-01T00:00:00Z');

/** Ranges on a 5-minute grid within a fortnight of BASE. */
const range = fc
  .tuple(fc.integer({ min: 0, max: 4_000 }), fc.integer({ min: 1, max: 120 }))
  .map(([start, length]): TimeRange => ({
    start: BASE + start * 5 * MINUTE,
    end: BASE + (start + length) * 5 * MINUTE,
  }));

const brute = (windows: TimeRange[], busy: TimeRange[], minutes: number, now: number, step: number) => {
  const out: TimeRange[] = [];
  for (const w of mergeRanges(windows))
    for (let s = w.start; s + minutes * MINUTE <= w.end; s += step * MINUTE) {
      const slot = { start: s, end: s + minutes * MINUTE };
      if (s >= now && !busy.some((b) => b.start < slot.end && slot.start < b.end)) out.push(slot);
    }
  return out;
};

describe('slotsInWindows', () => {
  test('exactly the free grid points of each window, in order, up to the limit', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 6 }),
        fc.array(range, { maxLength: 8 }),
        fc.constantFrom(15, 30, 45, 60, 90),
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom(5, 15, 30),
        fc.integer({ min: 1, max: 30 }),
        (windows, busy, minutes, nowOffsetMinutes, step, limit) => {
          const now = BASE + nowOffsetMinutes * MINUTE;
          const slots = slotsInWindows(windows, busy, minutes, { now, limit, stepMinutes: step });
          expect(slots).toEqual(brute(windows, busy, minutes, now, step).slice(0, limit));
          for (const slot of slots) {
            expect(slot.end - slot.start).toBe(minutes * MINUTE);
            expect(busy.some((b) => b.start < slot.end && slot.start < b.end)).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('nextFreeSlots on the server’s free intervals', () => {
  test('the same slots as slotsInWindows, for any duration, now and limit', () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 6 }),
        fc.array(range, { maxLength: 8 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 30 }),
        (windows, busy, minutes, nowOffsetMinutes, limit) => {
          const now = BASE + nowOffsetMinutes * MINUTE;
          const source: SlotSource = {
            kind: 'link',
            link: { slug: 's', name: 'n', url: 'u' },
            offered: [],
            windows: mergeRanges(windows),
            free: freeIntervals(windows, busy),
            busy: mergeRanges(busy),
            offline: false,
            hasMore: false,
          };
          expect(nextFreeSlots(source, minutes, now, limit)).toEqual(
            slotsInWindows(windows, busy, minutes, { now, limit }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  test('free intervals never overlap a busy time and start on their window’s 15-minute grid', () => {
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), fc.array(range, { maxLength: 8 }), (windows, busy) => {
        const merged = mergeRanges(windows);
        for (const free of freeIntervals(windows, busy)) {
          expect(busy.some((b) => b.start < free.end && free.start < b.end)).toBe(false);
          const window = merged.find((w) => w.start <= free.start && free.end <= w.end);
          expect(window).toBeDefined();
          expect((free.start - window!.start) % (15 * MINUTE)).toBe(0);
        }
      }),
    );
  });

  test('a duration the page offers: its start times from now on, no grid', () => {
    const source: SlotSource = {
      kind: 'link',
      link: { slug: 's', name: 'n', url: 'u' },
      offered: [{ minutes: 30, starts: [BASE, BASE + 10 * MINUTE, BASE + 70 * MINUTE] }],
      windows: [],
      free: [{ start: BASE, end: BASE + 600 * MINUTE }],
      busy: [],
      offline: false,
      hasMore: false,
    };
    expect(nextFreeSlots(source, 30, BASE + MINUTE, 5).map((s) => s.start)).toEqual([
      BASE + 10 * MINUTE,
      BASE + 70 * MINUTE,
    ]);
    expect(nextFreeSlots(source, 0, BASE, 5)).toEqual([]);
    expect(nextFreeSlots({ kind: 'none', reason: 'no_link' }, 30, BASE, 5)).toEqual([]);
  });
});

describe('freeSlots', () => {
  const source = (
    offered: Extract<SlotSource, { kind: 'link' }>['offered'],
    busy: TimeRange[] = [],
  ): SlotSource => ({
    kind: 'link',
    link: { slug: 's', name: 'n', url: 'u' },
    offered,
    windows: [{ start: BASE, end: BASE + 8 * 60 * MINUTE }],
    free: freeIntervals([{ start: BASE, end: BASE + 8 * 60 * MINUTE }], busy),
    busy,
    offline: false,
    hasMore: false,
  });

  test('an offered duration uses the page’s own start times, minus newer busy times and the past', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 40 }),
        fc.array(range, { maxLength: 4 }),
        fc.integer({ min: 0, max: 2_000 }),
        (offsets, busy, nowOffset) => {
          const starts = offsets.map((o) => BASE + o * 15 * MINUTE);
          const now = BASE + nowOffset * 5 * MINUTE;
          const slots = freeSlots(source([{ minutes: 30, starts }], busy), 30, { now, limit: 50 });
          for (const slot of slots) {
            expect(starts).toContain(slot.start);
            expect(slot.start).toBeGreaterThanOrEqual(now);
            expect(busy.some((b) => b.start < slot.end && slot.start < b.end)).toBe(false);
          }
          expect(slots.map((s) => s.start)).toEqual([...slots.map((s) => s.start)].sort((a, b) => a - b));
        },
      ),
    );
  });

  test('a duration the page does not offer is computed from its windows and busy times', () => {
    const busy = [{ start: BASE + 60 * MINUTE, end: BASE + 90 * MINUTE }];
    const slots = freeSlots(source([{ minutes: 30, starts: [BASE] }], busy), 45, { now: BASE, limit: 3 });
    expect(slots.map((s) => (s.start - BASE) / MINUTE)).toEqual([0, 15, 90]);
  });

  test('no scheduling page: no slots', () => {
    expect(freeSlots({ kind: 'none', reason: 'no_link' }, 30, { now: BASE })).toEqual([]);
  });
});

// Whole-hour, half-hour and 45-minute offsets, DST north and south, a 30-minute DST shift (Lord Howe).
const ZONES = [
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Madrid',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Adelaide',
  'Australia/Eucla',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Chatham',
];
/** Instants around 2026's DST changes in those zones. */
const AROUND_DST = fc.constantFrom(
  '2026-03-05T12:00:00Z',
  '2026-03-26T12:00:00Z',
  '2026-04-02T12:00:00Z',
  '2026-09-24T12:00:00Z',
  '2026-10-22T12:00:00Z',
  '2026-10-29T12:00:00Z',
);

describe('workingWindows and slots in them, across zones and DST changes', () => {
  test('every window opens at 09:00 and closes at 17:00 on the zone’s wall clock, on a weekday', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), AROUND_DST, (zone, fromIso) => {
        const windows = workingWindows(zone, Date.parse(fromIso), 14);
        expect(windows.length).toBe(10);
        for (const w of windows) {
          const open = utcToWallClock(new Date(w.start).toISOString(), zone);
          const close = utcToWallClock(new Date(w.end).toISOString(), zone);
          expect(open.slice(11)).toBe('09:00');
          expect(close.slice(11)).toBe('17:00');
          expect(open.slice(0, 10)).toBe(close.slice(0, 10));
          const weekday = new Date(`${open.slice(0, 10)}T00:00:00Z`).getUTCDay();
          expect([1, 2, 3, 4, 5]).toContain(weekday);
        }
      }),
    );
  });

  test('computed slots keep the zone’s wall-clock grid (e.g. 09:00, 09:45 in Kathmandu, not UTC quarters)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        AROUND_DST,
        fc.constantFrom(30, 45, 60),
        (zone, fromIso, minutes) => {
          const from = Date.parse(fromIso);
          const slots = slotsInWindows(workingWindows(zone, from, 7), [], minutes, {
            now: from,
            limit: 200,
            stepMinutes: 15,
          });
          expect(slots.length).toBeGreaterThan(0);
          for (const slot of slots) {
            const start = utcToWallClock(new Date(slot.start).toISOString(), zone).slice(11);
            const end = utcToWallClock(new Date(slot.end).toISOString(), zone).slice(11);
            expect(Number(start.slice(3)) % 15).toBe(0);
            expect(start >= '09:00' && end <= '17:00' && end > start).toBe(true);
          }
        },
      ),
    );
  });

  test('a window spanning a DST change is an hour (Lord Howe: half an hour) longer or shorter', () => {
    const length = (zone: string, day: string) => {
      const [w] = workingWindows(zone, Date.parse(`${day}T12:00:00Z`), 1, {
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        start: '00:00',
        end: '12:00',
      });
      return w ? (w.end - w.start) / MINUTE : undefined;
    };
    expect(length('America/New_York', '2026-03-08')).toBe(11 * 60);
    expect(length('America/New_York', '2026-11-01')).toBe(13 * 60);
    expect(length('Australia/Lord_Howe', '2026-04-05')).toBe(12 * 60 + 30);
    expect(length('Asia/Kathmandu', '2026-03-08')).toBe(12 * 60);
  });

  test('a start inside a DST gap moves to the first minute that exists', () => {
    // Havana skips 00:00–01:00 on 8 March 2026.
    const [w] = workingWindows('America/Havana', Date.parse('2026-03-08T12:00:00Z'), 1, {
      weekdays: [7],
      start: '00:00',
      end: '09:00',
    });
    expect(utcToWallClock(new Date(w!.start).toISOString(), 'America/Havana')).toBe('2026-03-08T01:00');
  });
});
