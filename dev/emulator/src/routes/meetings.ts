// Meetings: create (Scheduler API) and search. Reads of the primary store are in meeting-reads.ts.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { toErrorDetails } from '../contract';
import { guard, isoOf, isVisible, type EmulatorContext } from '../context';
import { errorBody, HubSpotError, notFound, validationError, type ErrorDetail } from '../errors';
import { checkSearchRequest, MAX_SEARCH_LIMIT, searchMeetings, type SearchRequest } from '../search';
import type { SeedAccount, StoredMeeting } from '../types';

export const WRITE_SCOPES = ['crm.objects.contacts.write', 'meetings-write'];
export const READ_SCOPES = ['crm.objects.contacts.read'];

const MULTI_VALUED = new Set(['hs_attendee_owner_ids', 'hs_attachment_ids']);
const DATE_FIELDS = ['hs_meeting_start_time', 'hs_meeting_end_time', 'hs_timestamp'];
const ALWAYS_RETURNED = ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];

/** Association type ids (HUBSPOT_DEFINED) the emulator knows: meeting -> contact/company/deal. */
const ASSOCIATION_TYPES: Record<number, 'contacts' | 'companies' | 'deals'> = {
  200: 'contacts',
  188: 'companies',
  212: 'deals',
};

interface CreateBody {
  associations: Array<{
    to: { id: string };
    types: Array<{ associationCategory: string; associationTypeId: number }>;
  }>;
  emailReminderSchedule: { reminders: unknown[]; shouldIncludeInviteDescription: boolean };
  properties: Record<string, string | string[] | undefined>;
  timezone: string;
}

export function registerMeetingRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.post('/scheduler/2026-03/meetings/calendar', async (request) => {
    const auth = guard(ctx, request, WRITE_SCOPES);
    const account = ctx.store.account(auth.portalId);
    if (!account) throw notFound(`Account ${auth.portalId} does not exist`);
    const { organizerUserId } = request.query as { organizerUserId?: string };
    if (!organizerUserId) {
      throw validationError('organizerUserId is required', [
        {
          message: 'query parameter organizerUserId is required',
          in: 'organizerUserId',
          code: 'REQUIRED_FIELD',
        },
      ]);
    }
    if (!ctx.contract.validateRequest(request.body)) {
      throw validationError(
        'Invalid input JSON: the request body does not match the create calendar event schema',
        toErrorDetails(ctx.contract.validateRequest.errors),
      );
    }
    const body = request.body as CreateBody;
    if (!account.users.some((u) => u.id === organizerUserId)) {
      throw notFound(
        `No user with id ${organizerUserId} exists in account ${account.portalId} (organizerUserId)`,
      );
    }
    const problems = checkMeetingSemantics(account, body);
    if (problems.length) throw validationError('Property values were not valid', problems);
    const associations = resolveAssociations(account, body);

    const now = ctx.clock.now();
    const id = ctx.store.nextMeetingId();
    const lag = ctx.lag.draw();
    const meeting: StoredMeeting = {
      id,
      portalId: account.portalId,
      organizerUserId,
      timezone: body.timezone,
      properties: storedProperties(id, organizerUserId, body, now),
      associations,
      emailReminderSchedule: body.emailReminderSchedule,
      createdAt: now,
      updatedAt: now,
      visibleAt: {
        search: now + lag.search,
        objectRead: now + lag.objectRead,
        associationRead: now + lag.associationRead,
      },
    };
    ctx.store.addMeeting(meeting);
    return {
      id,
      createdAt: isoOf(now),
      lastUpdatedAt: isoOf(now),
      properties: responseProperties(meeting),
    };
  });

  app.post('/crm/objects/2026-03/meetings/search', async (request) => {
    const auth = guard(ctx, request, READ_SCOPES, { search: true });
    const body = (request.body ?? {}) as SearchRequest;
    checkSearchRequest(body);
    // HubSpot's search index lags behind writes: a new meeting shows up only at its drawn visibleAt.search.
    const now = ctx.clock.now();
    const indexed = ctx.store.meetings(auth.portalId).filter((m) => isVisible(m, 'search', now));
    const matched = searchMeetings(indexed, body);
    const limit = body.limit ?? 10;
    const offset = Number(body.after ?? 0) || 0;
    const page = matched.slice(offset, offset + Math.min(limit, MAX_SEARCH_LIMIT));
    const properties = body.properties ?? [];
    const next = offset + page.length;
    return {
      total: matched.length,
      results: page.map((m) => crmObject(m, properties)),
      ...(next < matched.length ? { paging: { next: { after: String(next), link: '' } } } : {}),
    };
  });
}

