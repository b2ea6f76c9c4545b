import { createFetchMeetingServer } from './fetch-server';

// The marketplace seam on a deal record (issue 10): what goes into the signed body.
function recordingFetch(answer: unknown) {
  const calls: Array<{ url: string; body: Record<string, unknown> }> = [];
  const fetchImpl = async (url: string, options: { body: Record<string, unknown> }) => {
    calls.push({ url, body: options.body });
    return { json: async () => answer };
  };
  return { calls, fetchImpl };
}

describe('the fetch meeting server on a deal record', () => {
  const caller = { portalId: 1001, userId: 7001, contactId: 401 };

  test('asks for the options with the record context: record id, type and zone in the signed body', async () => {
    const { calls, fetchImpl } = recordingFetch({ ok: true, options: { owners: [] } });
    const server = createFetchMeetingServer('https://backend.example/', caller, fetchImpl as never);
    await server.loadFormOptions({
      organizerUserId: '7001',
      withContext: true,
      recordType: 'deals',
      timeZone: 'UTC',
    });
    expect(calls).toEqual([
      {
        url: 'https://backend.example/api/form-options',
        body: {
          portalId: '1001',
          userId: '7001',
          withContext: true,
          recordType: 'deals',
          timeZone: 'UTC',
          recordId: '401',
        },
      },
    ]);
  });

  test('asks for a contact’s deals on the form-options route with contactDeals and the record id', async () => {
    const answer = { ok: true, deals: [], limited: ['deals'] };
    const { calls, fetchImpl } = recordingFetch(answer);
    const server = createFetchMeetingServer(
      'https://backend.example',
      { ...caller, contactId: 102 },
      fetchImpl as never,
    );
    expect(await server.loadDeals?.()).toEqual(answer);
    expect(calls).toEqual([
      {
        url: 'https://backend.example/api/form-options',
        body: { portalId: '1001', userId: '7001', contactDeals: true, recordId: '102' },
      },
    ]);
  });

  test('changes an outcome through /api/meetings/outcome; an unreadable answer is "not confirmed"', async () => {
    const { calls, fetchImpl } = recordingFetch('<html>');
    const server = createFetchMeetingServer('https://backend.example', caller, fetchImpl as never);
    const result = await server.changeOutcome?.({
      meetingId: '600',
      outcome: 'NO_SHOW',
      recordType: 'deals',
    });
    expect(calls[0]).toEqual({
      url: 'https://backend.example/api/meetings/outcome',
      body: {
        portalId: '1001',
        userId: '7001',
        contactId: '401',
        meetingId: '600',
        outcome: 'NO_SHOW',
        recordType: 'deals',
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'OUTCOME_UNKNOWN' } });
  });
});
