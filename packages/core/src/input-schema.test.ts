import { checkMeetingParameters, validateMeetingParameters } from './input-schema';
import { LIMITS } from './limits';
import type { MeetingParameters } from './types';

const valid: MeetingParameters = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizerUserId: '7001',
  title: 'Discovery call',
  start: '2026-03-12T10:00',
  end: '2026-03-12T10:30',
  timezone: 'America/Sao_Paulo',
};

function issuesFor(patch: Record<string, unknown>) {
  const result = validateMeetingParameters({ ...valid, ...patch });
  if (result.ok) throw new Error('expected a rejection');
  return result.fields;
}

describe('validateMeetingParameters', () => {
  it('accepts title, times and zone alone and applies the defaults', () => {
    const result = validateMeetingParameters(valid);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        startUtc: '2026-03-12T13:00:00Z',
        endUtc: '2026-03-12T13:30:00Z',
        outcome: 'SCHEDULED',
        reminders: [],
        attendeeOwnerIds: [],
        includeDescriptionInReminders: false,
        checkExisting: false,
      }),
    });
  });

  it('trims the title and refuses one that is only spaces', () => {
    const ok = validateMeetingParameters({ ...valid, title: '  Demo  ' });
    expect(ok.ok && ok.value.title).toBe('Demo');
    expect(issuesFor({ title: '   ' }).title?.code).toBe('required');
  });

  it('refuses a title over the limit and says the limit', () => {
    expect(issuesFor({ title: 'x'.repeat(LIMITS.titleMaxLength + 1) }).title).toMatchObject({
      code: 'too_long',
      params: { max: LIMITS.titleMaxLength },
    });
  });

  it('ties an end before the start to the end field', () => {
    expect(issuesFor({ end: '2026-03-12T09:00' }).end?.code).toBe('end_before_start');
    expect(issuesFor({ end: '2026-03-12T10:00' }).end?.code).toBe('end_before_start');
  });

  it('refuses a meeting longer than the maximum duration', () => {
    expect(issuesFor({ end: '2026-03-13T10:01' }).end?.code).toBe('duration_too_long');
  });

  it('refuses an unknown time zone on the timezone field and still checks the times', () => {
    const fields = issuesFor({ timezone: 'Narnia/Cair_Paravel', start: '2026-02-30T10:00' });
    expect(fields.timezone?.code).toBe('invalid_time_zone');
    expect(fields.start?.code).toBe('invalid_format');
  });

  it('explains a start time that daylight saving skips', () => {
    const fields = issuesFor({
      timezone: 'America/New_York',
      start: '2026-03-08T02:30',
      end: '2026-03-08T04:00',
    });
    expect(fields.start?.code).toBe('nonexistent_local_time');
    expect(fields.start?.message).toMatch(/does not exist/);
  });

  it('names every missing required field at once', () => {
    const result = validateMeetingParameters({});
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.fields).sort()).toEqual([
        'end',
        'organizerUserId',
        'requestId',
        'start',
        'timezone',
        'title',
      ]);
  });

  it('refuses more than three reminders and reminders of unknown units', () => {
    const four = Array.from({ length: 4 }, (_, i) => ({ numberOfTimeUnits: i + 1, timeUnit: 'HOURS' }));
    expect(issuesFor({ reminders: four }).reminders?.code).toBe('too_many');
    expect(issuesFor({ reminders: [{ numberOfTimeUnits: 1, timeUnit: 'YEARS' }] }).reminders?.code).toBe(
      'invalid_option',
    );
    expect(issuesFor({ reminders: [{ numberOfTimeUnits: 0, timeUnit: 'DAYS' }] }).reminders?.code).toBe(
      'out_of_range',
    );
    expect(issuesFor({ reminders: [{ numberOfTimeUnits: 5, timeUnit: 'WEEKS' }] }).reminders?.code).toBe(
      'out_of_range',
    );
  });

  it('refuses attendee ids that are not owner ids', () => {
    expect(issuesFor({ attendeeOwnerIds: ['81001', 'drop table'] }).attendeeOwnerIds?.code).toBe(
      'invalid_format',
    );
    expect(issuesFor({ attendeeOwnerIds: '81001' }).attendeeOwnerIds?.code).toBe('invalid_type');
  });

  it('refuses a request id that is not a UUID and an organizer that is not a user id', () => {
    const fields = issuesFor({ requestId: 'abc', organizerUserId: 'me' });
    expect(fields.requestId?.code).toBe('invalid_uuid');
    expect(fields.organizerUserId?.code).toBe('invalid_format');
  });

  it('ignores fields it does not know, including a contact id', () => {
    const result = validateMeetingParameters({ ...valid, contactId: '999', hubspot_owner_id: '1' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('999');
  });

  it('gives a location without a type the CUSTOM type', () => {
    const result = validateMeetingParameters({ ...valid, location: 'https://meet.example/abc' });
    expect(result.ok && result.value.locationType).toBe('CUSTOM');
  });
});

describe('checkMeetingParameters', () => {
  it('applies the same rules and gives codes without the English wording', () => {
    const result = checkMeetingParameters({ ...valid, title: ' ', end: '2026-03-12T09:00' });
    expect(result).toEqual({
      ok: false,
      fields: { title: { code: 'required', message: '' }, end: { code: 'end_before_start', message: '' } },
    });
    expect(checkMeetingParameters(valid)).toEqual(validateMeetingParameters(valid));
  });
});
