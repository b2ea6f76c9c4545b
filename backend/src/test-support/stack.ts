import { randomBytes } from 'node:crypto';
import type { MeetingParameters } from '@meeting-card/core';
import {
  cloneSeed,
  defaultSeed,
  DEMO_OAUTH_APP,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '@meeting-card/hubspot-emulator';
import { buildBackend, type BackendApp } from '../app';
import { loadConfig, type BackendConfig } from '../config/config';
import { openDatabase, type Db } from '../db/database';
import { createLogger } from '../logging/logger';
import { checkBeforeServing } from '../startup';
import { computeSignatureV3 } from '../security/signature';
import type { ServiceOverrides } from '../services';
import { LogCapture } from './log-capture';
import { createTestStorage, type StorageKind, type TestStorage } from './storage';

/**
 * The public origin HubSpot would call. Tests reach the backend on 127.0.0.1 directly, as a TLS proxy
 * in front of it would: the signature covers this origin, not the listening address.
 */
export const PUBLIC_ORIGIN = 'https://meeting-card.test';

/** A clock both the backend and the test's signer read; `advance` moves the backend (not the emulator). */
export class TestClock {
  offsetMs = 0;
  now = () => Date.now() + this.offsetMs;
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

export interface BackendInstance extends BackendApp {
  url: string;
  db: Db;
  close(): Promise<void>;
}

export interface Stack {
  emulator: Emulator;
  storage: TestStorage;
  config: BackendConfig;
  clock: TestClock;
  logs: LogCapture;
  /** Every signature signedFetch sent: none may appear in a log line. */
  sentSignatures: string[];
  /** The first backend instance; `startInstance` adds more on the same database. */
  backend: BackendInstance;
  startInstance(overrides?: ServiceOverrides): Promise<BackendInstance>;
  close(): Promise<void>;
}

export interface StackOptions {
  storage: StorageKind;
  emulator?: Omit<EmulatorOptions, 'seed' | 'port' | 'host'>;
  overrides?: ServiceOverrides;
  /** Shared across suites in one file so the redaction check sees every line. */
  logs?: LogCapture;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const seed = cloneSeed(defaultSeed);
  for (const app of seed.oauthApps)
    app.redirectUrls = [...app.redirectUrls, `${PUBLIC_ORIGIN}/oauth/callback`];
  // Search indexes at once unless a suite asks for a lag (`lag.search` wins; the emulator's default is realistic).
  const emulator = await startEmulator({
    searchIndexDelayMs: 0,
    ...options.emulator,
    seed,
    host: '127.0.0.1',
    port: 0,
  });
  const storage = await createTestStorage(options.storage);
  const clock = new TestClock();
  const logs = options.logs ?? new LogCapture();
  const config = loadConfig({
    HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
    APP_BASE_URL: PUBLIC_ORIGIN,
    HUBSPOT_API_BASE_URL: emulator.url,
    HUBSPOT_AUTHORIZE_URL: `${emulator.url}/oauth/authorize`,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATABASE_URL: storage.databaseUrl,
    SQLITE_FILE: storage.sqliteFile || undefined,
    LOG_LEVEL: 'trace',
  });
  const instances: BackendInstance[] = [];

  async function startInstance(
    overrides: ServiceOverrides = options.overrides ?? {},
  ): Promise<BackendInstance> {
    const db = await openDatabase(config);
    await checkBeforeServing(config, db, clock.now()).catch(async (error: unknown) => {
      await db.destroy();
      throw error;
    });
    const logger = createLogger({ level: config.logLevel, destination: logs });
    const built = buildBackend(config, db, logger, { now: clock.now, ...overrides });
    const url = await built.app.listen({ host: '127.0.0.1', port: 0 });
    const instance: BackendInstance = {
      ...built,
      url,
      db,
      async close() {
        await built.app.close();
        await db.destroy();
      },
    };
    instances.push(instance);
    return instance;
  }

  const backend = await startInstance();
  return {
    emulator,
    storage,
    config,
    clock,
    logs,
    sentSignatures: [],
    backend,
    startInstance,
    async close() {
      for (const instance of instances.splice(0)) await instance.close();
      await emulator.close();
      await storage.drop();
    },
  };
}

/** Installs the app in `portalId` the way an admin would: install link, HubSpot consent, callback. */
export async function installApp(stack: Stack, portalId: number, userId?: string): Promise<Response> {
  const start = await fetch(`${stack.backend.url}/oauth/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/oauth/install answered ${start.status}`);
  const authorize = new URL(start.headers.get('location') ?? '');
  // What the admin's click on HubSpot's consent page adds.
  authorize.searchParams.set('portalId', String(portalId));
  authorize.searchParams.set('autoApprove', '1');
  if (userId) authorize.searchParams.set('userId', userId);
  const consent = await fetch(authorize, { redirect: 'manual' });
  if (consent.status !== 302)
    throw new Error(`authorize answered ${consent.status}: ${await consent.text()}`);
  return fetch(toLocal(stack, consent.headers.get('location') ?? ''), { redirect: 'manual' });
}

/** A public URL of the backend, reached on its listening address. */
export function toLocal(stack: Stack, publicUrl: string, instance: BackendInstance = stack.backend): string {
  const url = new URL(publicUrl);
  return `${instance.url}${url.pathname}${url.search}`;
}

export interface SignedCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path and query, e.g. /api/meetings?portalId=1001 */
  path: string;
  body?: unknown;
  /** Overrides, to forge bad requests. */
  timestamp?: number;
  secret?: string;
  signedMethod?: string;
  signedPath?: string;
  signedBody?: string;
  instance?: BackendInstance;
}

/** Calls the backend as HubSpot's hubspot.fetch proxy would: signed v3, public URI. */
export async function signedFetch(stack: Stack, call: SignedCall): Promise<Response> {
  const rawBody = call.body === undefined ? '' : JSON.stringify(call.body);
  const timestamp = String(call.timestamp ?? stack.clock.now());
  const signature = computeSignatureV3(
    call.secret ?? stack.config.clientSecret,
    call.signedMethod ?? call.method,
    `${PUBLIC_ORIGIN}${call.signedPath ?? call.path}`,
    call.signedBody ?? rawBody,
    timestamp,
  );
  stack.sentSignatures.push(signature);
  const headers: Record<string, string> = {
    'x-hubspot-signature-v3': signature,
    'x-hubspot-request-timestamp': timestamp,
  };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${(call.instance ?? stack.backend).url}${call.path}`, {
    method: call.method,
    headers,
    body: call.body === undefined ? undefined : rawBody,
  });
}

export function meetingParameters(overrides: Partial<MeetingParameters> = {}): MeetingParameters {
  return {
    requestId: crypto.randomUUID(),
    organizerUserId: '7001',
    title: 'Intro call',
    start: '2031-03-12T14:00',
    end: '2031-03-12T14:30',
    timezone: 'America/Sao_Paulo',
    ...overrides,
  };
}

/** The body the marketplace card sends to POST /api/meetings. */
export function createBody(
  portalId: number,
  userId: string,
  contactId: string,
  parameters = meetingParameters({ organizerUserId: userId }),
) {
  return { portalId: String(portalId), userId, contactId, parameters };
}