function checkMeetingSemantics(account: SeedAccount, body: CreateBody): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const props = body.properties;
  const activeOwner = (id: string) => account.owners.some((o) => o.id === id && !o.archived);
  const ownerId = String(props.hubspot_owner_id ?? '');
  if (!activeOwner(ownerId)) {
    problems.push(
      detail(
        'properties.hubspot_owner_id',
        `${ownerId} is not a valid owner id in this account`,
        'INVALID_OWNER_ID',
      ),
    );
  }
  const attendees = (props.hs_attendee_owner_ids as string[] | undefined) ?? [];
  for (const attendee of attendees) {
    if (!activeOwner(attendee)) {
      problems.push(
        detail(
          'properties.hs_attendee_owner_ids',
          `${attendee} is not a valid owner id in this account`,
          'INVALID_OWNER_ID',
        ),
      );
    }
  }
  const type = props.hs_activity_type as string | undefined;
  if (type && !account.meetingTypes.some((t) => t.value === type)) {
    problems.push(
      detail('properties.hs_activity_type', `${type} was not one of the allowed options`, 'INVALID_OPTION'),
    );
  }
  const start = Date.parse(String(props.hs_meeting_start_time));
  const end = Date.parse(String(props.hs_meeting_end_time));
  if (end <= start) {
    problems.push(
      detail(
        'properties.hs_meeting_end_time',
        'hs_meeting_end_time must be after hs_meeting_start_time',
        'INVALID_VALUE',
      ),
    );
  }
  if (!isTimeZone(body.timezone)) {
    problems.push(detail('timezone', `${body.timezone} is not a known time zone`, 'INVALID_VALUE'));
  }
  body.associations.forEach((a, i) =>
    a.types.forEach((t) => {
      if (t.associationCategory !== 'HUBSPOT_DEFINED' || !ASSOCIATION_TYPES[t.associationTypeId]) {
        problems.push(
          detail(
            `associations[${i}].types`,
            `association type ${t.associationCategory}/${t.associationTypeId} is not valid from meetings`,
            'INVALID_ASSOCIATION_TYPE',
          ),
        );
      }
    }),
  );
  return problems;
}

function resolveAssociations(account: SeedAccount, body: CreateBody): StoredMeeting['associations'] {
  const result: StoredMeeting['associations'] = { contacts: [], companies: [], deals: [] };
  for (const association of body.associations) {
    for (const type of association.types) {
      const kind = ASSOCIATION_TYPES[type.associationTypeId];
      if (!kind) continue;
      const records: Array<{ id: string }> = kind === 'contacts' ? account.contacts : (account[kind] ?? []);
      if (!records.some((c) => c.id === association.to.id)) {
        const noun = kind === 'contacts' ? 'contact' : kind === 'companies' ? 'company' : 'deal';
        throw new HubSpotError(
          404,
          errorBody('OBJECT_NOT_FOUND', `Cannot associate: no ${noun} with id ${association.to.id}`, {
            errors: [
              {
                message: `${noun} ${association.to.id} does not exist`,
                in: 'associations',
                context: { id: [association.to.id] },
              },
            ],
          }),
        );
      }
      if (!result[kind].includes(association.to.id)) result[kind].push(association.to.id);
    }
  }
  return result;
}

function storedProperties(
  id: string,
  organizerUserId: string,
  body: CreateBody,
  now: number,
): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [name, value] of Object.entries(body.properties)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) props[name] = value.join(';');
    else props[name] = DATE_FIELDS.includes(name) ? new Date(value).toISOString() : value;
  }
  return {
    ...props,
    hs_object_id: id,
    hs_createdate: isoOf(now),
    hs_lastmodifieddate: isoOf(now),
    hs_engagement_source: 'MEETINGS',
    hs_engagement_source_id: randomUUID(),
    hs_unique_id: randomUUID(),
    hs_include_description_in_reminder: String(body.emailReminderSchedule.shouldIncludeInviteDescription),
    hs_meeting_external_url: `https://meetings.emulator.invalid/${id}`,
    hs_created_by_user_id: organizerUserId,
  };
}

/** The create response: CRM strings, except the list properties, which the Scheduler API returns as arrays. */
function responseProperties(meeting: StoredMeeting): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(meeting.properties)) {
    out[name] = MULTI_VALUED.has(name) ? (value ? value.split(';') : []) : value;
  }
  return out;
}

/** A meeting as the CRM objects API returns it: the asked-for properties (null when unset) plus the defaults. */
export function crmObject(meeting: StoredMeeting, requested: string[]) {
  const properties: Record<string, string | null> = {};
  for (const name of [...ALWAYS_RETURNED, ...requested]) properties[name] = meeting.properties[name] ?? null;
  return {
    id: meeting.id,
    properties,
    createdAt: isoOf(meeting.createdAt),
    updatedAt: isoOf(meeting.updatedAt),
    archived: false,
  };
}

function detail(field: string, message: string, code: string): ErrorDetail {
  return { message: `${field}: ${message}`, in: field, code, context: { field: [field] } };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
