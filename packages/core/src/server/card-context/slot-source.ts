import { freeIntervals, mergeRanges, type SlotSource, type TimeRange } from '../../slots';
import type { HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { sendRead, type ReadOptions } from '../send-read';

/** Start times kept per offered duration (the card shows a handful; more would only fill the answer). */
export const OFFERED_STARTS_KEPT = 40;

interface LinksAnswer {
  results?: Array<{
    slug?: string;
    name?: string;
    link?: string;
    defaultLink?: boolean;
    organizerUserId?: string;
  }>;
}
interface AvailabilityAnswer {
  linkAvailability?: {
    hasMore?: boolean;
    linkAvailabilityByDuration?: Record<
      string,
      {
        meetingDurationMillis?: number;
        availabilities?: Array<{ startMillisUtc?: number; endMillisUtc?: number }>;
      }
    >;
  };
  allUsersBusyTimes?: Array<{ busyTimes?: Array<{ start?: number; end?: number }>; isOffline?: boolean }>;
}

/**
 * The organizer's free time from their default scheduling page: GET /scheduler/2026-03/meetings/meeting-links
 * ?organizerUserId (the default link first), then its availability page in `timeZone`. Both need the optional
 * scope scheduler.meetings.meeting-link.read; without it, or without a link, the card works with typed times.
 */
/** The organizer's default link per account, for a while: a warm instance skips the links call. */
const LINK_TTL_MS = 10 * 60_000;
const MAX_CACHED_LINKS = 5_000;
const linkCache = new Map<string, { link: { slug: string; name: string; url: string }; expiresAt: number }>();

export async function loadSlotSource(
  api: HubSpotApi,
  organizerUserId: string,
  timeZone: string,
  reads: ReadOptions,
  now: () => number = Date.now,
): Promise<SlotSource> {
  const key = `${api.accountKey}\u0000${organizerUserId}`;
  const cached = linkCache.get(key);
  if (cached && cached.expiresAt > now()) {
    const source = await availabilityOf(api, cached.link, timeZone, reads);
    // A link deleted meanwhile answers 404: forget it and look the links up again.
    if (source.kind === 'link' || source.reason !== 'unavailable') return source;
    linkCache.delete(key);
  }
  try {
    const links = await sendRead(
      api,
      {
        method: 'GET',
        path: '/scheduler/2026-03/meetings/meeting-links',
        query: { organizerUserId, limit: '100' },
      },
      reads,
    );
    if (links.status === 403) return { kind: 'none', reason: 'missing_scope' };
    if (!isSuccess(links)) return { kind: 'none', reason: 'unavailable' };
    const own = ((links.body as LinksAnswer).results ?? []).filter(
      (l) => l.slug && (l.organizerUserId === undefined || String(l.organizerUserId) === organizerUserId),
    );
    const found = own.find((l) => l.defaultLink) ?? own[0];
    if (!found?.slug) return { kind: 'none', reason: 'no_link' };
    const link = { slug: found.slug, name: found.name ?? found.slug, url: found.link ?? '' };
    if (linkCache.size >= MAX_CACHED_LINKS) linkCache.delete(linkCache.keys().next().value as string);
    linkCache.set(key, { link, expiresAt: now() + LINK_TTL_MS });
    return await availabilityOf(api, link, timeZone, reads);
  } catch {
    // A read that timed out or lost its connection: slots are a help, never a reason to fail the card.
    return { kind: 'none', reason: 'unavailable' };
  }
}

/** The availability page of one link in `timeZone` (monthOffset 0). */
async function availabilityOf(
  api: HubSpotApi,
  link: { slug: string; name: string; url: string },
  timeZone: string,
  reads: ReadOptions,
): Promise<SlotSource> {
  try {
    const page = await sendRead(
      api,
      {
        method: 'GET',
        path: `/scheduler/2026-03/meetings/meeting-links/book/availability-page/${encodeURIComponent(link.slug)}`,
        query: { timezone: timeZone, monthOffset: '0' },
      },
      reads,
    );
    if (page.status === 403) return { kind: 'none', reason: 'missing_scope' };
    if (!isSuccess(page)) return { kind: 'none', reason: 'unavailable' };
    return toSlotSource(page.body as AvailabilityAnswer, link);
  } catch {
    return { kind: 'none', reason: 'unavailable' };
  }
}

const isRange = (r: { start?: number; end?: number }): r is TimeRange =>
  Number.isFinite(r.start) && Number.isFinite(r.end) && (r.end as number) > (r.start as number);

export function toSlotSource(
  page: AvailabilityAnswer,
  link: { slug: string; name: string; url: string },
): SlotSource {
  const offered: Array<{ minutes: number; starts: number[] }> = [];
  const all: TimeRange[] = [];
  for (const duration of Object.values(page.linkAvailability?.linkAvailabilityByDuration ?? {})) {
    const millis = duration.meetingDurationMillis;
    if (!millis || millis <= 0) continue;
    const ranges = (duration.availabilities ?? [])
      .map((a) => ({ start: a.startMillisUtc, end: a.endMillisUtc }))
      .filter(isRange)
      .sort((a, b) => a.start - b.start);
    all.push(...ranges);
    offered.push({
      minutes: Math.round(millis / 60_000),
      starts: ranges.slice(0, OFFERED_STARTS_KEPT).map((r) => r.start),
    });
  }
  const members = page.allUsersBusyTimes ?? [];
  const busy = mergeRanges(members.flatMap((m) => (m.busyTimes ?? []).filter(isRange)));
  const windows = mergeRanges(all);
  // Ready for the card: offered starts that are busy after all dropped, the free intervals computed.
  for (const o of offered)
    o.starts = o.starts.filter((start) =>
      busy.every((b) => b.end <= start || b.start >= start + o.minutes * 60_000),
    );
  return {
    kind: 'link',
    link,
    offered,
    windows,
    free: freeIntervals(windows, busy),
    busy,
    offline: members.some((m) => m.isOffline === true),
    hasMore: page.linkAvailability?.hasMore === true,
  };
}
