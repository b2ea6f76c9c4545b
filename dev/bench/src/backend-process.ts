// Runs the marketplace backend in its own process for the throughput row: SQLite storage in a temp
// folder, logs at the production level (info) into a sink, HubSpot = the emulator at argv[2].
// Installs the app in account 1001 the way an admin would, then reports over IPC what a caller needs
// to sign requests. Answers { type: 'rss' } with its peak RSS; ends when its parent disconnects.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DEMO_OAUTH_APP } from '@meeting-card/hubspot-emulator';
import { buildBackend } from '../../../backend/src/app';
import { loadConfig } from '../../../backend/src/config/config';
import { openDatabase } from '../../../backend/src/db/database';
import { createLogger } from '../../../backend/src/logging/logger';
import { BENCH_PUBLIC_ORIGIN, type BackendProcessReady } from './backend-handshake';

async function install(backendUrl: string): Promise<void> {
  const start = await fetch(`${backendUrl}/oauth/install`, { redirect: 'manual' });
  const authorize = new URL(start.headers.get('location') ?? '');
  authorize.searchParams.set('portalId', '1001');
  authorize.searchParams.set('autoApprove', '1');
  authorize.searchParams.set('userId', '7001');
  const consent = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location') ?? '');
  const done = await fetch(`${backendUrl}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  if (done.status !== 200)
    throw new Error(`installing the app answered ${done.status}: ${await done.text()}`);
}

async function run(): Promise<void> {
  const emulatorUrl = process.argv[2] ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'meeting-card-bench-'));
  const config = loadConfig({
    HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
    APP_BASE_URL: BENCH_PUBLIC_ORIGIN,
    HUBSPOT_API_BASE_URL: emulatorUrl,
    HUBSPOT_AUTHORIZE_URL: `${emulatorUrl}/oauth/authorize`,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SQLITE_FILE: join(dir, 'backend.sqlite'),
    LOG_LEVEL: process.env.BENCH_BACKEND_LOG_LEVEL ?? 'info',
  });
  const db = await openDatabase(config);
  // Log lines are produced and serialized as in production, then dropped.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const { app } = buildBackend(config, db, createLogger({ level: config.logLevel, destination: sink }));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  await install(url);
  const ready: BackendProcessReady = {
    url,
    clientSecret: config.clientSecret,
    publicOrigin: BENCH_PUBLIC_ORIGIN,
  };
  process.send?.(ready);
  process.on('message', (message) => {
    if ((message as { type?: string }).type === 'rss')
      process.send?.({ maxRssKb: process.resourceUsage().maxRSS });
  });
  process.on('disconnect', () => {
    void app
      .close()
      .then(() => db.destroy())
      .finally(() => {
        rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
