import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import { spawnEmulator } from '../emulator-client';
import type { AppFunctionModule } from '../function-module';
import type { BenchRow } from '../row';
import { formatBytes, spread } from '../stats';

/** hubspot.fetch refuses responses over 1 MB; "far below" is read as a quarter of it. */
const MAX_RESPONSE_BYTES = 256 * 1024;
/** Owner pages are 500 long and the core stops at 1,000 owners: at most 3 pages (the third probes for more). */
const MAX_CALLS = 2 + 3;
const ORGANIZER = '700001';

interface SizePoint {
  owners: number;
  calls: number;
  timeMs: ReturnType<typeof spread>;
  bytes: number;
  listed: number;
  truncated: boolean;
}

async function measureSize(fn: AppFunctionModule, owners: number, runs: number): Promise<SizePoint> {
  const emulator = await spawnEmulator({ owners });
  const previous = { base: process.env.HUBSPOT_API_BASE_URL, token: process.env.PRIVATE_APP_ACCESS_TOKEN };
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
  try {
    const context = { parameters: { organizerUserId: ORGANIZER }, propertiesToSend: { hs_object_id: '101' } };
    await fn.main(context);
    const times: number[] = [];
    let calls = 0;
    let result: Awaited<ReturnType<AppFunctionModule['main']>> = { ok: false };
    for (let run = 0; run < runs; run++) {
      await emulator.resetCalls();
      const started = process.hrtime.bigint();
      result = await fn.main(context);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      calls = (await emulator.calls()).total;
      if (!result.ok) throw new Error(`form options failed for ${owners} owners: ${JSON.stringify(result)}`);
    }
    const options = result.options as { owners: unknown[]; ownersTruncated: boolean };
    return {
      owners,
      calls,
      timeMs: spread(times),
      bytes: Buffer.byteLength(JSON.stringify(result)),
      listed: options.owners.length,
      truncated: options.ownersTruncated,
    };
  } finally {
    process.env.HUBSPOT_API_BASE_URL = previous.base;
    process.env.PRIVATE_APP_ACCESS_TOKEN = previous.token;
    await emulator.close();
  }
}

/** One row per account size; each account lives in its own emulator (seedWithOwners: every 10th archived). */
export async function formOptionsRows(options: {
  real: AppFunctionModule;
  sizes: number[];
  runs: number;
}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const owners of options.sizes) {
    const point = await measureSize(options.real, owners, options.runs);
    const met = point.calls <= MAX_CALLS && point.bytes <= MAX_RESPONSE_BYTES;
    rows.push({
      id: `form-options-${owners}`,
      figure: `form options, ${owners.toLocaleString('en-US')} owners`,
      result: `${point.calls} calls, ${point.timeMs.median.toFixed(1)} ms (${point.timeMs.p25.toFixed(1)}–${point.timeMs.p75.toFixed(1)}), ${formatBytes(point.bytes)}, ${point.listed} listed${point.truncated ? ', truncated' : ''}`,
      target: `≤ ${MAX_CALLS} calls (pages only), ≤ ${formatBytes(MAX_RESPONSE_BYTES)}`,
      met,
      data: { ...point },
    });
  }
  return rows;
}
