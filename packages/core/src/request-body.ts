import { mappedValues, type TrustedIds } from './meeting-properties';
import type { MeetingInput } from './types';

/** Meeting -> contact, as HubSpot defines it. */
export const MEETING_TO_CONTACT_ASSOCIATION = {
  associationCategory: 'HUBSPOT_DEFINED',
  associationTypeId: 200,
} as const;

/**
 * Associations beside the contact (issue 10): the company and deal, with type ids from HubSpot's labels
 * API (or its defined ids). Server-side only: built from records HubSpot said are associated.
 */
export interface MeetingAssociations {
  /** The meeting → contact type id, when the labels API named one (default 200). */
  contactTypeId?: number;
  extra?: CreateMeetingBody['associations'];
}

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
 * The exact body of POST /scheduler/2026-03/meetings/calendar, from the one field table
 * (meeting-properties.ts). `contactId` must come from what
 * HubSpot vouched for (propertiesToSend.hs_object_id, or a signed request), never from the card's input.
 */
export function buildCreateMeetingRequest(
  input: MeetingInput,
  trusted: TrustedIds,
  associations: MeetingAssociations = {},
): CreateMeetingRequest {
  const body = mappedValues(input, trusted, 'body') as Pick<
    CreateMeetingBody,
    'timezone' | 'emailReminderSchedule'
  >;
  return {
    path: '/scheduler/2026-03/meetings/calendar',
    query: mappedValues(input, trusted, 'query') as CreateMeetingRequest['query'],
    body: {
      associations: [
        {
          to: { id: trusted.contactId },
          types: [
            associations.contactTypeId === undefined
              ? { ...MEETING_TO_CONTACT_ASSOCIATION }
              : { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: associations.contactTypeId },
          ],
        },
        ...(associations.extra ?? []),
      ],
      emailReminderSchedule: body.emailReminderSchedule,
      properties: mappedValues(input, trusted, 'properties') as CreateMeetingBody['properties'],
      timezone: body.timezone,
    },
  };
}

/** A HubSpot record id: digits only. Anything else is not something HubSpot vouched for. */
export function isRecordId(value: unknown): value is string {
  return typeof value === 'string'
    ? /^\d{1,20}$/.test(value)
    : typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
