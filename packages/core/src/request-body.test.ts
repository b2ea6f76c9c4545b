import { contractErrors, validateRequestBody } from '../../../test/test-support/contract';
import { validateMeetingParametersInEnglish } from './input-schema';
import { buildCreateMeetingRequest } from './request-body';
import type { MeetingParameters } from './types';

const everything: MeetingParameters = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizerUserId: '7001',
  title: 'Quarterly review',
  start: '2026-11-01T01:30',
  end: '2026-11-01T02:15',
  timezone: 'America/New_York',
  locationType: 'PHONE',
  location: '+1 212 555 0100',
  description: 'Agenda: renewal',
  internalNotes: 'Bring the discount approval',
  attendeeOwnerIds: ['81002', '81003', '81002'],
  activityType: 'Demo',
  outcome: 'SCHEDULED',
  reminders: [
    { numberOfTimeUnits: 1, timeUnit: 'DAYS' },
    { numberOfTimeUnits: 24, timeUnit: 'HOURS' },
    { numberOfTimeUnits: 15, timeUnit: 'MINUTES' },
  ],
  includeDescriptionInReminders: true,
};

function build(parameters: MeetingParameters) {
  const result = validateMeetingParametersInEnglish(parameters);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return buildCreateMeetingRequest(result.value, { contactId: '101', organizerOwnerId: '81001' });
}

describe('buildCreateMeetingRequest', () => {
  it('builds a body the contract accepts with every optional field set', () => {
    const { body } = build(everything);
    expect(validateRequestBody(body)).toBe(true);
    expect(contractErrors(validateRequestBody)).toBe('[]');
  });

  it('builds a body the contract accepts with only the required fields', () => {
    const { title, start, end, timezone, requestId, organizerUserId } = everything;
    const { body } = build({ title, start, end, timezone, requestId, organizerUserId });
    expect(validateRequestBody(body)).toBe(true);
    expect(body.emailReminderSchedule).toEqual({ reminders: [], shouldIncludeInviteDescription: false });
    expect(Object.keys(body.properties).sort()).toEqual(
      [
        'hs_meeting_end_time',
        'hs_meeting_outcome',
        'hs_meeting_start_time',
        'hs_meeting_title',
        'hs_timestamp',
        'hubspot_owner_id',
      ].sort(),
    );
  });

  it('associates the trusted contact with HubSpot-defined type 200 and puts the organizer in the query', () => {
    const request = build(everything);
    expect(request.body.associations).toEqual([
      { to: { id: '101' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
    ]);
    expect(request.query).toEqual({ organizerUserId: '7001' });
    expect(request.body.properties.hubspot_owner_id).toBe('81001');
  });

  it('sends UTC times, the timeline timestamp at the start, and de-duplicated attendees and reminders', () => {
    const { body } = build(everything);
    expect(body.properties).toMatchObject({
      hs_meeting_start_time: '2026-11-01T05:30:00Z',
      hs_meeting_end_time: '2026-11-01T07:15:00Z',
      hs_timestamp: '2026-11-01T05:30:00Z',
      hs_attendee_owner_ids: ['81002', '81003'],
      hs_meeting_location_type: 'PHONE',
    });
    expect(body.emailReminderSchedule.reminders).toEqual([
      { numberOfTimeUnits: 1, timeUnit: 'DAYS' },
      { numberOfTimeUnits: 15, timeUnit: 'MINUTES' },
    ]);
    expect(body.timezone).toBe('America/New_York');
  });
});
