// npm run smoke, tested without a HubSpot account: the whole run against the local emulator over
// 127.0.0.1 (its base URL pointed there, as a developer points it at api.hubapi.com), the refusals,
// and the polling logic on a fake clock.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ACME_TOKEN, startEmulator, type Emulator } from '../../emulator/src/index';
import { smokeConfigFromEnv, type SmokeConfig } from './config';
import { comparisonRows, formatReport, succeeded } from './report';
import { pollUntil, runSmoke, sameValue } from './smoke';

const repoRoot = path.resolve(__dirname, '../../..');
const functionEntry = path.join(repoRoot, 'src/app/functions/create-meeting.js');
const SEARCH_LAG_MS = 1_200;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ searchIndexDelayMs: SEARCH_LAG_MS });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const configFor = (patch: Partial<SmokeConfig> = {}): SmokeConfig => ({
  token: ACME_TOKEN,
  portalId: 1001,
  baseUrl: emulator.url,
  visibilityTimeoutMs: 10_000,
  pollIntervalMs: 200,
  ...patch,
});
const contacts = async () =>
  (await (await fetch(`${emulator.url}/__emulator/contacts?portalId=1001`)).json()) as { id: string }[];

describe('npm run smoke against the emulator', () => {
  it('books once through the built function, measures every read, reads back what was sent, cleans up', async () => {
    const before = await contacts();
    const report = await runSmoke(configFor(), { functionEntry });

    expect(report.error).toBeNull();
    expect(report.booking).toMatchObject({ ok: true, createCalls: 1 });
    expect(report.contact.email).toMatch(/^meeting-card-smoke-[\w-]+@example\.com$/);
    // The emulator's primary-store reads see the meeting on the first read; its search only after the lag.
    const { getById, associations, batchRead, search } = report.visibility!;
    for (const read of [getById, associations, batchRead]) expect(read).toMatchObject({ attempts: 1 });
    expect(search.seenAfterMs).not.toBeNull();
    expect(search.attempts).toBeGreaterThan(1);
    // Every property the function sent, read back equal (title, times, owner, location, notes...).
    expect(Object.keys(report.readBack!)).toEqual(
      expect.arrayContaining([
        'hs_meeting_title',
        'hs_meeting_start_time',
        'hs_timestamp',
        'hubspot_owner_id',
        'hs_meeting_location',
      ]),
    );
    expect(Object.values(report.readBack!).every((r) => r.same)).toBe(true);
    expect(report.answers).toEqual({
      ownerByUserId: { status: 200, ownerId: expect.any(String), userIdType: 'number' },
      activityTypeOptions: { status: 200, values: expect.arrayContaining([expect.any(String)]) },
      missingScope: {
        status: 403,
        category: 'MISSING_SCOPES',
        requiredGranularScopes: ['tickets'],
      },
      unknownProperty: { status: 404, category: 'OBJECT_NOT_FOUND' },
    });
    // Nothing left behind: the meeting and the contact are archived.
    expect(report.meetingsArchived).toEqual([{ id: report.booking.meetingId, status: 204 }]);
    expect(report.contact.archiveStatus).toBe(204);
    expect(emulator.meetings(1001)).toEqual([]);
    expect((await contacts()).map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(succeeded(report)).toBe(true);
    expect(formatReport(report)).toContain(`meeting ${report.booking.meetingId}`);
  });

  it('still archives the contact when the booking fails, and says the run failed', async () => {
    const before = await contacts();
    emulator.faults.add({
      method: 'POST',
      path: '/scheduler/2026-03/meetings/calendar',
      action: { type: 'status', status: 403 },
    });
    const report = await runSmoke(configFor(), { functionEntry });
    expect(report.booking).toMatchObject({ ok: false, meetingId: null, createCalls: 1 });
    expect(report.booking.result).toMatchObject({ ok: false, error: { code: 'MISSING_SCOPES' } });
    expect(report.visibility).toBeNull();
    expect(report.contact.archiveStatus).toBe(204);
    expect((await contacts()).map((c) => c.id)).toEqual(before.map((c) => c.id));
    expect(succeeded(report)).toBe(false);
  });

  it('creates nothing when the token belongs to another account than HUBSPOT_PORTAL_ID', async () => {
    const before = await contacts();
    await expect(runSmoke(configFor({ portalId: 1002 }), { functionEntry })).rejects.toThrow(
      /the token belongs to account 1001, not HUBSPOT_PORTAL_ID 1002\. Nothing was created/,
    );
    expect(await contacts()).toEqual(before);
    expect(emulator.meetings()).toEqual([]);
  });

  it('reports an answer that disagrees with the emulator in the comparison', async () => {
    const report = await runSmoke(configFor(), { functionEntry });
    const rows = comparisonRows({
      ...report,
      answers: { ...report.answers, unknownProperty: { status: 400, category: 'VALIDATION_ERROR' } },
    });
    expect(rows.find(([what]) => what === 'an unknown meeting property')).toEqual([
      'an unknown meeting property',
      'HTTP 400 VALIDATION_ERROR',
      'HTTP 404 OBJECT_NOT_FOUND',
    ]);
  });
});

describe('when npm run smoke refuses to run', () => {
  const cli = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cli.ts')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      encoding: 'utf8',
    });

  it('refuses without a token and an account id, and says what it needs', () => {
    for (const env of [{}, { PRIVATE_APP_ACCESS_TOKEN: 'pat-x' }, { HUBSPOT_PORTAL_ID: '123' }]) {
      const result = cli(env);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('smoke refused: npm run smoke needs a HubSpot developer test account');
    }
  });

  it('never runs in CI against real HubSpot', () => {
    const result = cli({ CI: 'true', PRIVATE_APP_ACCESS_TOKEN: 'pat-x', HUBSPOT_PORTAL_ID: '123' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('never runs in CI');
    expect(
      smokeConfigFromEnv({
        CI: 'true',
        PRIVATE_APP_ACCESS_TOKEN: 'pat-x',
        HUBSPOT_PORTAL_ID: '123',
        HUBSPOT_API_BASE_URL: 'http://127.0.0.1:9',
      }).ok,
    ).toBe(true);
  });

  it.each([
    [{ HUBSPOT_PORTAL_ID: 'acme' }, /must be a HubSpot account id/],
    [{ HUBSPOT_API_BASE_URL: 'not a url' }, /is not a URL/],
    [{ HUBSPOT_SMOKE_USER_ID: 'me' }, /must be a user id/],
  ])('refuses %p', (patch, message) => {
    const parsed = smokeConfigFromEnv({
      PRIVATE_APP_ACCESS_TOKEN: 'pat-x',
      HUBSPOT_PORTAL_ID: '123',
      ...patch,
    });
    expect(parsed).toEqual({ ok: false, reason: expect.stringMatching(message) });
  });
});

describe('pollUntil (fake clock)', () => {
  function fakeClock() {
    let t = 0;
    return { now: () => t, sleep: async (ms: number) => void (t += ms) };
  }

  it('answers how long until the check first passed and how many reads it took', async () => {
    const clock = fakeClock();
    let calls = 0;
    const seen = await pollUntil(async () => ({ done: ++calls === 4, status: 200 }), {
      timeoutMs: 10_000,
      intervalMs: 500,
      ...clock,
    });
    expect(seen).toEqual({ seenAfterMs: 1_500, attempts: 4, lastStatus: 200 });
  });

  it('gives up at the timeout with null and the last status', async () => {
    const clock = fakeClock();
    const seen = await pollUntil(async () => ({ done: false, status: 404 }), {
      timeoutMs: 2_000,
      intervalMs: 500,
      ...clock,
    });
    expect(seen).toEqual({ seenAfterMs: null, attempts: 5, lastStatus: 404 });
    expect(clock.now()).toBe(2_000);
  });
});

describe('sameValue', () => {
  it.each([
    ['2026-03-12T14:00:00Z', '2026-03-12T14:00:00.000Z', true],
    ['2026-03-12T14:00:00Z', '2026-03-12T14:30:00Z', false],
    [['81002', '81001'], '81001;81002', true],
    [['81001'], '81001;81002', false],
    ['Discovery', 'Discovery', true],
    ['Discovery', null, false],
  ])('%p read as %p: %p', (sent, read, same) => {
    expect(sameValue(sent, read)).toBe(same);
  });
});
