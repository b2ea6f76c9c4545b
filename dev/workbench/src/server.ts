// The workbench server: one port that serves the page, mounts the HubSpot API emulator (on an
// internal loopback port, in this process), and runs the app functions in-process.
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  ACME_TOKEN,
  defaultSeed,
  startEmulator,
  type Emulator,
  type EmulatorSeed,
  type FaultRule,
  type LagDistribution,
  type LagOptions,
} from '@meeting-card/hubspot-emulator';
import { createHostBundler, type HostBundler } from './bundle';
import { WorkbenchError } from './errors';
import { FunctionNotFoundError, createFunctionRunner, type FunctionRunner } from './functions';
import {
  createHubSpotReader,
  HubSpotReadError,
  OBJECT_TYPE_IDS,
  RECORD_KINDS,
  recordKindOf,
  type HubSpotReader,
  type RecordKind,
} from './hubspot-client';
import {
  marketplaceSeed,
  PROXY_FAULTS,
  registerMarketplaceRoutes,
  startMarketplaceMode,
  type MarketplaceMode,
} from './marketplace-mode';
import { resolveApiMode, type ApiMode } from './mode';
import {
  backendSqliteFileFor,
  DEFAULT_CARD_ENTRY,
  DEFAULT_FUNCTIONS_DIR,
  DEFAULT_STATE_FILE,
  HOST_DIR,
  MARKETPLACE_APP_DIR,
  MARKETPLACE_CARD_ENTRY,
  MARKETPLACE_STATE_FILE,
  PROJECT_APP_DIR,
} from './paths';

/** Which HubSpot project the card runs as: the private app (app functions) or the marketplace app (hubspot.fetch to the backend). */
export type Distribution = 'private' | 'marketplace';

export interface WorkbenchOptions {
  /** Default `private`. `marketplace` runs the marketplace card against the backend, in this process. */
  distribution?: Distribution;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * The emulator's state file (default `<repo>/.data/workbench-emulator.json`, or
   * `workbench-marketplace-emulator.json` in marketplace mode, whose backend SQLite file sits beside it).
   */
  stateFile?: string;
  /** The card module to host (default the project's unmodified `src/app/cards/MeetingCard.tsx`, or `marketplace/src/app/cards/MeetingCard.tsx`). */
  cardEntry?: string;
  /** Folder with the app functions' hsmeta files and built entrypoints (default `src/app/functions`). */
  functionsDir?: string;
  /** A fixed search lag (ms) instead of the default realistic one: `lag.search: { fixedMs }`. */
  searchIndexDelayMs?: number;
  /**
   * The emulator's lags (see dev/emulator's README). Default: search lags as HubSpot's index does
   * ('realistic': median 4 s, p95 30 s, tail past 60 s), so an armed fault shows the card checking.
   */
  lag?: LagOptions;
  /** The "slow" fault's delay; past the create call's 5 s timeout (default 6000 ms). */
  slowFaultMs?: number;
  /** Where HUBSPOT_API_BASE_URL / PRIVATE_APP_ACCESS_TOKEN are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The emulator's data instead of the default seed (private mode; the bench seeds 1,000 owners). */
  seed?: EmulatorSeed;
}

export interface Workbench {
  url: string;
  port: number;
  mode: 'emulator' | 'hubspot';
  distribution: Distribution;
  /** The in-process emulator (emulator mode only). */
  emulator: Emulator | null;
  /** The in-process backend and the hubspot.fetch proxy (marketplace mode only). */
  marketplace: MarketplaceMode | null;
  close(): Promise<void>;
}

const EMULATOR_PORTAL_ID = 1001;
const CREATE_PATH = '/scheduler/2026-03/meetings/calendar';
const CONTACT_LIST_PROPERTIES = ['firstname', 'lastname', 'email', 'hs_timezone', 'company'];

const TIME_ZONES = [
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Mexico_City',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
  'UTC',
];
const LOCALES = [
  { value: 'en', label: 'English (en)' },
  { value: 'pt-BR', label: 'Português do Brasil (pt-BR)' },
  { value: 'es', label: 'Español (es)' },
];

