/** Small, dependency-free statistics for noisy timings: medians and quantiles, never means. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (position - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Median with the interquartile range: the spread a shared, noisy machine still reproduces. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    median: median(values),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    min: quantile(values, 0),
    max: quantile(values, 1),
    n: values.length,
  };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** "12.3 ms (11.8–13.0)": median with the interquartile range. */
export function formatMs(s: Spread): string {
  return `${s.median.toFixed(1)} ms (${s.p25.toFixed(1)}–${s.p75.toFixed(1)})`;
}

/** "1.04× (0.98–1.10)": median ratio with its interquartile range. */
export function formatRatio(s: Spread): string {
  return `${s.median.toFixed(2)}× (${s.p25.toFixed(2)}–${s.p75.toFixed(2)})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
