// How long after a write each kind of read sees it. HubSpot's search index lags writes ("it may take a
// few moments for newly created or updated CRM objects to appear in search results"; public reports
// range from about 5 s to over a minute), so the emulator draws a visibility delay per write from a
// configurable distribution. Reads of the primary store (by id, batch read, associations) are
// immediate by default, with their own optional lag, so tests can model those lagging too.
import { mulberry32, standardNormal, streamSeed } from './random';

/** A distribution of delays in milliseconds. */
export type LagDistribution =
  /** REALISTIC_SEARCH_LAG. */
  | 'realistic'
  /** No delay: `{ fixedMs: 0 }`. */
  | 'instant'
  | { fixedMs: number }
  /** Uniform on [min, max]. */
  | { uniformMs: { min: number; max: number } }
  /** Lognormal given by its median and 95th percentile, optionally capped at maxMs. */
  | { lognormal: { medianMs: number; p95Ms: number }; maxMs?: number }
  /** One of the parts, picked with probability weight / sum of weights. */
  | { mixture: Array<{ weight: number; lag: LagDistribution }> };

/**
 * The default search lag: lognormal with median 4 s and p95 30 s (sigma = ln 7.5 / 1.645 ≈ 1.225),
 * capped at 10 min. That gives p5 ≈ 0.5 s, mean ≈ 8.5 s, p99 ≈ 69 s, p99.9 ≈ 176 s; about 1.4 % of
 * writes take over 60 s and 0.3 % over 120 s: "a few seconds typically", with the tail past a minute
 * that public reports describe and that no client timeout may assume away.
 */
export const REALISTIC_SEARCH_LAG: LagDistribution = {
  lognormal: { medianMs: 4_000, p95Ms: 30_000 },
  maxMs: 600_000,
};

export const INSTANT: LagDistribution = { fixedMs: 0 };

/** Reads the emulator models separately. */
export const LAG_KINDS = ['search', 'objectRead', 'associationRead'] as const;
export type LagKind = (typeof LAG_KINDS)[number];

export interface LagOptions {
  /** POST .../meetings/search. Default 'realistic'. */
  search?: LagDistribution;
  /** GET .../meetings/{id} and POST .../meetings/batch/read. Default 'instant'. */
  objectRead?: LagDistribution;
  /** GET .../contacts/{id}/associations/meetings (and meetings → contacts). Default 'instant'. */
  associationRead?: LagDistribution;
  /** Seed of the draws (each kind has its own stream). Default 1: every run replays the same lags. */
  seed?: number;
}

export type LagSettings = Required<LagOptions>;

/** Delays drawn for one write, in ms after it. */
export type LagDraw = Record<LagKind, number>;

export const DEFAULT_LAG_SEED = 1;
const Z_95 = 1.6448536269514722;

export function defaultLagSettings(): LagSettings {
  return { search: 'realistic', objectRead: 'instant', associationRead: 'instant', seed: DEFAULT_LAG_SEED };
}

/** The lognormal's sigma for a median and 95th percentile. */
export function lognormalSigma(medianMs: number, p95Ms: number): number {
  return Math.log(p95Ms / medianMs) / Z_95;
}

/** One delay (whole ms, >= 0) from the distribution. */
export function drawLag(lag: LagDistribution, random: () => number): number {
  if (lag === 'instant') return 0;
  if (lag === 'realistic') return drawLag(REALISTIC_SEARCH_LAG, random);
  if ('fixedMs' in lag) return Math.round(lag.fixedMs);
  if ('uniformMs' in lag)
    return Math.round(lag.uniformMs.min + random() * (lag.uniformMs.max - lag.uniformMs.min));
  if ('lognormal' in lag) {
    const { medianMs, p95Ms } = lag.lognormal;
    const ms = medianMs * Math.exp(lognormalSigma(medianMs, p95Ms) * standardNormal(random));
    return Math.round(Math.min(ms, lag.maxMs ?? Number.POSITIVE_INFINITY));
  }
  const total = lag.mixture.reduce((sum, part) => sum + part.weight, 0);
  let pick = random() * total;
  for (const part of lag.mixture) {
    pick -= part.weight;
    if (pick < 0) return drawLag(part.lag, random);
  }
  return drawLag((lag.mixture[lag.mixture.length - 1] as { lag: LagDistribution }).lag, random);
}

