// The lag distributions themselves (no server): seeded, reproducible, and shaped as documented.
import {
  assertLagOptions,
  defaultLagSettings,
  drawLag,
  LagModel,
  lognormalSigma,
  parseLagArgument,
  REALISTIC_SEARCH_LAG,
  type LagDistribution,
} from './lag';
import { mulberry32 } from './random';

const draws = (lag: LagDistribution, n: number, seed = 7) => {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => drawLag(lag, random));
};
const quantile = (sorted: number[], p: number) => sorted[Math.floor(p * sorted.length)] as number;

describe('the realistic search lag', () => {
  const sorted = draws('realistic', 10_000).sort((a, b) => a - b);

  test('is a few seconds typically: median 4 s, p95 30 s (within sampling error of 10,000 draws)', () => {
    expect(quantile(sorted, 0.5)).toBeGreaterThan(3_600);
    expect(quantile(sorted, 0.5)).toBeLessThan(4_400);
    expect(quantile(sorted, 0.95)).toBeGreaterThan(26_000);
    expect(quantile(sorted, 0.95)).toBeLessThan(35_000);
  });

  test('has a tail past a minute: p99 over 60 s, about 1.4 % of writes over 60 s, none past the 10 min cap', () => {
    expect(quantile(sorted, 0.99)).toBeGreaterThan(60_000);
    const overAMinute = sorted.filter((ms) => ms > 60_000).length / sorted.length;
    expect(overAMinute).toBeGreaterThan(0.008);
    expect(overAMinute).toBeLessThan(0.021);
    expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(600_000);
    expect(sorted[0]).toBeGreaterThanOrEqual(0);
  });

  test('is the documented lognormal (sigma = ln 7.5 / 1.645)', () => {
    expect(REALISTIC_SEARCH_LAG).toEqual({ lognormal: { medianMs: 4_000, p95Ms: 30_000 }, maxMs: 600_000 });
    expect(lognormalSigma(4_000, 30_000)).toBeCloseTo(1.2249, 3);
    // The log of the draws is normal: its mean is ln(median), its standard deviation sigma.
    const logs = sorted.filter((ms) => ms > 0 && ms < 600_000).map((ms) => Math.log(ms));
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length);
    expect(mean).toBeCloseTo(Math.log(4_000), 1);
    expect(sd).toBeGreaterThan(1.18);
    expect(sd).toBeLessThan(1.27);
  });
});

describe('lag distributions', () => {
  test('the same seed replays the same draws; another seed does not', () => {
    expect(draws('realistic', 50, 42)).toEqual(draws('realistic', 50, 42));
    expect(draws('realistic', 50, 43)).not.toEqual(draws('realistic', 50, 42));
  });

  test('fixed and instant lags are exact', () => {
    expect(new Set(draws({ fixedMs: 0 }, 100))).toEqual(new Set([0]));
    expect(new Set(draws('instant', 100))).toEqual(new Set([0]));
    expect(new Set(draws({ fixedMs: 3_000 }, 100))).toEqual(new Set([3_000]));
  });

  test('a uniform lag stays in its range and covers it', () => {
    const sample = draws({ uniformMs: { min: 0, max: 120_000 } }, 10_000);
    expect(Math.min(...sample)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...sample)).toBeLessThanOrEqual(120_000);
    // Each quarter of the range gets about a quarter of the draws.
    for (let q = 0; q < 4; q += 1) {
      const share = sample.filter((ms) => ms >= q * 30_000 && ms < (q + 1) * 30_000).length / sample.length;
      expect(share).toBeGreaterThan(0.22);
      expect(share).toBeLessThan(0.28);
    }
  });

  test('a mixture picks its parts by weight', () => {
    const sample = draws(
      {
        mixture: [
          { weight: 3, lag: { fixedMs: 1 } },
          { weight: 1, lag: { fixedMs: 90_000 } },
        ],
      },
      10_000,
    );
    const slow = sample.filter((ms) => ms === 90_000).length / sample.length;
    expect(slow).toBeGreaterThan(0.23);
    expect(slow).toBeLessThan(0.27);
    expect(sample.every((ms) => ms === 1 || ms === 90_000)).toBe(true);
  });

  test('a lognormal is capped at maxMs', () => {
    const sample = draws({ lognormal: { medianMs: 10_000, p95Ms: 100_000 }, maxMs: 20_000 }, 2_000);
    expect(Math.max(...sample)).toBe(20_000);
  });
});

describe('the lag model', () => {
  test('search is realistic and primary-store reads instant by default, seed 1', () => {
    expect(defaultLagSettings()).toEqual({
      search: 'realistic',
      objectRead: 'instant',
      associationRead: 'instant',
      seed: 1,
    });
  });

  test('each kind draws from its own stream: changing one leaves the others as they were', () => {
    const plain = new LagModel(defaultLagSettings());
    const withReadLag = new LagModel({
      ...defaultLagSettings(),
      objectRead: { uniformMs: { min: 0, max: 9 } },
    });
    for (let i = 0; i < 20; i += 1) expect(withReadLag.draw().search).toBe(plain.draw().search);
  });

  test('set changes the settings; a new seed restarts the draws; reset goes back to the start', () => {
    const model = new LagModel(defaultLagSettings());
    const first = [model.draw(), model.draw()];
    model.set({ objectRead: { fixedMs: 500 } });
    expect(model.draw().objectRead).toBe(500);
    model.set({ seed: 1, objectRead: 'instant' });
    expect([model.draw(), model.draw()]).toEqual(first);
    model.set({ search: { fixedMs: 0 } });
    model.reset();
    expect(model.settings().search).toBe('realistic');
    expect([model.draw(), model.draw()]).toEqual(first);
  });

  test('bad settings are refused with the option named, and nothing changes', () => {
    const model = new LagModel(defaultLagSettings());
    expect(() => model.set({ search: { fixedMs: -1 } })).toThrow(
      'search: fixedMs must be a number of ms >= 0',
    );
    expect(() => model.set({ objectRead: { lognormal: { medianMs: 5, p95Ms: 1 } } })).toThrow(
      'objectRead: lognormal.p95Ms must be >= medianMs',
    );
    expect(() => assertLagOptions({ searchLag: 'instant' })).toThrow('unknown lag option searchLag');
    expect(() => model.set({ search: { mixture: [] } } as never)).toThrow('mixture is a non-empty array');
    expect(() => model.set({ search: 'slow' as never })).toThrow('search:');
    expect(() => model.set({ seed: 1.5 })).toThrow('seed must be an integer');
    expect(model.settings()).toEqual(defaultLagSettings());
    // An option left undefined changes nothing.
    expect(model.set({ search: undefined, seed: 1 }).search).toBe('realistic');
  });

  test('command-line lags: a name, a number of ms, or JSON', () => {
    expect(parseLagArgument('realistic', '--search-lag')).toBe('realistic');
    expect(parseLagArgument('instant', '--search-lag')).toBe('instant');
    expect(parseLagArgument('1500', '--search-lag')).toEqual({ fixedMs: 1_500 });
    expect(parseLagArgument('{"uniformMs":{"min":0,"max":120000}}', '--search-lag')).toEqual({
      uniformMs: { min: 0, max: 120_000 },
    });
    expect(() => parseLagArgument('soon', '--search-lag')).toThrow('--search-lag');
    expect(() => parseLagArgument('{"fixedMs":"x"}', '--search-lag')).toThrow('fixedMs must be a number');
  });
});
