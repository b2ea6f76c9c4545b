import { validateMeetingParametersAsCodes, validateMeetingParametersInEnglish } from './input-schema';
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
  const result = validateMeetingParametersInEnglish({ ...valid, ...patch });
  if (result.ok) throw new Error('expected a rejection');
  return result.fields;
}

describe('validateMeetingParametersInEnglish', () => {
  it('accepts title, times and zone alone and applies the defaults', () => {
    const result = validateMeetingParametersInEnglish(valid);
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
    const ok = validateMeetingParametersInEnglish({ ...valid, title: '  Demo  ' });
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
    const result = validateMeetingParametersInEnglish({});
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
    const result = validateMeetingParametersInEnglish({ ...valid, contactId: '999', hubspot_owner_id: '1' });
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).not.toContain('999');
  });

  it('gives a location without a type the CUSTOM type', () => {
    const result = validateMeetingParametersInEnglish({ ...valid, location: 'https://meet.example/abc' });
    expect(result.ok && result.value.locationType).toBe('CUSTOM');
  });
});

describe('validateMeetingParametersAsCodes', () => {
  it('applies the same rules and gives codes without the English wording', () => {
    const result = validateMeetingParametersAsCodes({ ...valid, title: ' ', end: '2026-03-12T09:00' });
    expect(result).toEqual({
      ok: false,
      fields: { title: { code: 'required', message: '' }, end: { code: 'end_before_start', message: '' } },
    });
    expect(validateMeetingParametersAsCodes(valid)).toEqual(validateMeetingParametersInEnglish(valid));
  });
});

describe('a duration instead of an end', () => {
  const { end: _end, ...withoutEnd } = valid;
  const timed = (patch: Record<string, unknown>) =>
    validateMeetingParametersInEnglish({ ...withoutEnd, ...patch });

  it('ends that many minutes after the start instant, and says its wall-clock end', () => {
    expect(timed({ durationMinutes: 45 })).toMatchObject({
      ok: true,
      value: { startUtc: '2026-03-12T13:00:00Z', endUtc: '2026-03-12T13:45:00Z', end: '2026-03-12T10:45' },
    });
  });

  it('may end on the next day', () => {
    expect(timed({ start: '2026-03-12T23:30', durationMinutes: 60 })).toMatchObject({
      ok: true,
      value: { end: '2026-03-13T00:30', endUtc: '2026-03-13T03:30:00Z' },
    });
    expect(
      validateMeetingParametersInEnglish({ ...valid, start: '2026-03-12T23:30', end: '2026-03-13T00:30' }).ok,
    ).toBe(true);
  });

  it('is a whole number of minutes from 5 to 1,440', () => {
    for (const durationMinutes of [4, 1441, 0, -30])
      expect(timed({ durationMinutes })).toMatchObject({
        ok: false,
        fields: { durationMinutes: { code: 'out_of_range', params: { min: 5, max: 1440 } } },
      });
    expect(timed({ durationMinutes: 30.5 })).toMatchObject({
      ok: false,
      fields: { durationMinutes: { code: 'invalid_format' } },
    });
    expect(timed({ durationMinutes: '30' })).toMatchObject({
      ok: false,
      fields: { durationMinutes: { code: 'invalid_type' } },
    });
    expect(timed({ durationMinutes: 5 }).ok).toBe(true);
    expect(timed({ durationMinutes: 1440 }).ok).toBe(true);
  });

  it('is exactly one of end and duration', () => {
    expect(validateMeetingParametersInEnglish({ ...valid, durationMinutes: 30 })).toMatchObject({
      ok: false,
      fields: { durationMinutes: { code: 'end_or_duration' } },
    });
    expect(validateMeetingParametersInEnglish(withoutEnd)).toMatchObject({
      ok: false,
      fields: { end: { code: 'required' } },
    });
  });
});

describe('the booking form rules (when the caller says what time it is)', () => {
  const now = Date.parse('2026-03-12T12:00:00Z'); // 09:00 in São Paulo
  const form = (patch: Record<string, unknown>) =>
    validateMeetingParametersAsCodes({ ...valid, ...patch }, undefined, { now });

  it('refuses a start that has passed, with a few minutes of grace', () => {
    expect(form({ start: '2026-03-12T08:54', end: '2026-03-12T09:30' })).toMatchObject({
      ok: false,
      fields: { start: { code: 'start_in_past' } },
    });
    expect(form({ start: '2026-03-12T08:56', end: '2026-03-12T09:30' }).ok).toBe(true);
    // Servers and API clients may record a meeting that already happened.
    expect(
      validateMeetingParametersInEnglish({ ...valid, start: '2020-01-01T10:00', end: '2020-01-01T11:00' }).ok,
    ).toBe(true);
  });

  it('refuses reminders that would be sent before now', () => {
    // The meeting is at 10:00, an hour from now: a 1-hour reminder is due now, a day-before one has passed.
    expect(form({ reminders: [{ numberOfTimeUnits: 1, timeUnit: 'HOURS' }] }).ok).toBe(true);
    expect(form({ reminders: [{ numberOfTimeUnits: 1, timeUnit: 'DAYS' }] })).toMatchObject({
      ok: false,
      fields: { reminders: { code: 'reminder_in_past' } },
    });
  });

  it('wants a web address for a video or other link', () => {
    expect(form({ locationType: 'CUSTOM', location: 'zoom please' })).toMatchObject({
      ok: false,
      fields: { location: { code: 'invalid_url' } },
    });
    expect(form({ locationType: 'CUSTOM', location: 'https://meet.example.com/abc' }).ok).toBe(true);
    expect(form({ locationType: 'ADDRESS', location: 'Rua Augusta 100' }).ok).toBe(true);
  });
});