/** The fault panel's buttons: each arms one rule for the next create-meeting call. */
function faultRules(slowMs: number): Record<string, { label: string; rule: FaultRule }> {
  const next = (action: FaultRule['action']): FaultRule => ({
    method: 'POST',
    path: CREATE_PATH,
    times: 1,
    action,
  });
  return {
    'rate-limit': {
      label: 'Next create: 429 rate limited',
      rule: next({ type: 'status', status: 429, retryAfterSeconds: 1 }),
    },
    'server-error': { label: 'Next create: 500 server error', rule: next({ type: 'status', status: 500 }) },
    slow: { label: 'Next create: slow, past the timeout', rule: next({ type: 'delay', ms: slowMs }) },
    'drop-after-store': {
      label: 'Next create: connection dropped after store',
      rule: next({ type: 'drop-after-store' }),
    },
    'unavailable-after-store': {
      label: 'Next create: 503 after store',
      rule: next({ type: 'status-after-store', status: 503 }),
    },
  };
}

/** The fault panel's search-lag choices (for the next writes). */
export const SEARCH_LAG_CHOICES: Record<string, { label: string; lag: LagDistribution }> = {
  realistic: { label: 'Realistic (median 4 s, 1 in 100 over a minute)', lag: 'realistic' },
  instant: { label: 'None (found at once)', lag: 'instant' },
  'fixed-1500': { label: '1.5 s', lag: { fixedMs: 1_500 } },
  'fixed-30000': { label: '30 s', lag: { fixedMs: 30_000 } },
  'fixed-90000': { label: '90 s', lag: { fixedMs: 90_000 } },
};

/** The choice matching a lag, or 'custom'. */
function searchLagChoice(lag: LagDistribution): string {
  const text = JSON.stringify(lag);
  return Object.entries(SEARCH_LAG_CHOICES).find(([, c]) => JSON.stringify(c.lag) === text)?.[0] ?? 'custom';
}

