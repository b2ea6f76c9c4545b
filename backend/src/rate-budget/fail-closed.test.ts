import { createBody, installApp, signedFetch, startStack, type Stack } from '../test-support';

describe('a backend whose shared rate budget store is down', () => {
  let stack: Stack;
  beforeAll(async () => {
    // Nothing listens on port 1: the budget cannot be checked.
    stack = await startStack({
      storage: 'sqlite',
      overrides: { rateBudget: { redisUrl: 'redis://127.0.0.1:1' } },
    });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('fails closed: the booking is refused as rate limited, nothing is sent to HubSpot, and the log says why', async () => {
    stack.emulator.resetCalls();
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings?portalId=1001&userId=7001',
      body: createBody(1001, '7001', '101'),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(stack.emulator.calls().total).toBe(0);
    expect(stack.logs.lines.some((line) => /rate budget store unreachable/.test(line))).toBe(true);
  });
});