/** Throws an Error saying what is wrong (where = the option's name) unless `value` is a LagDistribution. */
export function assertLagDistribution(value: unknown, where: string): asserts value is LagDistribution {
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why}`);
  };
  const ms = (v: unknown, name: string) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`${name} must be a number of ms >= 0`);
  };
  if (value === 'realistic' || value === 'instant') return;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail("a lag is 'realistic', 'instant', { fixedMs }, { uniformMs }, { lognormal } or { mixture }");
  const lag = value as Record<string, unknown>;
  const keys = Object.keys(lag);
  if ('fixedMs' in lag) {
    if (keys.length !== 1) fail('fixedMs takes no other keys');
    ms(lag.fixedMs, 'fixedMs');
  } else if ('uniformMs' in lag) {
    const range = lag.uniformMs as { min?: unknown; max?: unknown } | null;
    if (keys.length !== 1 || typeof range !== 'object' || range === null) fail('uniformMs is { min, max }');
    ms(range?.min, 'uniformMs.min');
    ms(range?.max, 'uniformMs.max');
    if ((range?.max as number) < (range?.min as number)) fail('uniformMs.max must be >= min');
  } else if ('lognormal' in lag) {
    const shape = lag.lognormal as { medianMs?: unknown; p95Ms?: unknown } | null;
    if (keys.some((k) => k !== 'lognormal' && k !== 'maxMs')) fail('lognormal takes only maxMs besides');
    if (typeof shape !== 'object' || shape === null) fail('lognormal is { medianMs, p95Ms }');
    ms(shape?.medianMs, 'lognormal.medianMs');
    ms(shape?.p95Ms, 'lognormal.p95Ms');
    if (!((shape?.medianMs as number) > 0)) fail('lognormal.medianMs must be > 0');
    if ((shape?.p95Ms as number) < (shape?.medianMs as number)) fail('lognormal.p95Ms must be >= medianMs');
    if (lag.maxMs !== undefined) ms(lag.maxMs, 'maxMs');
  } else if ('mixture' in lag) {
    const parts = lag.mixture;
    if (keys.length !== 1 || !Array.isArray(parts) || parts.length === 0)
      fail('mixture is a non-empty array of { weight, lag }');
    (parts as Array<{ weight?: unknown; lag?: unknown }>).forEach((part, i) => {
      if (typeof part?.weight !== 'number' || !(part.weight > 0) || !Number.isFinite(part.weight))
        fail(`mixture[${i}].weight must be a number > 0`);
      assertLagDistribution(part.lag, `${where}.mixture[${i}].lag`);
    });
  } else {
    fail(`unknown lag ${JSON.stringify(value)}`);
  }
}

/** Checks options (all of them before any is used); throws an Error naming the bad one. */
export function assertLagOptions(value: unknown): asserts value is LagOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('lag options are an object { search?, objectRead?, associationRead?, seed? }');
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (key === 'seed') {
      if (!Number.isInteger(v)) throw new Error('seed must be an integer');
    } else if ((LAG_KINDS as readonly string[]).includes(key)) {
      assertLagDistribution(v, key);
    } else {
      throw new Error(`unknown lag option ${key} (one of ${[...LAG_KINDS, 'seed'].join(', ')})`);
    }
  }
}

/**
 * A command-line lag: 'realistic', 'instant', a number of ms (fixed), or a JSON LagDistribution
 * (e.g. '{"uniformMs":{"min":0,"max":120000}}').
 */
export function parseLagArgument(text: string, where: string): LagDistribution {
  const trimmed = text.trim();
  if (trimmed === 'realistic' || trimmed === 'instant') return trimmed;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return { fixedMs: Number(trimmed) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    throw new Error(`${where}: not 'realistic', 'instant', a number of ms or JSON: ${text}`);
  }
  assertLagDistribution(parsed, where);
  return parsed;
}

/** The emulator's lag settings and its seeded draws; reset() goes back to the options it started with. */
export class LagModel {
  private current: LagSettings;
  private streams!: Record<LagKind, () => number>;

  constructor(private readonly initial: LagSettings) {
    this.current = structuredClone(initial);
    this.reseed();
  }

  settings(): LagSettings {
    return structuredClone(this.current);
  }

  /** Changes some settings (for writes from now on); a new seed restarts the draws. */
  set(options: LagOptions): LagSettings {
    assertLagOptions(options);
    const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
    this.current = { ...this.current, ...structuredClone(given) };
    if (options.seed !== undefined) this.reseed();
    return this.settings();
  }

  reset(): void {
    this.current = structuredClone(this.initial);
    this.reseed();
  }

  /** The delays of one new write. */
  draw(): LagDraw {
    return {
      search: drawLag(this.current.search, this.streams.search),
      objectRead: drawLag(this.current.objectRead, this.streams.objectRead),
      associationRead: drawLag(this.current.associationRead, this.streams.associationRead),
    };
  }

  private reseed(): void {
    const seed = this.current.seed;
    this.streams = {
      search: mulberry32(streamSeed(seed, 'search')),
      objectRead: mulberry32(streamSeed(seed, 'objectRead')),
      associationRead: mulberry32(streamSeed(seed, 'associationRead')),
    };
  }
}
