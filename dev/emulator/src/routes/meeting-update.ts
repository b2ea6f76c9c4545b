// PATCH /crm/objects/2026-03/meetings/{meetingId} (HubSpot CRM Meetings 2026-03): a partial update,
// body SimplePublicObjectInput { properties: { name: string } }, answer SimplePublicObject. Scope
// crm.objects.contacts.write. Read-only and unknown properties are refused (400), as the spec says; the
// calendar invite is not the emulator's business (HubSpot documents nothing about it either).
import type { FastifyInstance } from 'fastify';
import { guard, isoOf, isVisible, type EmulatorContext } from '../context';
import { notFound, validationError, type ErrorDetail } from '../errors';
import { crmObject } from './meetings';

export const MEETING_UPDATE_SCOPES = ['crm.objects.contacts.write'];
const OUTCOMES = ['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'];
const WRITABLE = new Set([
  'hs_meeting_outcome',
  'hs_meeting_title',
  'hs_meeting_body',
  'hs_internal_meeting_notes',
  'hs_meeting_location',
  'hs_activity_type',
  'hs_meeting_start_time',
  'hs_meeting_end_time',
  'hs_timestamp',
  'hubspot_owner_id',
]);
const DATE_FIELDS = new Set(['hs_meeting_start_time', 'hs_meeting_end_time', 'hs_timestamp']);

export function registerMeetingUpdateRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.patch('/crm/objects/2026-03/meetings/:meetingId', async (request) => {
    const auth = guard(ctx, request, MEETING_UPDATE_SCOPES);
    const { meetingId } = request.params as { meetingId: string };
    const properties = checkInput(request.body);
    const now = ctx.clock.now();
    const meeting = ctx.store.meetings(auth.portalId).find((m) => m.id === meetingId);
    if (!meeting || !isVisible(meeting, 'objectRead', now)) throw notFound('resource not found');
    for (const [name, value] of Object.entries(properties)) {
      meeting.properties[name] = DATE_FIELDS.has(name) && value ? new Date(value).toISOString() : value;
    }
    meeting.updatedAt = now;
    meeting.properties.hs_lastmodifieddate = isoOf(now);
    ctx.store.save();
    return crmObject(meeting, Object.keys(properties));
  });
}

function checkInput(body: unknown): Record<string, string> {
  const properties = (body as { properties?: unknown } | null)?.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties))
    throw validationError('Invalid input JSON: properties is required', [
      { message: 'properties is required', in: 'properties', code: 'REQUIRED_FIELD' },
    ]);
  const problems: ErrorDetail[] = [];
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value !== 'string') {
      problems.push({ message: `${name} must be a string`, in: name, code: 'INVALID_TYPE' });
    } else if (!WRITABLE.has(name)) {
      problems.push({
        message: `Property "${name}" does not exist or is read-only`,
        in: name,
        code: 'PROPERTY_DOESNT_EXIST',
      });
    } else if (name === 'hs_meeting_outcome' && !OUTCOMES.includes(value)) {
      problems.push({
        message: `${value} was not one of the allowed options`,
        in: name,
        code: 'INVALID_OPTION',
      });
    } else if (DATE_FIELDS.has(name) && value !== '' && Number.isNaN(Date.parse(value))) {
      problems.push({ message: `${value} is not a valid date`, in: name, code: 'INVALID_DATE' });
    }
  }
  if (problems.length) throw validationError('Property values were not valid', problems);
  return properties as Record<string, string>;
}
