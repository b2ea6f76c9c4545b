import type { MeetingParameters } from '@meeting-card/core';
import { createServerlessMeetingServer, PROPERTIES_TO_SEND } from './meetingServer';

// hubspot.serverless exists only inside HubSpot's card worker, so these tests hand the seam a
// stand-in that records the call and answers (or rejects) as HubSpot's would.
function serverless(answer: () => Promise<unknown>) {
  const calls: [string, unknown][] = [];
  const run = ((name: string, options: unknown) => {
    calls.push([name, options]);
    return answer();
  }) as Parameters<typeof createServerlessMeetingServer>[0];
  return { calls, run };
}

const PARAMS: MeetingParameters = {
  requestId: '0b7d8a6e-4c1f-4f7e-9d55-8f3e2a1b6c90',
  organizerUserId: '1',
  title: 'Intro',
  start: '2026-03-12T10:00',
  end: '2026-03-12T10:30',
  timezone: 'America/New_York',
};

describe('the serverless meeting server', () => {
  it('calls create_meeting with the parameters and asks HubSpot for the record id, never sending a contact id', async () => {
    const fake = serverless(async () => ({ ok: true, meeting: { id: '1' } }));
    await createServerlessMeetingServer(fake.run).createMeeting(PARAMS);
    expect(fake.calls).toEqual([
      ['create_meeting', { parameters: PARAMS, propertiesToSend: PROPERTIES_TO_SEND }],
    ]);
    expect(JSON.stringify(fake.calls)).not.toMatch(/contactId/);
  });

  it('passes the function answer through', async () => {
    const answer = { ok: false, error: { code: 'RATE_LIMITED', message: 'busy', retryable: true } };
    const fake = serverless(async () => answer);
    expect(await createServerlessMeetingServer(fake.run).createMeeting(PARAMS)).toEqual(answer);
  });

  it('turns a rejected create call into OUTCOME_UNKNOWN, never into "not created"', async () => {
    const fake = serverless(async () => {
      throw new Error('Request timed out');
    });
    const result = await createServerlessMeetingServer(fake.run).createMeeting(PARAMS);
    expect(result).toMatchObject({ ok: false, error: { code: 'OUTCOME_UNKNOWN', retryable: false } });
  });

  it('turns an unreadable create answer into OUTCOME_UNKNOWN', async () => {
    for (const answer of [undefined, null, 'ok', { status: 'SUCCESS' }, { ok: true }]) {
      const fake = serverless(async () => answer);
      const result = await createServerlessMeetingServer(fake.run).createMeeting(PARAMS);
      expect(result).toMatchObject({ ok: false, error: { code: 'OUTCOME_UNKNOWN' } });
    }
  });

  it('loads form options from form_options for the organizer', async () => {
    const options = { organizer: null, owners: [], ownersTruncated: false, meetingTypes: [] };
    const fake = serverless(async () => ({ ok: true, options }));
    const result = await createServerlessMeetingServer(fake.run).loadFormOptions({ organizerUserId: '7' });
    expect(result).toEqual({ ok: true, options });
    expect(fake.calls).toEqual([
      ['form_options', { parameters: { organizerUserId: '7' }, propertiesToSend: PROPERTIES_TO_SEND }],
    ]);
  });

  it('turns a rejected form-options call into a retryable failure', async () => {
    const fake = serverless(async () => {
      throw new Error('network');
    });
    const result = await createServerlessMeetingServer(fake.run).loadFormOptions({ organizerUserId: '7' });
    expect(result).toMatchObject({ ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', retryable: true } });
  });

  it('searches owners through form_options with ownerQuery and passes the matches through', async () => {
    const matches = { owners: [{ ownerId: '902345', name: 'Rep 02345' }], more: false };
    const fake = serverless(async () => ({ ok: true, matches }));
    const result = await createServerlessMeetingServer(fake.run).searchOwners('rep 02');
    expect(result).toEqual({ ok: true, matches });
    expect(fake.calls).toEqual([
      ['form_options', { parameters: { ownerQuery: 'rep 02' }, propertiesToSend: PROPERTIES_TO_SEND }],
    ]);
  });

  it('turns a rejected or unreadable search into a retryable failure', async () => {
    const rejected = serverless(async () => {
      throw new Error('network');
    });
    expect(await createServerlessMeetingServer(rejected.run).searchOwners('ana')).toMatchObject({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE', retryable: true },
    });
    // A form-options answer is not a search answer.
    const unreadable = serverless(async () => ({ ok: true, options: { owners: [] } }));
    expect(await createServerlessMeetingServer(unreadable.run).searchOwners('ana')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL_ERROR' },
    });
  });

  it('asks form_options for the contact’s deals (contactDeals), the record id left to propertiesToSend', async () => {
    const answer = { ok: true, deals: [{ id: '401', name: 'Rollout' }], limited: [] };
    const fake = serverless(async () => answer);
    expect(await createServerlessMeetingServer(fake.run).loadDeals?.()).toEqual(answer);
    expect(fake.calls).toEqual([
      ['form_options', { parameters: { contactDeals: true }, propertiesToSend: PROPERTIES_TO_SEND }],
    ]);
    // An options answer is not a deals answer; a rejected call is a failure, never a throw.
    const unreadable = serverless(async () => ({ ok: true, options: { owners: [] } }));
    expect(await createServerlessMeetingServer(unreadable.run).loadDeals?.()).toMatchObject({ ok: false });
    const rejected = serverless(async () => {
      throw new Error('network');
    });
    expect(await createServerlessMeetingServer(rejected.run).loadDeals?.()).toMatchObject({
      ok: false,
      error: { code: 'HUBSPOT_UNAVAILABLE' },
    });
  });
});
