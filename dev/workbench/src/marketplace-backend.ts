// The marketplace mode's backend: the real `@meeting-card/backend` built in this process on a SQLite
// file, configured with the emulator's OAuth app, listening on a loopback port, and known to the
// card by a made-up public https origin that only the workbench maps to that port (as a TLS proxy
// in front of a deployed backend would; the signature covers the public origin). Also runs the install the way an admin does:
// /oauth/install -> the emulator's consent page (auto-approved) -> /oauth/callback.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildBackend,
  createLogger,
  loadConfig,
  openDatabase,
  type BackendApp,
  type Db,
} from '@meeting-card/backend';
import { DEMO_OAUTH_APP } from '@meeting-card/hubspot-emulator';
import type { ForwardedRequest, ForwardedResponse } from './hubspot-fetch-proxy';

/** The backend's public origin in the workbench: a name no resolver knows, so only the workbench reaches it. */
export const WORKBENCH_BACKEND_ORIGIN = 'https://backend.meetingcard.test';

export interface MarketplaceBackendOptions {
  emulatorUrl: string;
  /** The backend's SQLite file; its token key is kept beside it (`<file>.key`). */
  sqliteFile: string;
  /** pino level for the backend's JSON logs on stdout (default `warn`: start-up and trouble only). */
  logLevel?: string;
}

export interface InstallOutcome {
  ok: boolean;
  /** The backend's page text, or why the flow stopped. */
  message: string;
}

/**
 * The key that seals the tokens in the SQLite file. Generated once and kept next to the file (under
 * git-ignored .data/), because a new key would make the stored tokens unreadable after a restart.
 */
function tokenKeyFor(sqliteFile: string): string {
  const keyFile = `${sqliteFile}.key`;
  if (existsSync(keyFile)) return readFileSync(keyFile, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  mkdirSync(path.dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function startMarketplaceBackend(options: MarketplaceBackendOptions) {
  const config = loadConfig({
    HUBSPOT_CLIENT_ID: DEMO_OAUTH_APP.clientId,
    HUBSPOT_CLIENT_SECRET: DEMO_OAUTH_APP.clientSecret,
    APP_BASE_URL: WORKBENCH_BACKEND_ORIGIN,
    HUBSPOT_API_BASE_URL: options.emulatorUrl,
    HUBSPOT_AUTHORIZE_URL: `${options.emulatorUrl}/oauth/authorize`,
    TOKEN_ENCRYPTION_KEY: tokenKeyFor(options.sqliteFile),
    SQLITE_FILE: options.sqliteFile,
    LOG_LEVEL: options.logLevel ?? 'warn',
  });
  const db: Db = await openDatabase(config);
  const backend: BackendApp = buildBackend(config, db, createLogger({ level: config.logLevel }));
  let localUrl: string;
  try {
    localUrl = await backend.app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await db.destroy();
    throw error;
  }

  /** Real HTTP on loopback, so a failed connection is a real one. */
  async function forward(request: ForwardedRequest): Promise<ForwardedResponse> {
    const response = await fetch(`${localUrl}${request.pathAndQuery}`, {
      method: request.method,
      headers: request.headers,
      body: request.body || undefined,
      redirect: 'manual',
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { status: response.status, headers, body: await response.text() };
  }

  /** A public URL of the backend (what a browser would follow), on its loopback address. */
  async function visit(
    publicUrl: string,
  ): Promise<{ status: number; location: string | null; body: string }> {
    const url = new URL(publicUrl);
    if (url.origin !== WORKBENCH_BACKEND_ORIGIN) throw new Error(`${url.origin} is not the backend's origin`);
    const response = await fetch(`${localUrl}${url.pathname}${url.search}`, { redirect: 'manual' });
    return {
      status: response.status,
      location: response.headers.get('location'),
      body: await response.text(),
    };
  }

  return {
    origin: WORKBENCH_BACKEND_ORIGIN,
    clientSecret: config.clientSecret,
    clientId: config.clientId,
    forward,

    /** Whether the backend holds a live install for the account. */
    async isInstalled(portalId: number): Promise<boolean> {
      return (await backend.services.accounts.findInstalled(String(portalId))) !== null;
    },

    /** The real OAuth install, as an admin of `portalId` clicking "Install" would run it. */
    async install(portalId: number, userId: string): Promise<InstallOutcome> {
      const start = await visit(`${WORKBENCH_BACKEND_ORIGIN}/oauth/install`);
      const authorizeUrl = start.location;
      if (start.status !== 302 || !authorizeUrl)
        return { ok: false, message: `/oauth/install answered ${start.status}` };
      const authorize = new URL(authorizeUrl);
      // What the admin's click on the consent page adds (the emulator's non-interactive consent).
      authorize.searchParams.set('portalId', String(portalId));
      authorize.searchParams.set('userId', userId);
      authorize.searchParams.set('autoApprove', '1');
      const consent = await fetch(authorize, { redirect: 'manual' });
      const callback = consent.headers.get('location');
      if (consent.status !== 302 || !callback)
        return {
          ok: false,
          message: `HubSpot's consent page answered ${consent.status}: ${pageText(await consent.text())}`,
        };
      const done = await visit(callback);
      return { ok: done.status === 200, message: pageText(done.body) };
    },

    async close(): Promise<void> {
      await backend.app.close();
      await db.destroy();
    },
  };
}

/** The readable text of an HTML page, for messages. */
function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

export type MarketplaceBackend = Awaited<ReturnType<typeof startMarketplaceBackend>>;
