import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DEMO_OAUTH_APP } from '@meeting-card/hubspot-emulator';
import { buildBackend } from '../app';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../logging/logger';
import { installApp, startStack, STORAGE_KINDS_FOR_TESTS, type Stack } from '../test-support';

const CLI = resolve(__dirname, '../cli.ts');

/** Runs `npm run backend`'s entry as a real process; resolves with its exit code and stderr once it exits. */
function runBackendProcess(env: Record<string, string>): {
  exited: Promise<{ code: number | null; stderr: string }>;
  listening: Promise<string>;
  stop(): void;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let onListening: (url: string) => void = () => {};
  const listening = new Promise<string>((resolveUrl) => (onListening = resolveUrl));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const line = stdout.split('\n').find((l) => l.includes('backend listening'));
    if (line) onListening((JSON.parse(line) as { address: string }).address);
  });
  const exited = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stderr })),
  );
  return { exited, listening, stop: () => child.kill('SIGTERM') };
}

describe.each(STORAGE_KINDS_FOR_TESTS)('start and health tell the truth (%s storage)', (storage) => {
  let stack: Stack;
  let env: Record<string, string>;
  beforeAll(async () => {
    stack = await startStack({ storage });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
    env = {
      HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
      HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
      APP_BASE_URL: 'http://127.0.0.1',
      ALLOW_HTTP_APP_BASE_URL: '1',
      HUBSPOT_API_BASE_URL: stack.emulator.url,
      TOKEN_ENCRYPTION_KEY: stack.config.tokenEncryptionKey.toString('base64'),
      ...(stack.storage.databaseUrl
        ? { DATABASE_URL: stack.storage.databaseUrl }
        : { SQLITE_FILE: stack.storage.sqliteFile }),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('refuses to start with exit code 2 and a clear message when the key does not open what is stored', async () => {
    const run = runBackendProcess({ ...env, TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    const { code, stderr } = await run.exited;
    expect(code).toBe(2);
    expect(stderr).toContain('TOKEN_ENCRYPTION_KEY does not open the tokens stored in this database');
    expect(stderr).not.toContain(env.TOKEN_ENCRYPTION_KEY);
  });

  it('starts with the right key, and its /healthz reports storage, key and shared budget', async () => {
    const run = runBackendProcess(env);
    try {
      const url = await Promise.race([
        run.listening,
        run.exited.then(({ code, stderr }) => {
          throw new Error(`exited ${code}: ${stderr}`);
        }),
      ]);
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        ok: true,
        database: storage,
        storage: { ok: true, status: 'ok' },
        tokenKey: { ok: true, status: 'verified' },
        // Without REDIS_URL: PostgreSQL holds the shared budget; one SQLite instance counts in-process.
        sharedBudget:
          storage === 'postgres'
            ? { ok: true, status: 'ok', detail: expect.stringMatching(/^postgres, \d+ ms round trip$/) }
            : { ok: true, status: 'in-process', detail: 'one SQLite instance' },
      });
    } finally {
      run.stop();
      await run.exited;
    }
  });

  it('seals a canary at the first start, so a wrong key is caught even before any install', async () => {
    const canary = await stack.backend.db
      .selectFrom('backend_meta')
      .selectAll()
      .where('name', '=', 'token_key_canary')
      .executeTakeFirstOrThrow();
    expect(canary.value).toMatch(/^v1\./);
    expect(canary.value).not.toContain('canary');
  });

  it('answers 503 naming the key when an instance runs with a key that does not open the store', async () => {
    const config = loadConfig({
      HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
      HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
      APP_BASE_URL: 'https://meeting-card.test',
      TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: stack.storage.databaseUrl,
      SQLITE_FILE: stack.storage.sqliteFile || undefined,
      LOG_LEVEL: 'silent',
    });
    const db = await openDatabase(config);
    const { app } = buildBackend(config, db, createLogger({ level: 'silent' }));
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        ok: false,
        storage: { ok: true },
        tokenKey: { ok: false, status: 'wrong key' },
      });
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('answers 503 when storage is unavailable', async () => {
    const instance = await stack.startInstance();
    await instance.db.destroy();
    const response = await fetch(`${instance.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      ok: false,
      storage: { ok: false, status: 'unavailable' },
      tokenKey: { ok: false, status: 'unknown' },
    });
  });
});
