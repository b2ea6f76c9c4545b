import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import {
  cloneSeed,
  defaultSeed,
  DEMO_OAUTH_APP,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '@meeting-card/hubspot-emulator';
import { computeSignatureV3 } from '../security/signature';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { PUBLIC_ORIGIN } from './stack';
import { createTestStorage, type TestStorage } from './storage';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const CHILD_SCRIPT = join(__dirname, 'backend-child.ts');

/** A backend in a process of its own (so it can be killed -9, as a crashed instance is). */
export interface ChildInstance {
  url: string;
  process: ChildProcess;
  /** SIGKILL: no shutdown hook runs, claims stay as they are. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export interface SharedInstances {
  emulator: Emulator;
  /** Between every instance and the emulator: records when HubSpot received each call. */
  proxy: RecordingProxy;
  storage: TestStorage;
  instances: ChildInstance[];
  clientSecret: string;
  /** Signs a call as hubspot.fetch does and sends it to one instance. */
  signedFetch(
    instance: ChildInstance,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface SharedInstancesOptions {
  count: number;
  emulator?: Omit<EmulatorOptions, 'seed' | 'port' | 'host'>;
  /** The budget store: Redis when given, else the shared PostgreSQL. */
  redisUrl?: string;
  leaseMs?: number;
  /** Portal and user to install the app for, through the first instance. */
  install?: { portalId: number; userId: string };
  logs?: boolean;
}

/**
 * N real backend processes on one fresh PostgreSQL database (and Redis when given), in front of one
 * emulator behind a recording proxy, with the app installed the way an admin would.
 */
export async function startSharedInstances(options: SharedInstancesOptions): Promise<SharedInstances> {
  const seed = cloneSeed(defaultSeed);
  for (const app of seed.oauthApps)
    app.redirectUrls = [...app.redirectUrls, `${PUBLIC_ORIGIN}/oauth/callback`];
  const emulator = await startEmulator({ ...options.emulator, seed, host: '127.0.0.1', port: 0 });
  const proxy = await startRecordingProxy(emulator.url);
  const storage = await createTestStorage('postgres');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
    APP_BASE_URL: PUBLIC_ORIGIN,
    ALLOW_HTTP_APP_BASE_URL: '0',
    HUBSPOT_API_BASE_URL: proxy.url,
    HUBSPOT_AUTHORIZE_URL: `${emulator.url}/oauth/authorize`,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATABASE_URL: storage.databaseUrl,
    REDIS_URL: options.redisUrl ?? '',
    LOG_LEVEL: options.logs ? 'info' : 'warn',
    BACKEND_CHILD_LOGS: options.logs ? '1' : '0',
    BACKEND_CHILD_LEASE_MS: options.leaseMs ? String(options.leaseMs) : '',
    BACKEND_CHILD_BUDGET_PREFIX: `test:${randomBytes(6).toString('hex')}`,
  };
  const instances: ChildInstance[] = [];
  const shared: SharedInstances = {
    emulator,
    proxy,
    storage,
    instances,
    clientSecret: DEMO_OAUTH_APP.clientSecret,
    async signedFetch(instance, method, path, body) {
      const rawBody = body === undefined ? '' : JSON.stringify(body);
      const timestamp = String(Date.now());
      const signature = computeSignatureV3(
        DEMO_OAUTH_APP.clientSecret,
        method,
        `${PUBLIC_ORIGIN}${path}`,
        rawBody,
        timestamp,
      );
      return fetch(`${instance.url}${path}`, {
        method,
        headers: {
          'x-hubspot-signature-v3': signature,
          'x-hubspot-request-timestamp': timestamp,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : rawBody,
      });
    },
    async close() {
      for (const instance of instances.splice(0)) await instance.stop();
      await proxy.close();
      await emulator.close();
      await storage.drop();
    },
  };
  try {
    // One after the other: the first runs the migrations, which the others then find done.
    for (let i = 0; i < options.count; i++) instances.push(await startChild(env));
    if (options.install) await install(instances[0] as ChildInstance, options.install);
  } catch (error) {
    await shared.close();
    throw error;
  }
  return shared;
}

async function startChild(env: NodeJS.ProcessEnv): Promise<ChildInstance> {
  const child = fork(CHILD_SCRIPT, [], {
    cwd: REPO_ROOT,
    env,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.once('message', (message) => resolveUrl((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`backend child exited early (${code})`)));
  });
  return {
    url,
    process: child,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.disconnect();
      await exited;
    },
  };
}

/** Install link, HubSpot consent (auto-approved by the emulator), callback: as an admin would. */
async function install(instance: ChildInstance, who: { portalId: number; userId: string }): Promise<void> {
  const start = await fetch(`${instance.url}/oauth/install`, { redirect: 'manual' });
  const authorize = new URL(start.headers.get('location') ?? '');
  authorize.searchParams.set('portalId', String(who.portalId));
  authorize.searchParams.set('autoApprove', '1');
  authorize.searchParams.set('userId', who.userId);
  const consent = await fetch(authorize, { redirect: 'manual' });
  const callback = new URL(consent.headers.get('location') ?? '');
  const done = await fetch(`${instance.url}${callback.pathname}${callback.search}`, { redirect: 'manual' });
  if (done.status !== 200)
    throw new Error(`installing the app answered ${done.status}: ${await done.text()}`);
}
