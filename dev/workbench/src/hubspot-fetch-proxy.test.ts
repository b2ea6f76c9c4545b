// The stand-in for HubSpot's hubspot.fetch proxy. The backend here is a recording function that
// answers what each test needs (a 5xx on demand, a thrown connection error): the real backend
// cannot be made to fail that way. The signature is checked with the backend's own verifier; the
// browser suite (test/browser/marketplace.test.ts) runs the proxy against the real backend.
import { verifySignatureV3 } from '@meeting-card/backend';
import {
  createHubSpotFetchProxy,
  HubSpotFetchError,
  type ForwardedRequest,
  type ForwardedResponse,
} from './hubspot-fetch-proxy';

const ORIGIN = 'https://backend.meetingcard.test';
const SECRET = 'test-client-secret';

function proxyAnswering(...answers: Array<number | 'throw'>) {
  const sent: ForwardedRequest[] = [];
  const proxy = createHubSpotFetchProxy({
    permittedOrigin: ORIGIN,
    clientSecret: SECRET,
    forward: async (request): Promise<ForwardedResponse> => {
      sent.push(request);
      const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
      if (answer === 'throw') throw new Error('socket hang up');
      return {
        status: answer ?? 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ attempt: sent.length }),
      };
    },
  });
  return { proxy, sent };
}

const create = {
  url: `${ORIGIN}/api/meetings`,
  method: 'POST',
  body: { requestId: 'r-1', note: 'é & ü' },
  portalId: 1001,
  userId: 7001,
};

describe('the hubspot.fetch proxy stand-in', () => {
  test('signs the full https URI with the appended portalId and userId, the raw body and the timestamp, as the backend verifies it', async () => {
    const { proxy, sent } = proxyAnswering(200);
    await proxy.fetch({ ...create, url: `${ORIGIN}/api/meetings?x=1` });
    const [request] = sent as [ForwardedRequest];
    expect(request.uri).toBe(`${ORIGIN}/api/meetings?x=1&portalId=1001&userId=7001`);
    expect(request.pathAndQuery).toBe('/api/meetings?x=1&portalId=1001&userId=7001');
    expect(request.body).toBe(JSON.stringify(create.body));
    const verdict = verifySignatureV3(SECRET, {
      method: 'POST',
      uri: `${ORIGIN}${request.pathAndQuery}`,
      rawBody: request.body,
      timestamp: request.headers['x-hubspot-request-timestamp'],
      signature: request.headers['x-hubspot-signature-v3'],
    });
    expect(verdict).toEqual({ valid: true });
    // Signed with another secret, or over another body, it would not verify.
    expect(
      verifySignatureV3('other-secret', {
        method: 'POST',
        uri: request.uri,
        rawBody: request.body,
        timestamp: request.headers['x-hubspot-request-timestamp'],
        signature: request.headers['x-hubspot-signature-v3'],
      }).valid,
    ).toBe(false);
  });

  test('resends once after a 5xx and answers the second response', async () => {
    const { proxy, sent } = proxyAnswering(502, 200);
    const response = await proxy.fetch(create);
    expect(response.status).toBe(200);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.body).toBe(sent[0]?.body);
  });

  test('resends once after a connection failure, and rejects when the resend fails too', async () => {
    const once = proxyAnswering('throw', 200);
    expect((await once.proxy.fetch(create)).status).toBe(200);
    const twice = proxyAnswering('throw', 'throw');
    await expect(twice.proxy.fetch(create)).rejects.toThrow(
      new HubSpotFetchError('hubspot.fetch: the connection to the backend failed twice.', 'unreachable'),
    );
    expect(twice.sent).toHaveLength(2);
  });

  test('never resends a 4xx answer', async () => {
    const { proxy, sent } = proxyAnswering(401, 200);
    expect((await proxy.fetch(create)).status).toBe(401);
    expect(sent).toHaveLength(1);
  });

  test('a dropped-after-store fault lets the backend answer, loses the answer, and resends once', async () => {
    const { proxy, sent } = proxyAnswering(200);
    proxy.faults.add({ method: 'POST', path: '/api/meetings', times: 1, label: 'drop' });
    expect(proxy.faults.armed()).toEqual(['drop']);
    const response = await proxy.fetch(create);
    expect(JSON.parse(response.body)).toEqual({ attempt: 2 });
    expect(sent).toHaveLength(2);
    expect(proxy.attempts('POST', '/api/meetings').map((a) => a.outcome)).toEqual(['dropped', 200]);
    expect(proxy.faults.armed()).toEqual([]);
  });

  test('refuses URLs outside the permitted origin, and plain http, without sending anything', async () => {
    const { proxy, sent } = proxyAnswering(200);
    await expect(proxy.fetch({ ...create, url: 'https://elsewhere.test/api/meetings' })).rejects.toThrow(
      /not in the app's permittedUrls\.fetch/,
    );
    await expect(
      proxy.fetch({ ...create, url: 'http://backend.meetingcard.test/api/meetings' }),
    ).rejects.toThrow(/not in the app's permittedUrls\.fetch/);
    expect(sent).toHaveLength(0);
  });
});
