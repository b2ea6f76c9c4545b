// Scheduling pages (HubSpot Scheduler API 2026-03, PublicApiSpecs/Scheduler/Meetings/Rollouts/177892/2026-03):
// GET /scheduler/2026-03/meetings/meeting-links (CollectionResponseWithTotalExternalLinkMetadata) and
// GET /scheduler/2026-03/meetings/meeting-links/book/availability-page/{slug}?timezone&monthOffset
// (ExternalLinkAvailabilityAndBusyTimes). Both need scope scheduler.meetings.meeting-link.read.
import type { FastifyInstance } from 'fastify';
import { guard, isoOf, type EmulatorContext } from '../context';
import { notFound, validationError } from '../errors';
import { busyTimesOf, freeSlots, monthWindow } from '../scheduling';
import type { SeedAccount, SeedMeetingLink } from '../types';

export const MEETING_LINK_SCOPES = ['scheduler.meetings.meeting-link.read'];
const LINK_TYPES = ['PERSONAL_LINK', 'GROUP_CALENDAR', 'ROUND_ROBIN_CALENDAR'];
const MAX_LINKS_LIMIT = 100;
/** Seeded links are dated to this instant. */
const LINK_CREATED_AT = '2025-02-03T12:00:00.000Z';
const DAY_MS = 86_400_000;

export function registerSchedulerRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/scheduler/2026-03/meetings/meeting-links', async (request) => {
    const auth = guard(ctx, request, MEETING_LINK_SCOPES);
    const query = request.query as {
      after?: string;
      limit?: string;
      name?: string;
      organizerUserId?: string;
      type?: string;
    };
    const limit = query.limit === undefined ? 20 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LINKS_LIMIT)
      throw validationError(`limit must be an integer from 1 to ${MAX_LINKS_LIMIT}`, [
        { message: 'invalid limit', in: 'limit' },
      ]);
    if (query.type !== undefined && !LINK_TYPES.includes(query.type))
      throw validationError(`type must be one of ${LINK_TYPES.join(', ')}`, [
        { message: 'invalid type', in: 'type' },
      ]);
    let links = ctx.store.account(auth.portalId)?.meetingLinks ?? [];
    if (query.organizerUserId !== undefined)
      links = links.filter((l) => l.organizerUserId === query.organizerUserId);
    if (query.type !== undefined) links = links.filter((l) => l.type === query.type);
    if (query.name !== undefined) {
      const name = query.name.toLowerCase();
      links = links.filter((l) => l.name.toLowerCase().includes(name));
    }
    const offset = query.after === undefined ? 0 : Number(query.after);
    if (!Number.isInteger(offset) || offset < 0)
      throw validationError('invalid after cursor', [{ message: 'invalid after', in: 'after' }]);
    const page = links.slice(offset, offset + limit);
    const next = offset + page.length;
    return {
      total: links.length,
      results: page.map(linkMetadata),
      ...(next < links.length ? { paging: { next: { after: String(next), link: '' } } } : {}),
    };
  });

  app.get('/scheduler/2026-03/meetings/meeting-links/book/availability-page/*', async (request) => {
    const auth = guard(ctx, request, MEETING_LINK_SCOPES);
    // Slugs may hold a '/' (e.g. "ana-souza/demo"): the rest of the path is the slug.
    const slug = decodeURIComponent((request.params as { '*': string })['*']);
    const query = request.query as { timezone?: string; monthOffset?: string };
    if (!query.timezone)
      throw validationError('timezone is required', [
        { message: 'query parameter timezone is required', in: 'timezone', code: 'REQUIRED_FIELD' },
      ]);
    if (!isTimeZone(query.timezone))
      throw validationError(`${query.timezone} is not a valid time zone`, [
        { message: 'invalid timezone', in: 'timezone' },
      ]);
    const monthOffset = query.monthOffset === undefined ? 0 : Number(query.monthOffset);
    if (!Number.isInteger(monthOffset))
      throw validationError('monthOffset must be an integer', [
        { message: 'invalid monthOffset', in: 'monthOffset' },
      ]);
    const account = ctx.store.account(auth.portalId);
    const link = account?.meetingLinks?.find((l) => l.slug === slug);
    if (!account || !link) throw notFound(`No meeting link with slug ${slug}`);
    return availabilityPage(ctx, account, link, query.timezone, monthOffset);
  });
}

function availabilityPage(
  ctx: EmulatorContext,
  account: SeedAccount,
  link: SeedMeetingLink,
  timeZone: string,
  monthOffset: number,
) {
  const now = ctx.clock.now();
  const month = monthWindow(now, timeZone, monthOffset);
  const bookableEnd = now + link.rollingWindowDays * DAY_MS;
  const window = { start: Math.max(month.start, now), end: Math.min(month.end, bookableEnd) };
  const meetings = ctx.store.meetings(account.portalId);
  const members = link.userIdsOfLinkMembers;
  const calendars = new Map((account.calendars ?? []).map((c) => [c.userId, c]));
  const allUsersBusyTimes = members.map((userId) => {
    const user = account.users.find((u) => u.id === userId);
    const calendar = calendars.get(userId);
    const offline = Boolean(calendar?.offline);
    // An offline calendar is one HubSpot cannot read: it knows no busy times for it.
    const busy =
      offline || window.end <= window.start ? [] : busyTimesOf(account, meetings, userId, window, now);
    return {
      meetingsUser: {
        id: `mu-${userId}`,
        userId,
        calendarProvider: calendar?.provider ?? 'UNKNOWN',
        isSalesStarter: false,
        userProfile: {
          email: user?.email ?? `${userId}@unknown.example`,
          ...(user
            ? {
                firstName: user.firstName,
                lastName: user.lastName,
                fullName: `${user.firstName} ${user.lastName}`,
              }
            : {}),
        },
      },
      busyTimes: busy.map((b) => ({ start: b.start, end: b.end })),
      isOffline: offline,
    };
  });
  const busy = allUsersBusyTimes.flatMap((u) => u.busyTimes);
  const linkAvailabilityByDuration: Record<
    string,
    { meetingDurationMillis: number; availabilities: unknown[] }
  > = {};
  for (const minutes of link.durationsMinutes) {
    const millis = minutes * 60_000;
    const slots = window.end > window.start ? freeSlots(link, minutes, window, busy) : [];
    linkAvailabilityByDuration[String(millis)] = {
      meetingDurationMillis: millis,
      availabilities: slots.map((s) => ({ startMillisUtc: s.start, endMillisUtc: s.end })),
    };
  }
  return {
    allUsersBusyTimes,
    linkAvailability: { hasMore: bookableEnd > month.end, linkAvailabilityByDuration },
  };
}

function linkMetadata(link: SeedMeetingLink) {
  return {
    id: link.id,
    slug: link.slug,
    name: link.name,
    type: link.type,
    link: `https://meetings.emulator.invalid/meetings/${link.slug}`,
    organizerUserId: link.organizerUserId,
    userIdsOfLinkMembers: link.userIdsOfLinkMembers,
    defaultLink: link.defaultLink,
    createdAt: LINK_CREATED_AT,
    updatedAt: isoOf(Date.parse(LINK_CREATED_AT)),
  };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
