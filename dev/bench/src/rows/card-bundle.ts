import { existsSync } from 'node:fs';
import { CARD_BUNDLE_MEASURE } from '../paths';
import { pendingRow, type BenchRow } from '../row';
import { runProcess } from '../run-process';
import { formatBytes } from '../stats';

// Decimal bytes, the stricter reading of "60 KB / 20 KB".
const MAX_MIN_BYTES = 60_000;
const MAX_GZIP_BYTES = 20_000;
const FIGURE = 'card bundle (HubSpot build, React external)';
const TARGET = `≤ ${MAX_MIN_BYTES.toLocaleString('en-US')} B min, ≤ ${MAX_GZIP_BYTES.toLocaleString('en-US')} B gzip`;

/** The first number under a key matching `pattern`, searched through the measure script's JSON. */
function findBytes(value: unknown, pattern: RegExp): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, entry] of Object.entries(value)) {
    if (pattern.test(key) && typeof entry === 'number') return entry;
  }
  for (const entry of Object.values(value)) {
    const found = findBytes(entry, pattern);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Runs the card package's own measurement (packages/card/build/measure-bundle.mjs) when it exists. */
export async function cardBundleRow(): Promise<BenchRow> {
  if (!existsSync(CARD_BUNDLE_MEASURE)) {
    return pendingRow(
      'card-bundle',
      FIGURE,
      TARGET,
      'packages/card/build/measure-bundle.mjs does not exist yet',
    );
  }
  const output = await runProcess(process.execPath, [CARD_BUNDLE_MEASURE]);
  const json = output.stdout.slice(output.stdout.indexOf('{'), output.stdout.lastIndexOf('}') + 1);
  let measured: unknown;
  try {
    measured = JSON.parse(json);
  } catch {
    measured = undefined;
  }
  const minBytes = findBytes(measured, /min/i);
  const gzipBytes = findBytes(measured, /gzip/i);
  if (output.code !== 0 || minBytes === undefined || gzipBytes === undefined) {
    return {
      ...pendingRow(
        'card-bundle',
        FIGURE,
        TARGET,
        `measure-bundle.mjs failed: ${(output.stderr || output.stdout).slice(0, 300)}`,
      ),
      met: false,
    };
  }
  return {
    id: 'card-bundle',
    figure: FIGURE,
    result: `${formatBytes(minBytes)} min, ${formatBytes(gzipBytes)} gzip`,
    target: TARGET,
    met: minBytes <= MAX_MIN_BYTES && gzipBytes <= MAX_GZIP_BYTES,
    data: { minBytes, gzipBytes, measured },
  };
}
