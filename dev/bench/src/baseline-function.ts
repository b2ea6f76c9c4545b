// The baseline for `npm run bench`: a create-meeting app function written the plain way, as
// HubSpot's samples do it. A client per call, the organizer's owner looked up each time, one POST,
// no validation, no retry, no duplicate check. Measured beside the real function to show what our
// validation, time-zone handling and exactly-once logic cost. Never shipped.
import { Client } from '@hubspot/api-client';

interface BaselineParameters {
  organizerUserId: string;
  title: string;
  start: string;
  end: string;
  timezone: string;
}

interface BaselineContext {
  parameters: BaselineParameters;
  propertiesToSend: { hs_object_id: string };
}

export async function main(context: BaselineContext): Promise<{ ok: boolean; id?: string }> {
  const hubspotClient = new Client({
    accessToken: process.env.PRIVATE_APP_ACCESS_TOKEN,
    basePath: process.env.HUBSPOT_API_BASE_URL,
  });
  const { organizerUserId, title, start, end, timezone } = context.parameters;
  const ownerResponse = await hubspotClient.apiRequest({
    method: 'GET',
    path: `/crm/owners/2026-03/${organizerUserId}`,
    qs: { idProperty: 'userId' },
  });
  const owner = (await ownerResponse.json()) as { id: string };
  // Plain code reads the wall-clock time as UTC: wrong for every zone but UTC, and free.
  const startUtc = new Date(`${start}:00Z`).toISOString();
  const response = await hubspotClient.apiRequest({
    method: 'POST',
    path: '/scheduler/2026-03/meetings/calendar',
    qs: { organizerUserId },
    body: {
      associations: [
        {
          to: { id: String(context.propertiesToSend.hs_object_id) },
          types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }],
        },
      ],
      emailReminderSchedule: { reminders: [], shouldIncludeInviteDescription: false },
      properties: {
        hs_meeting_title: title,
        hs_meeting_start_time: startUtc,
        hs_meeting_end_time: new Date(`${end}:00Z`).toISOString(),
        hs_timestamp: startUtc,
        hs_meeting_outcome: 'SCHEDULED',
        hubspot_owner_id: String(owner.id),
      },
      timezone,
    },
  });
  const meeting = (await response.json()) as { id?: string };
  return { ok: response.ok, id: meeting.id };
}
