import { TransportError } from './hubspot-api';
import { response, scriptedApi } from './pipeline/test-api';
import { readFromPrimaryStore, readFromSearch, type MeetingFingerprint } from './verify-meeting';

const CREATED = '2026-03-12T09:00:01.000Z';
const FINGERPRINT: MeetingFingerprint = {
  contactId: '101',
  identifying: {
    hs_meeting_title: 'Intro',
    hs_meeting_start_time: '2026-03-12T14:00:00Z',
    hubspot_owner_id: '81001',
  },
  createdSince: Date.parse('2026-03-12T09:00:00Z'),
};
const READS = { deadline: Number.MAX_SAFE_INTEGER, timeoutMs: 1_000 };
const meeting = (id: string, patch: Record<string, string> = {}) => ({
  id,
  createdAt: CREATED,
  properties: { ...FINGERPRINT.identifying, hs_meeting_start_time: '1773324000000', ...patch },
});
const associations = (...ids: string[]) =>
  response(200, { results: ids.map((toObjectId) => ({ toObjectId })) });

describe('readFromPrimaryStore', () => {
  it('finds the meeting by association and batch read, matching start as an instant and the title exactly', async () => {
    const api = scriptedApi([
      associations('1', '2'),
      response(200, { results: [meeting('1', { hs_meeting_title: 'intro' }), meeting('2')] }),
    ]);
    expect(await readFromPrimaryStore(api, FINGERPRINT, READS)).toEqual({ kind: 'found', meetingId: '2' });
    expect(api.requests[0]).toMatchObject({
      method: 'GET',
      path: '/crm/objects/2026-03/contacts/101/associations/meetings',
      read: true,
    });
    expect(api.requests[1]).toMatchObject({
      path: '/crm/objects/2026-03/meetings/batch/read',
      read: true,
      body: { inputs: [{ id: '1' }, { id: '2' }], propertiesWithHistory: [] },
    });
  });

  it('is absent only when every associated meeting was read and none matches', async () => {
    const api = scriptedApi([
      associations('1'),
      response(200, { results: [meeting('1', { hubspot_owner_id: '9' })] }),
    ]);
    expect(await readFromPrimaryStore(api, FINGERPRINT, READS)).toEqual({ kind: 'absent' });
    expect(await readFromPrimaryStore(scriptedApi([associations()]), FINGERPRINT, READS)).toEqual({
      kind: 'absent',
    });
  });

  it('a meeting older than the attempt is not ours', async () => {
    const old = { ...meeting('1'), createdAt: '2026-03-12T08:00:00Z' };
    const api = scriptedApi([associations('1'), response(200, { results: [old] })]);
    expect(await readFromPrimaryStore(api, FINGERPRINT, READS)).toEqual({ kind: 'absent' });
  });

  it.each([
    ['a 404 from the associations', [response(404)]],
    ['a 500 from the associations', [response(500)]],
    ['a dropped batch read', [associations('1'), new TransportError('network', 'x')]],
    [
      'a 207 that leaves an id unread',
      [associations('1', '2'), response(207, { results: [meeting('1', { hs_meeting_title: 'x' })] })],
    ],
  ])('is "don\'t know", never absent, after %s', async (_what, answers) => {
    const verdict = await readFromPrimaryStore(scriptedApi(answers as never), FINGERPRINT, READS);
    expect(verdict.kind).toBe('unknown');
  });

  it('does not read past MAX_ASSOCIATED_MEETINGS: unknown', async () => {
    const page = (from: number) =>
      response(200, {
        results: Array.from({ length: 500 }, (_, k) => ({ toObjectId: String(from + k) })),
        paging: { next: { after: String(from + 500) } },
      });
    const verdict = await readFromPrimaryStore(scriptedApi([page(0), page(500)]), FINGERPRINT, READS);
    expect(verdict.kind).toBe('unknown');
  });
});

describe('readFromSearch', () => {
  it('finds a match, and says absent (not visible) otherwise', async () => {
    expect(
      await readFromSearch(scriptedApi([response(200, { results: [meeting('7')] })]), FINGERPRINT, READS),
    ).toEqual({
      kind: 'found',
      meetingId: '7',
    });
    expect(await readFromSearch(scriptedApi([response(200, { results: [] })]), FINGERPRINT, READS)).toEqual({
      kind: 'absent',
    });
  });
});
