import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACME_TOKEN, DEMO_OAUTH_APP, startEmulator } from './index';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hubspot-emulator-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('meetings and OAuth grants survive a restart with the same state file, and new ids continue', async () => {
  const stateFile = join(dir, 'nested', 'emulator.json');
  const first = await startEmulator({ stateFile });
  const created = await call(first, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
  const redirect = await call(
    first,
    `/oauth/authorize?${new URLSearchParams({ client_id: DEMO_OAUTH_APP.clientId, scope: DEMO_OAUTH_APP.scopes.join(' '), redirect_uri: DEMO_OAUTH_APP.redirectUrls[0] as string, portalId: '1002', autoApprove: '1' })}`,
  );
  const code = new URL(redirect.headers.get('location') as string).searchParams.get('code') as string;
  const grant = await call(first, '/oauth/2026-03/token', {
    form: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: DEMO_OAUTH_APP.redirectUrls[0] as string,
      client_id: DEMO_OAUTH_APP.clientId,
      client_secret: DEMO_OAUTH_APP.clientSecret,
    },
  });
  await first.close();
  expect(JSON.parse(readFileSync(stateFile, 'utf8')).meetings).toHaveLength(1);

  const second = await startEmulator({ stateFile });
  try {
    expect(second.meetings().map((m) => m.id)).toEqual([created.body.id]);
    const read = await call(
      second,
      `/crm/objects/2026-03/meetings/${created.body.id}?associations=contacts`,
      { token: ACME_TOKEN },
    );
    expect(read.body.associations.contacts.results[0].id).toBe('101');
    expect((await call(second, '/crm/owners/2026-03', { token: grant.body.access_token })).status).toBe(200);
    const next = await call(second, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
    expect(BigInt(next.body.id)).toBe(BigInt(created.body.id) + 1n);
    // Reset goes back to the seed and is saved too.
    second.reset();
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).meetings).toHaveLength(0);
  } finally {
    await second.close();
  }
});

test('without a state file a restart starts from the seed', async () => {
  const first = await startEmulator();
  await call(first, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() });
  await first.close();
  const second = await startEmulator();
  expect(second.meetings()).toHaveLength(0);
  await second.close();
});