function readJson(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The card's title and the app's name, as HubSpot shows them, from the project's hsmeta files. */
function projectNames(cardEntry: string, appDir: string): { cardTitle: string; appName: string } {
  const cardsDir = path.dirname(cardEntry);
  let cardTitle = 'Card';
  if (existsSync(cardsDir)) {
    for (const f of readdirSync(cardsDir).filter((n) => n.endsWith('-hsmeta.json'))) {
      const meta = readJson(path.join(cardsDir, f)) as {
        config?: { name?: string; entrypoint?: string };
      } | null;
      if (meta?.config?.entrypoint && path.basename(meta.config.entrypoint) === path.basename(cardEntry))
        cardTitle = meta.config.name ?? cardTitle;
    }
  }
  const app = readJson(path.join(appDir, 'app-hsmeta.json')) as { config?: { name?: string } } | null;
  return { cardTitle, appName: app?.config?.name ?? 'App' };
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const env = options.env ?? process.env;
  const mode: ApiMode = resolveApiMode(env);
  const distribution: Distribution = options.distribution ?? 'private';
  const marketplaceMode = distribution === 'marketplace';
  if (marketplaceMode && mode.kind !== 'emulator') {
    throw new WorkbenchError(
      'The marketplace mode runs against the built-in emulator (its OAuth app stands in for yours). Unset HUBSPOT_API_BASE_URL, or start without --mode marketplace.',
    );
  }
  const cardEntry = options.cardEntry ?? (marketplaceMode ? MARKETPLACE_CARD_ENTRY : DEFAULT_CARD_ENTRY);
  if (!existsSync(cardEntry)) throw new WorkbenchError(`The card module ${cardEntry} does not exist.`);
  // A marketplace app has no app functions (HubSpot forbids them in OAuth apps).
  const functions: FunctionRunner | null = marketplaceMode
    ? null
    : createFunctionRunner(options.functionsDir ?? DEFAULT_FUNCTIONS_DIR);
  const missing = functions?.missingBuilds() ?? [];
  if (missing.length)
    throw new WorkbenchError(
      `The app functions are not built (${missing.join(', ')} missing). Run npm run build, then start again.`,
    );
  const faults = faultRules(options.slowFaultMs ?? 6000);
  const names = projectNames(cardEntry, marketplaceMode ? MARKETPLACE_APP_DIR : PROJECT_APP_DIR);
  const host = options.host ?? '127.0.0.1';

  const bundler: HostBundler = await createHostBundler(cardEntry);
  const app: FastifyInstance = Fastify({ logger: false, forceCloseConnections: true });
  let emulator: Emulator | null = null;
  let marketplace: MarketplaceMode | null = null;
  let reader: HubSpotReader | null = null;
  let token = '';
  let apiBaseUrl = '';
  const armed = new Map<string, string>();

  const requireReader = () => {
    if (!reader) throw new Error('The workbench is still starting.');
    return reader;
  };

  app.setErrorHandler((error, _request, reply) => {
    const status =
      error instanceof HubSpotReadError
        ? error.status === 404
          ? 404
          : 502
        : error instanceof FunctionNotFoundError
          ? 404
          : ((error as { statusCode?: number }).statusCode ?? 500);
    reply.code(status).send({ message: error instanceof Error ? error.message : String(error) });
  });

  app.get('/', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(readFileSync(path.join(HOST_DIR, 'index.html'), 'utf8')),
  );
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).send());
  app.get('/assets/styles.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(readFileSync(path.join(HOST_DIR, 'styles.css'), 'utf8')),
  );
  app.get('/assets/host.js', async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(await bundler.build()),
  );

  app.get('/api/config', async () => {
    let users: Array<{ id: string; firstName: string; lastName: string; email: string; ownerId?: string }>;
    let portal: { id: number; timezone: string };
    if (mode.kind === 'emulator') {
      const account = (options.seed ?? defaultSeed).accounts.find((a) => a.portalId === EMULATOR_PORTAL_ID);
      if (!account) throw new Error(`The emulator seed has no portal ${EMULATOR_PORTAL_ID}.`);
      portal = { id: account.portalId, timezone: account.timezone };
      users = account.users.map((u) => ({
        ...u,
        ownerId: account.owners.find((o) => o.userId === u.id && !o.archived)?.id,
      }));
    } else {
      portal = { id: mode.portalId, timezone: mode.timezone };
      users = (await requireReader().owners())
        .filter((o) => o.userId !== undefined)
        .map((o) => ({
          id: String(o.userId),
          firstName: o.firstName ?? '',
          lastName: o.lastName ?? '',
          email: o.email ?? '',
          ownerId: String(o.id),
        }));
    }
    return {
      mode: mode.kind,
      distribution,
      // Profile variables as HubSpot hands them to the card (the marketplace card reads BACKEND_ORIGIN).
      variables: marketplace ? { BACKEND_ORIGIN: marketplace.backend.origin } : {},
      install: marketplace ? await marketplace.installStatus() : null,
      apiBaseUrl,
      portal,
      users,
      ...names,
      timeZones: TIME_ZONES.includes(portal.timezone) ? TIME_ZONES : [portal.timezone, ...TIME_ZONES],
      locales: LOCALES,
      searchLag: emulator
        ? {
            selected: searchLagChoice(emulator.lag.get().search),
            choices: Object.entries(SEARCH_LAG_CHOICES).map(([kind, c]) => ({ kind, label: c.label })),
          }
        : null,
      faults:
        mode.kind === 'emulator'
          ? [
              ...Object.entries(faults).map(([kind, f]) => ({ kind, label: f.label })),
              ...(marketplace
                ? Object.entries(PROXY_FAULTS).map(([kind, f]) => ({ kind, label: f.label }))
                : []),
            ]
          : [],
    };
  });

  /** The seeded (or first 50) records of a type, for the page's record picker. */
  async function listOf(
    kind: RecordKind,
  ): Promise<Array<{ id: string; properties: Record<string, string | null> }>> {
    if (mode.kind === 'emulator') {
      const response = await fetch(`${apiBaseUrl}/__emulator/${kind}?portalId=${EMULATOR_PORTAL_ID}`);
      return ((await response.json()) as Array<{ id: string; properties: Record<string, string> }>).map(
        (c) => ({ id: c.id, properties: c.properties }),
      );
    }
    return requireReader().listRecords(kind, kind === 'contacts' ? CONTACT_LIST_PROPERTIES : undefined);
  }
  const kindParam = (value: string) => {
    const kind = recordKindOf(value);
    if (!kind)
      throw Object.assign(new Error(`Unknown record type ${value}; one of ${RECORD_KINDS.join(', ')}`), {
        statusCode: 400,
      });
    return kind;
  };

  app.get('/api/contacts', async () => listOf('contacts'));
  // Contacts, companies and deals (the card's objectTypes), for the record picker.
  app.get('/api/records', async () => {
    const [contacts, companies, deals] = await Promise.all(RECORD_KINDS.map((k) => listOf(k)));
    return { contacts, companies, deals };
  });

  app.get<{ Params: { id: string }; Querystring: { properties?: string } }>(
    '/api/contacts/:id',
    async (request) => {
      const properties = (request.query.properties ?? '').split(',').filter(Boolean);
      return requireReader().contact(request.params.id, properties);
    },
  );
  app.get<{ Params: { kind: string; id: string }; Querystring: { properties?: string } }>(
    '/api/records/:kind/:id',
    async (request) => {
      const properties = (request.query.properties ?? '').split(',').filter(Boolean);
      return requireReader().record(kindParam(request.params.kind), request.params.id, properties);
    },
  );

  app.get<{ Params: { id: string } }>('/api/contacts/:id/meetings', async (request) =>
    requireReader().meetingsOf(request.params.id),
  );
  app.get<{ Params: { kind: string; id: string } }>('/api/records/:kind/:id/meetings', async (request) =>
    requireReader().meetingsOf(request.params.id, kindParam(request.params.kind)),
  );
  // The record's associated contacts, companies and deals (the right-hand "associations" cards in HubSpot).
  app.get<{ Params: { kind: string; id: string } }>('/api/records/:kind/:id/associations', async (request) =>
    requireReader().associationsOf(kindParam(request.params.kind), request.params.id),
  );

  // hubspot.serverless(uid, { parameters, propertiesToSend }) from the card.
  app.post<{
    Params: { name: string };
    Body: { objectId?: unknown; objectTypeId?: unknown; parameters?: unknown; propertiesToSend?: unknown };
  }>('/api/functions/:name', async (request, reply) => {
    const { objectId, parameters } = request.body ?? {};
    if (typeof objectId !== 'string' || !/^\d+$/.test(objectId))
      return reply.code(400).send({ message: 'objectId (the record id) is required' });
    // The card's record: a contact unless the page says otherwise (context.crm.objectTypeId).
    const objectTypeId = request.body?.objectTypeId ?? OBJECT_TYPE_IDS.contacts;
    const kind = recordKindOf(objectTypeId);
    if (!kind)
      return reply
        .code(400)
        .send({ message: `objectTypeId ${String(objectTypeId)} is not a record type the card runs on` });
    const asked = Array.isArray(request.body?.propertiesToSend)
      ? (request.body.propertiesToSend as unknown[]).filter((p): p is string => typeof p === 'string')
      : [];
    // As HubSpot does: read the properties the card asked for from the record itself, and only those.
    const propertiesToSend: Record<string, string | null> = {};
    if (asked.length) {
      // A name the object type does not have comes back empty (HubSpot sends no value for it).
      const record = await requireReader().record(kind, objectId, asked);
      for (const name of asked)
        propertiesToSend[name] = record.properties[name] ?? (name === 'hs_object_id' ? record.id : null);
    }
    if (!functions)
      return reply.code(404).send({
        message: 'The marketplace app has no app functions: its card calls the backend with hubspot.fetch.',
      });
    try {
      return await functions.run(request.params.name, {
        parameters: parameters ?? {},
        propertiesToSend,
        secrets: { PRIVATE_APP_ACCESS_TOKEN: token },
      });
    } catch (error) {
      if (error instanceof FunctionNotFoundError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`[workbench] app function ${request.params.name} failed: ${message}`);
      return reply
        .code(500)
        .send({ message: `The app function "${request.params.name}" failed: ${message}` });
    }
  });

  registerMarketplaceRoutes(app, () => marketplace);

  app.post<{ Body: { kind?: string } }>('/api/faults', async (request, reply) => {
    const kind = request.body?.kind ?? '';
    const fault = faults[kind];
    if (!emulator)
      return reply.code(409).send({ message: 'Faults need the emulator (HUBSPOT_API_BASE_URL is set).' });
    const proxyFault = marketplace ? PROXY_FAULTS[kind] : undefined;
    if (marketplace && proxyFault) {
      marketplace.proxy.faults.add({ ...proxyFault, times: 1 });
      return { armed: armedLabels() };
    }
    if (!fault)
      return reply.code(400).send({
        message: `Unknown fault; one of ${[...Object.keys(faults), ...(marketplace ? Object.keys(PROXY_FAULTS) : [])].join(', ')}`,
      });
    armed.set(emulator.faults.add(fault.rule), fault.label);
    return { armed: armedLabels() };
  });
  app.delete('/api/faults', async () => {
    emulator?.faults.clear();
    marketplace?.proxy.faults.clear();
    armed.clear();
    return { armed: [] };
  });
  // The search lag new bookings draw from (the fault panel's select); it survives "Reset demo data".
  app.put<{ Body: { kind?: string } }>('/api/search-lag', async (request, reply) => {
    const choice = SEARCH_LAG_CHOICES[request.body?.kind ?? ''];
    if (!emulator)
      return reply
        .code(409)
        .send({ message: 'Search lag needs the emulator (HUBSPOT_API_BASE_URL is set).' });
    if (!choice)
      return reply
        .code(400)
        .send({ message: `Unknown search lag; one of ${Object.keys(SEARCH_LAG_CHOICES).join(', ')}` });
    emulator.lag.set({ search: choice.lag });
    return { selected: request.body?.kind };
  });
  app.post('/api/reset', async (_request, reply) => {
    if (!emulator)
      return reply.code(409).send({ message: 'Reset needs the emulator (HUBSPOT_API_BASE_URL is set).' });
    const searchLag = emulator.lag.get().search;
    emulator.reset();
    emulator.lag.set({ search: searchLag });
    marketplace?.proxy.faults.clear();
    armed.clear();
    // The reset emulator forgot the OAuth grant: install again, as an admin would after an uninstall.
    if (marketplace) await marketplace.ensureInstalled();
    return { ok: true };
  });

  /** Rules still waiting for their call (a used rule leaves the emulator's list). */
  function armedLabels(): string[] {
    const live = new Set((emulator?.faults.list() ?? []).map((r) => r.id));
    for (const id of armed.keys()) if (!live.has(id)) armed.delete(id);
    return [...armed.values(), ...(marketplace?.proxy.faults.armed() ?? [])];
  }
  app.get('/api/faults', async () => ({ armed: armedLabels() }));

  try {
    await app.listen({ host, port: options.port ?? 3000 });
  } catch (error) {
    await bundler.dispose();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new WorkbenchError(
        `Port ${options.port ?? 3000} is already in use (another workbench?). Stop it, or start on another port: npm start -- --port 3001 (or PORT=3001 npm start).`,
      );
    }
    throw error;
  }

  const previousEnv = { base: process.env.HUBSPOT_API_BASE_URL, token: process.env.PRIVATE_APP_ACCESS_TOKEN };
  try {
    if (mode.kind === 'emulator') {
      // Each distribution keeps its own demo data: the marketplace backend's tokens belong to its emulator's grants.
      const stateFile = options.stateFile ?? (marketplaceMode ? MARKETPLACE_STATE_FILE : DEFAULT_STATE_FILE);
      mkdirSync(path.dirname(stateFile), { recursive: true });
      emulator = await startEmulator({
        host: '127.0.0.1',
        port: 0,
        stateFile,
        searchIndexDelayMs: options.searchIndexDelayMs,
        lag: options.lag,
        ...(marketplaceMode ? { seed: marketplaceSeed() } : {}),
        ...(options.seed && !marketplaceMode ? { seed: options.seed } : {}),
      });
      apiBaseUrl = emulator.url;
      if (marketplaceMode) {
        marketplace = await startMarketplaceMode({
          emulatorUrl: emulator.url,
          sqliteFile: backendSqliteFileFor(stateFile),
        });
        await marketplace.ensureInstalled();
      }
      // The emulator's made-up token for portal 1001 (all scopes); never a real credential.
      token = ACME_TOKEN;
    } else {
      apiBaseUrl = mode.baseUrl;
      token = mode.token;
    }
  } catch (error) {
    await app.close();
    await marketplace?.close();
    await emulator?.close();
    await bundler.dispose();
    throw error;
  }
  reader = createHubSpotReader(apiBaseUrl, token);
  // The functions read these from process.env, as HubSpot's runtime provides them.
  process.env.HUBSPOT_API_BASE_URL = apiBaseUrl;
  process.env.PRIVATE_APP_ACCESS_TOKEN = token;

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);
  let closed = false;
  return {
    url: `http://${host}:${port}`,
    port,
    mode: mode.kind,
    distribution,
    emulator,
    marketplace,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await marketplace?.close();
      await emulator?.close();
      await bundler.dispose();
      restoreEnv('HUBSPOT_API_BASE_URL', previousEnv.base);
      restoreEnv('PRIVATE_APP_ACCESS_TOKEN', previousEnv.token);
    },
  };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
