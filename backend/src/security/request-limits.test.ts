import { connect, type Socket } from 'node:net';
import {
  installApp,
  signedFetch,
  startStack,
  STORAGE_KINDS_FOR_TESTS,
  type BackendInstance,
  type Stack,
} from '../test-support';

/** Opens a raw socket, writes `head`, then one byte every 100 ms; resolves with what came back once the server closes it. */
function trickle(
  instance: BackendInstance,
  head: string,
  drip = 'x',
): Promise<{ closed: true; answer: string }> {
  const { hostname, port } = new URL(instance.url);
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: hostname, port: Number(port) });
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(drip);
      }, 100);
    });
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => {}); // a reset after the server gives up is a close too
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ closed: true, answer });
    });
    socket.setTimeout(30_000, () => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error('the server kept the trickling socket open'));
    });
  });
}

describe.each(STORAGE_KINDS_FOR_TESTS)('request limits (%s storage)', (storage) => {
  let stack: Stack;
  let strict: BackendInstance;
  beforeAll(async () => {
    stack = await startStack({ storage });
    strict = await stack.startInstance({
      now: stack.clock.now,
      serverTimeouts: { requestTimeoutMs: 1_000, headersTimeoutMs: 1_000, checkIntervalMs: 100 },
    });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('cuts a sender that declares a body and trickles it byte by byte', async () => {
    const result = await trickle(
      strict,
      'POST /api/meetings HTTP/1.1\r\nHost: meeting-card.test\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n',
    );
    expect(result.closed).toBe(true);
    expect(result.answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts a sender that trickles its headers', async () => {
    const result = await trickle(strict, 'GET /healthz HTTP/1.1\r\nHost: meeting-card.test\r\nX-Slow: ');
    expect(result.closed).toBe(true);
  });

  it('still serves a request sent at normal speed', async () => {
    const answer = await signedFetch(stack, {
      method: 'GET',
      path: '/api/form-options?portalId=1001&userId=7001',
      instance: strict,
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    '/oauth/callback?state=X&state=X',
    '/oauth/callback?code=a&state=X&code=b',
    '/api/form-options?portalId=1001&portalId=1001&userId=7001',
    '/healthz?a=1&a=1',
  ])('answers 400, never 500, to a repeated query parameter: %s', async (path) => {
    const response = await fetch(`${stack.backend.url}${path}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
