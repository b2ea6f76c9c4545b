// Scheduling pages over real HTTP, checked against the 2026-03 Scheduler spec's shapes: meeting links by
// organizer, the availability page (free slots per duration, busy times per member, isOffline, hasMore),
// across a DST change, and the scope they need.
import { ACME_CONTACTS_ONLY_TOKEN, ACME_TOKEN, GLOBEX_TOKEN, startEmulator, type Emulator } from './index';
import { recordSpecValidators } from './spec-shapes-records';
import { call, validMeetingBody } from './test-support';

const LINKS = '/scheduler/2026-03/meetings/meeting-links';
const availability = (slug: string, query: string) =>
  `/scheduler/2026-03/meetings/meeting-links/book/availability-page/${encodeURIComponent(slug)}?${query}`;
const shapes = recordSpecValidators();
/** Thursday 5 March 2026, 12:00 UTC: New York moves to EDT on Sunday 8 March. */
const THURSDAY = Date.parse('2026-03-05T12:00:00Z');

let now = THURSDAY;
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false, searchRateLimit: false, clock: () => now });
});
afterAll(() => emu.close());
beforeEach(() => {
  now = THURSDAY;
  emu.reset();
});

interface Slot {
  startMillisUtc: number;
  endMillisUtc: number;
}
const wallClock = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

describe('GET /scheduler/2026-03/meetings/meeting-links', () => {
  test('filters by organizerUserId, in the spec’s shape; a user without a link gets none', async () => {
    const ana = await call(emu, `${LINKS}?organizerUserId=7001`, { token: ACME_TOKEN });
    expect(ana.status).toBe(200);
    expect(shapes.meetingLinksPage(ana.body)).toBe('');
    expect(ana.body.total).toBe(2);
    expect(
      ana.body.results.map((l: { slug: string; defaultLink: boolean }) => [l.slug, l.defaultLink]),
    ).toEqual([
      ['ana-souza', true],
      ['ana-souza/demo', false],
    ]);
    const dev = await call(emu, `${LINKS}?organizerUserId=7004`, { token: ACME_TOKEN });
    expect(dev.body).toEqual({ total: 0, results: [] });
    const globex = await call(emu, LINKS, { token: GLOBEX_TOKEN });
    expect(globex.body).toEqual({ total: 0, results: [] });
    // The shape check can fail: a link without its required fields is refused.
    expect(shapes.meetingLinksPage({ total: 1, results: [{ slug: 'x' }] })).not.toBe('');
  });

  test('pages with limit/after and refuses an unknown type', async () => {
    const first = await call(emu, `${LINKS}?limit=2`, { token: ACME_TOKEN });
    expect(first.body.total).toBe(4);
    expect(first.body.results).toHaveLength(2);
    const second = await call(emu, `${LINKS}?limit=2&after=${first.body.paging.next.after}`, {
      token: ACME_TOKEN,
    });
    expect(second.body.results.map((l: { slug: string }) => l.slug)).toEqual(['ben-carter', 'carmen-ruiz']);
    expect(second.body.paging).toBeUndefined();
    expect((await call(emu, `${LINKS}?type=NOPE`, { token: ACME_TOKEN })).status).toBe(400);
  });

  test('needs scheduler.meetings.meeting-link.read: 403 MISSING_SCOPES without it', async () => {
    const res = await call(emu, LINKS, { token: ACME_CONTACTS_ONLY_TOKEN });
    expect(res.status).toBe(403);
    expect(res.body.category).toBe('MISSING_SCOPES');
    expect(res.body.context.requiredGranularScopes).toEqual(['scheduler.meetings.meeting-link.read']);
    const page = await call(emu, availability('ana-souza', 'timezone=UTC'), {
      token: ACME_CONTACTS_ONLY_TOKEN,
    });
    expect(page.status).toBe(403);
  });
});

