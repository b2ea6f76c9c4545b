import type { MeetingInput } from './types';

/** Meeting -> contact, as HubSpot defines it. */
export const MEETING_TO_CONTACT_ASSOCIATION = {
  associationCategory: 'HUBSPOT_DEFINED',
  associationTypeId: 200,
} as const;

export interface CreateMeetingRequest {
  path: '/scheduler/2026-03/meetings/calendar';
  query: { organizerUserId: string };
  body: CreateMeetingBody;
}

export interface CreateMeetingBody {
  associations: {
    to: { id: string };
    types: { associationCategory: 'HUBSPOT_DEFINED'; associationTypeId: number }[];
  }[];
  emailReminderSchedule: {
    reminders: { numberOfTimeUnits: number; timeUnit: string }[];
    shouldIncludeInviteDescription: boolean;
  };
  properties: {
    hs_meeting_title: string;
    hs_meeting_start_time: string;
    hs_meeting_end_time: string;
    hs_timestamp: string;
    hs_meeting_outcome: string;
    hubspot_owner_id: string;
    hs_meeting_body?: string;
    hs_internal_meeting_notes?: string;
    hs_meeting_location?: string;
    hs_meeting_location_type?: 'ADDRESS' | 'PHONE' | 'CUSTOM';
    hs_activity_type?: string;
    hs_attendee_owner_ids?: string[];
  };
  timezone: string;
}

/**
 * The exact body of POST /scheduler/2026-03/meetings/calendar. `contactId` must come from what
 * HubSpot vouched for (propertiesToSend.hs_object_id, or a signed request), never from the card's input.
 */
export function buildCreateMeetingRequest(
  input: MeetingInput,
  trusted: { contactId: string; organizerOwnerId: string },
): CreateMeetingRequest {
  const properties: CreateMeetingBody['properties'] = {
    hs_meeting_title: input.title,
    hs_meeting_start_time: input.startUtc,
    hs_meeting_end_time: input.endUtc,
    hs_timestamp: input.startUtc,
    hs_meeting_outcome: input.outcome,
    hubspot_owner_id: trusted.organizerOwnerId,
  };
  if (input.description) properties.hs_meeting_body = input.description;
  if (input.internalNotes) properties.hs_internal_meeting_notes = input.internalNotes;
  if (input.location) properties.hs_meeting_location = input.location;
  if (input.locationType) properties.hs_meeting_location_type = input.locationType;
  if (input.activityType) properties.hs_activity_type = input.activityType;
  if (input.attendeeOwnerIds.length > 0) properties.hs_attendee_owner_ids = input.attendeeOwnerIds;

  return {
    path: '/scheduler/2026-03/meetings/calendar',
    query: { organizerUserId: input.organizerUserId },
    body: {
      associations: [{ to: { id: trusted.contactId }, types: [{ ...MEETING_TO_CONTACT_ASSOCIATION }] }],
      emailReminderSchedule: {
        reminders: input.reminders.map((r) => ({
          numberOfTimeUnits: r.numberOfTimeUnits,
          timeUnit: r.timeUnit,
        })),
        shouldIncludeInviteDescription: input.includeDescriptionInReminders,
      },
      properties,
      timezone: input.timezone,
    },
  };
}

/** A HubSpot record id: digits only. Anything else is not something HubSpot vouched for. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string'
    ? /^\d{1,20}$/.test(value)
    : typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
