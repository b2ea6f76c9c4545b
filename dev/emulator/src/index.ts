// Public entry of the local HubSpot API emulator. See ../README.md.
import { CallLog } from './call-log';
import { Clock } from './clock';
import { loadContract } from './contract';
import type { EmulatorContext } from './context';
import { FaultRegistry } from './faults';
import { assertLagOptions, defaultLagSettings, LagModel, type LagOptions, type LagSettings } from './lag';
import { RollingWindowLimiter } from './rate-limit';
import { defaultSeed } from './seed';
export {
  REALISTIC_SEARCH_LAG,
  INSTANT,
  DEFAULT_LAG_SEED,
  LAG_KINDS,
  drawLag,
  lognormalSigma,
  parseLagArgument,
  type LagDistribution,
  type LagKind,
  type LagOptions,
  type LagSettings,
} from './lag';
import { buildServer } from './server';
import { Store } from './store';
import type { CallsSummary, EmulatorSeed, FaultRule, RateLimitOptions, StoredMeeting } from './types';

export * from './types';
export {
  defaultSeed,
  seedWithOwners,
  cloneSeed,
  ACME_TOKEN,
  ACME_READ_ONLY_TOKEN,
  GLOBEX_TOKEN,
  DEMO_OAUTH_APP,
  ALL_APP_SCOPES,
  RECORD_AND_SLOT_SCOPES,
  ACME_CONTACTS_ONLY_TOKEN,
} from './seed';

export interface EmulatorOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: EmulatorSeed;
  /** Load state from this file on start when present; save it after each write (atomic rename). */
  stateFile?: string;
  /**
   * How long after a write each read sees it, drawn per write: `search` (default 'realistic': median 4 s,
   * p95 30 s, p99 ≈ 69 s), `objectRead` (by id, batch read) and `associationRead` (default 'instant'),
   * `seed` (default 1). See lag.ts and the README.
   */
  lag?: LagOptions;
  /** Shorthand for `lag.search: { fixedMs: n }` (lag.search wins when both are given). */
  searchIndexDelayMs?: number;
  /** Fault rules armed at start, and again after each reset(). */
  faults?: FaultRule[];
  /** Private apps, per app per account. Default 190 per 10 000 ms (TEN_SECONDLY_ROLLING); false turns it (and, unless given, oauthRateLimit) off. */
  rateLimit?: RateLimitOptions | false;
  /** OAuth apps, per app per installing account. Default 110 per 10 000 ms (TEN_SECONDLY_ROLLING); false turns it off. */
  oauthRateLimit?: RateLimitOptions | false;
  /** 'required': token responses carry only what the 2026-03 spec requires (hub_id, user_id, scopes left out). Default 'all'. */
  oauthTokenFields?: 'all' | 'required';
  /** Search endpoints, per app per account. Default 5 per 1000 ms (policy SECONDLY), not counted in the ten-second limits; false turns it off. */
  searchRateLimit?: RateLimitOptions | false;
  /** OAuth access token lifetime. Default 1800. */
  oauthAccessTokenTtlSeconds?: number;
  /** Source of "now" (epoch millis). Default Date.now. */
  clock?: () => number;
  /** Folder with request.schema.json; default: the repo's contract/ folder. */
  contractDir?: string;
  logger?: boolean;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  port: number;
  faults: {
    /** Adds a rule (rules apply in order, first match wins); returns its id. */
    add(rule: FaultRule): string;
    remove(id: string): boolean;
    clear(): void;
    list(): FaultRule[];
  };
  lag: {
    /** The settings new writes draw from. */
    get(): LagSettings;
    /** Changes some of them (writes already stored keep their drawn times); a new seed restarts the draws. */
    set(options: LagOptions): LagSettings;
    /** Makes every stored meeting visible to every read now (HubSpot's index has caught up). */
    settle(): void;
  };
  /** Stored meetings (all accounts, or one). */
  meetings(portalId?: number): StoredMeeting[];
  calls(): CallsSummary;
  /** Calls to one route (pattern as in calls()), any status unless given. */
  callCount(method: string, route: string, status?: number): number;
  resetCalls(): void;
  /** Moves the emulator's clock forward (token expiry, search index lag). */
  advanceTime(ms: number): void;
  /** Back to the start: seed data, OAuth grants, rate-limit windows, faults (the options' again), lag settings and draws, call counters, clock offset. */
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { max: 190, windowMs: 10_000 };
/** HubSpot's limit for OAuth apps: 110 calls per rolling 10 s per installing account. */
export const DEFAULT_OAUTH_RATE_LIMIT: RateLimitOptions = { max: 110, windowMs: 10_000 };
export const DEFAULT_SEARCH_RATE_LIMIT: RateLimitOptions = { max: 5, windowMs: 1_000 };

