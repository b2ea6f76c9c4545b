import type { MeetingField, MeetingInput } from './types';

/** What the server adds to the rep's input: ids HubSpot vouched for or that were looked up. */
export interface TrustedIds {
  contactId: string;
  organizerOwnerId: string;
}

export interface MeetingPropertyMapping {
  /** HubSpot's name: a meeting property, a top-level key of the create body, or a query parameter. */
  name: string;
  in: 'properties' | 'body' | 'query';
  /** The form field it comes from: a 400 naming `name` is shown on this field. */
  field: MeetingField;
  /** What is sent; undefined means "not sent". */
  value: (input: MeetingInput, trusted: TrustedIds) => unknown;
  /** Found again after an ambiguous create by this value (with the contact and the creation time). */
  identifies?: true;
  /** Computed from other inputs by a lookup (the owner of the organizer): not part of the request's fingerprint. */
  lookedUp?: true;
}

const optional = (value: string | undefined) => (value ? value : undefined);

/**
 * THE map from form fields to HubSpot, for POST /scheduler/2026-03/meetings/calendar. The request
 * body (request-body.ts), the mapping of HubSpot's 400s back to fields (create-meeting.ts), the
 * request fingerprint and the look-up of a meeting after an ambiguous create (server/) all read it.
 */
export const MEETING_PROPERTIES: readonly MeetingPropertyMapping[] = [
  { name: 'hs_meeting_title', in: 'properties', field: 'title', value: (i) => i.title, identifies: true },
  {
    name: 'hs_meeting_start_time',
    in: 'properties',
    field: 'start',
    value: (i) => i.startUtc,
    identifies: true,
  },
  { name: 'hs_meeting_end_time', in: 'properties', field: 'end', value: (i) => i.endUtc },
  { name: 'hs_timestamp', in: 'properties', field: 'start', value: (i) => i.startUtc },
  { name: 'hs_meeting_outcome', in: 'properties', field: 'outcome', value: (i) => i.outcome },
  {
    name: 'hubspot_owner_id',
    in: 'properties',
    field: 'organizerUserId',
    value: (_i, t) => t.organizerOwnerId,
    identifies: true,
    lookedUp: true,
  },
  { name: 'hs_meeting_body', in: 'properties', field: 'description', value: (i) => optional(i.description) },
  {
    name: 'hs_internal_meeting_notes',
    in: 'properties',
    field: 'internalNotes',
    value: (i) => optional(i.internalNotes),
  },
  { name: 'hs_meeting_location', in: 'properties', field: 'location', value: (i) => optional(i.location) },
  {
    name: 'hs_meeting_location_type',
    in: 'properties',
    field: 'locationType',
    value: (i) => optional(i.locationType),
  },
  {
    name: 'hs_activity_type',
    in: 'properties',
    field: 'activityType',
    value: (i) => optional(i.activityType),
  },
  {
    name: 'hs_attendee_owner_ids',
    in: 'properties',
    field: 'attendeeOwnerIds',
    value: (i) => (i.attendeeOwnerIds.length > 0 ? i.attendeeOwnerIds : undefined),
  },
  { name: 'timezone', in: 'body', field: 'timezone', value: (i) => i.timezone },
  {
    name: 'emailReminderSchedule',
    in: 'body',
    field: 'reminders',
    value: (i) => ({
      reminders: i.reminders.map((r) => ({ numberOfTimeUnits: r.numberOfTimeUnits, timeUnit: r.timeUnit })),
      shouldIncludeInviteDescription: i.includeDescriptionInReminders,
    }),
  },
  { name: 'organizerUserId', in: 'query', field: 'organizerUserId', value: (i) => i.organizerUserId },
];

/** The form field a HubSpot name belongs to, if it is one of ours. */
export function fieldOfHubSpotName(name: string): MeetingField | undefined {
  return MEETING_PROPERTIES.find((mapping) => mapping.name === name)?.field;
}

/** `in` -> name -> value, the values that are sent. */
export function mappedValues(
  input: MeetingInput,
  trusted: TrustedIds,
  where: MeetingPropertyMapping['in'],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const mapping of MEETING_PROPERTIES) {
    if (mapping.in !== where) continue;
    const value = mapping.value(input, trusted);
    if (value !== undefined) values[mapping.name] = value;
  }
  return values;
}