describe('GET /scheduler/2026-03/meetings/meeting-links/book/availability-page/{slug}', () => {
  test('free slots per duration inside working hours, none overlapping the busy times, all in the future', async () => {
    const res = await call(emu, availability('ana-souza', 'timezone=America/Sao_Paulo'), {
      token: ACME_TOKEN,
    });
    expect(res.status).toBe(200);
    expect(shapes.availabilityPage(res.body)).toBe('');
    const byDuration = res.body.linkAvailability.linkAvailabilityByDuration;
    expect(
      Object.values(byDuration).map((d) => (d as { meetingDurationMillis: number }).meetingDurationMillis),
    ).toEqual([1_800_000, 3_600_000]);
    const [member] = res.body.allUsersBusyTimes;
    expect(member.meetingsUser.userId).toBe('7001');
    expect(member.isOffline).toBe(false);
    // Tomorrow (Friday 6 March) 10:00–11:30 São Paulo is busy: 13:00–14:30 UTC.
    expect(member.busyTimes).toContainEqual({
      start: Date.parse('2026-03-06T13:00:00Z'),
      end: Date.parse('2026-03-06T14:30:00Z'),
    });
    for (const { meetingDurationMillis, availabilities } of Object.values(byDuration) as Array<{
      meetingDurationMillis: number;
      availabilities: Slot[];
    }>) {
      expect(availabilities.length).toBeGreaterThan(10);
      for (const slot of availabilities) {
        expect(slot.endMillisUtc - slot.startMillisUtc).toBe(meetingDurationMillis);
        expect(slot.startMillisUtc).toBeGreaterThanOrEqual(now);
        const start = wallClock(slot.startMillisUtc, 'America/Sao_Paulo');
        expect(start).toMatch(/^(Mon|Tue|Wed|Thu|Fri) (09|1[0-7]):(00|15|30|45)$/);
        for (const busy of member.busyTimes)
          expect(slot.startMillisUtc < busy.end && slot.endMillisUtc > busy.start).toBe(false);
      }
    }
    // Today's 09:00 (12:00 UTC) is "now": the first slot is 09:00 São Paulo today.
    expect(byDuration['1800000'].availabilities[0].startMillisUtc).toBe(Date.parse('2026-03-05T12:00:00Z'));
    // Booked on 45-day window: the page says more is available next month.
    expect(res.body.linkAvailability.hasMore).toBe(true);
  });

  test('a meeting booked for the organizer becomes busy and its slot disappears', async () => {
    const slotStart = '2026-03-06T16:00:00Z';
    const created = await call(emu, '/scheduler/2026-03/meetings/calendar?organizerUserId=7001', {
      token: ACME_TOKEN,
      body: validMeetingBody({
        properties: {
          hs_meeting_start_time: slotStart,
          hs_timestamp: slotStart,
          hs_meeting_end_time: '2026-03-06T16:30:00Z',
        },
      }),
    });
    expect(created.status).toBe(200);
    const res = await call(emu, availability('ana-souza', 'timezone=America/Sao_Paulo'), {
      token: ACME_TOKEN,
    });
    const starts = res.body.linkAvailability.linkAvailabilityByDuration['1800000'].availabilities.map(
      (s: Slot) => s.startMillisUtc,
    );
    expect(starts).not.toContain(Date.parse(slotStart));
    expect(starts).toContain(Date.parse('2026-03-06T16:30:00Z'));
    expect(res.body.allUsersBusyTimes[0].busyTimes).toContainEqual({
      start: Date.parse(slotStart),
      end: Date.parse('2026-03-06T16:30:00Z'),
    });
  });

  test('across New York’s DST change the UTC start of 09:00 moves by an hour', async () => {
    const res = await call(emu, availability('ben-carter', 'timezone=America/New_York'), {
      token: ACME_TOKEN,
    });
    const slots: Slot[] = res.body.linkAvailability.linkAvailabilityByDuration['900000'].availabilities;
    const firstOn = (day: string) =>
      slots.find((s) => new Date(s.startMillisUtc).toISOString().startsWith(day));
    // Friday 6 March (EST, UTC-5): 09:00–10:30 busy, so the first free 15 minutes start at 10:30 = 15:30 UTC.
    expect(firstOn('2026-03-06')?.startMillisUtc).toBe(Date.parse('2026-03-06T15:30:00Z'));
    // Monday 9 March (EDT, UTC-4): 09:00 = 13:00 UTC.
    expect(firstOn('2026-03-09')?.startMillisUtc).toBe(Date.parse('2026-03-09T13:00:00Z'));
    // No weekend slots.
    expect(firstOn('2026-03-07')).toBeUndefined();
  });

  test('an offline calendar: isOffline true and no busy times known', async () => {
    const res = await call(emu, availability('carmen-ruiz', 'timezone=Europe/Madrid'), { token: ACME_TOKEN });
    expect(res.status).toBe(200);
    expect(shapes.availabilityPage(res.body)).toBe('');
    expect(res.body.allUsersBusyTimes[0]).toMatchObject({ isOffline: true, busyTimes: [] });
  });

  test('monthOffset moves to next month; the window ends where the link stops booking', async () => {
    const next = await call(emu, availability('ana-souza', 'timezone=America/Sao_Paulo&monthOffset=1'), {
      token: ACME_TOKEN,
    });
    const slots: Slot[] = next.body.linkAvailability.linkAvailabilityByDuration['1800000'].availabilities;
    expect(new Date(slots[0]!.startMillisUtc).toISOString()).toBe('2026-04-01T12:00:00.000Z');
    // 45 days from 5 March ends on 19 April.
    expect(Math.max(...slots.map((s) => s.endMillisUtc))).toBeLessThanOrEqual(THURSDAY + 45 * 86_400_000);
    expect(next.body.linkAvailability.hasMore).toBe(false);
  });

  test('a slug with a slash, an unknown slug (404), no timezone (400)', async () => {
    const demo = await call(emu, availability('ana-souza/demo', 'timezone=UTC'), { token: ACME_TOKEN });
    expect(demo.status).toBe(200);
    expect(Object.keys(demo.body.linkAvailability.linkAvailabilityByDuration)).toEqual(['2700000']);
    expect((await call(emu, availability('nobody', 'timezone=UTC'), { token: ACME_TOKEN })).status).toBe(404);
    const noZone = await call(emu, availability('ana-souza', ''), { token: ACME_TOKEN });
    expect(noZone.status).toBe(400);
    expect(noZone.body.errors[0].in).toBe('timezone');
  });
});