/** The lag settings an emulator starts with: defaults, then searchIndexDelayMs, then `lag`. */
export function initialLagSettings(
  options: Pick<EmulatorOptions, 'lag' | 'searchIndexDelayMs'>,
): LagSettings {
  if (options.lag !== undefined) assertLagOptions(options.lag);
  if (options.searchIndexDelayMs !== undefined && !(options.searchIndexDelayMs >= 0))
    throw new Error('searchIndexDelayMs must be a number of ms >= 0');
  return {
    ...defaultLagSettings(),
    ...(options.searchIndexDelayMs !== undefined ? { search: { fixedMs: options.searchIndexDelayMs } } : {}),
    ...Object.fromEntries(
      Object.entries(structuredClone(options.lag ?? {})).filter(([, v]) => v !== undefined),
    ),
  };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const store = new Store(options.seed ?? defaultSeed, options.stateFile);
  const faults = new FaultRegistry();
  const armStartFaults = () => {
    for (const rule of options.faults ?? []) faults.add(rule);
  };
  armStartFaults();
  const ctx: EmulatorContext = {
    store,
    clock: new Clock(options.clock),
    faults,
    calls: new CallLog(),
    contract: loadContract(options.contractDir),
    limiter: new RollingWindowLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, 'TEN_SECONDLY_ROLLING'),
    oauthLimiter: new RollingWindowLimiter(
      options.oauthRateLimit ?? (options.rateLimit === false ? false : DEFAULT_OAUTH_RATE_LIMIT),
      'TEN_SECONDLY_ROLLING',
    ),
    searchLimiter: new RollingWindowLimiter(options.searchRateLimit ?? DEFAULT_SEARCH_RATE_LIMIT, 'SECONDLY'),
    oauthTokenFields: options.oauthTokenFields ?? 'all',
    lag: new LagModel(initialLagSettings(options)),
    oauthAccessTokenTtlSeconds: options.oauthAccessTokenTtlSeconds ?? 1800,
  };
  const reset = () => {
    store.reset();
    ctx.limiter.reset();
    ctx.oauthLimiter.reset();
    ctx.searchLimiter.reset();
    ctx.faults.clear();
    armStartFaults();
    ctx.lag.reset();
    ctx.calls.reset();
    ctx.clock.reset();
  };
  const app = buildServer(ctx, { logger: options.logger ?? false, reset });
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    faults: {
      add: (rule) => ctx.faults.add(rule),
      remove: (id) => ctx.faults.remove(id),
      clear: () => ctx.faults.clear(),
      list: () => ctx.faults.list(),
    },
    lag: {
      get: () => ctx.lag.settings(),
      set: (lag) => ctx.lag.set(lag),
      settle: () => store.settleVisibility(ctx.clock.now()),
    },
    meetings: (portalId) => structuredClone(store.meetings(portalId)),
    calls: () => ctx.calls.summary(),
    callCount: (method, route, status) => ctx.calls.count(method, route, status),
    resetCalls: () => ctx.calls.reset(),
    advanceTime: (ms) => ctx.clock.advance(ms),
    reset,
    close: () => app.close(),
  };
}
