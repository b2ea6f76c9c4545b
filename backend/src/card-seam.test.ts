import { createFetchMeetingServer } from '../../packages/card/src/server/fetch-server';
import {
  installApp,
  leakedLines,
  meetingParameters,
  PUBLIC_ORIGIN,
  signedFetch,
  startStack,
  type Stack,
} from './test-support';

/**
 * The marketplace card's server seam against the real backend. `hubspot.fetch` only runs inside
 * HubSpot, so it is replaced by what HubSpot's proxy does with the call: POST the JSON body to the
 * public URL with portalId/userId appended and an X-HubSpot-Signature-v3, here to 127.0.0.1.
 */
function hubSpotProxy(stack: Stack, account: { portalId: number; userId: string }) {
  return async (url: string, options: { method: 'POST'; body: Record<string, unknown> }) => {
    const target = new URL(url);
    expect(target.origin).toBe(PUBLIC_ORIGIN);
    target.searchParams.set('portalId', String(account.portalId));
    target.searchParams.set('userId', account.userId);
    return signedFetch(stack, {
      method: options.method,
      path: `${target.pathname}${target.search}`,
      body: options.body,
    });
  };
}

describe('the marketplace card talking to the backend through hubspot.fetch', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage: 'sqlite' });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const server = () =>
    createFetchMeetingServer(
      `${PUBLIC_ORIGIN}/`,
      { portalId: 1001, userId: 7001, contactId: 106 },
      hubSpotProxy(stack, { portalId: 1001, userId: '7001' }),
    );

  it('loads the form options of the signed-in user', async () => {
    const result = await server().loadFormOptions({ organizerUserId: '7001' });
    expect(result).toMatchObject({ ok: true, options: { organizer: { ownerId: '81001' } } });
  });

  it('books the meeting on the record the card is on, once, even when sent twice', async () => {
    const params = meetingParameters();
    const first = await server().createMeeting(params);
    const again = await server().createMeeting(params);
    expect(first).toMatchObject({ ok: true, meeting: { contactId: '106' } });
    expect(again).toEqual(first);
    expect(stack.emulator.meetings(1001).filter((m) => m.associations.contacts.includes('106'))).toHaveLength(
      1,
    );
  });

  it('reports an unknown outcome when the call gives no readable answer', async () => {
    const broken = createFetchMeetingServer(
      PUBLIC_ORIGIN,
      { portalId: 1001, userId: 7001, contactId: 106 },
      async () => {
        throw new Error('connection dropped');
      },
    );
    expect(await broken.createMeeting(meetingParameters())).toMatchObject({
      ok: false,
      error: { code: 'OUTCOME_UNKNOWN' },
    });
  });

  it('never writes a token, code, secret or signature to its logs', () => {
    expect(leakedLines(stack)).toEqual([]);
  });
});
