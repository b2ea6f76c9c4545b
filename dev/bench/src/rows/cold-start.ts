import { join } from 'node:path';
import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import type { RemoteEmulator } from '../emulator-client';
import { functionContext, meetingParameters } from '../fixtures';
import type { BenchRow } from '../row';
import { runProcess } from '../run-process';
import { formatMs, formatRatio, round, spread } from '../stats';

const TARGET_RATIO = 1.2;

interface ColdReport {
  loadMs: number;
  mainMs: number;
  totalMs: number;
  ok: boolean;
  maxRssKb: number;
}

async function coldStart(
  bundle: string,
  emulator: RemoteEmulator,
  i: number,
): Promise<ColdReport & { wallMs: number }> {
  const env = { ...process.env, HUBSPOT_API_BASE_URL: emulator.url, PRIVATE_APP_ACCESS_TOKEN: ACME_TOKEN };
  const context = JSON.stringify(functionContext(meetingParameters(i)));
  const output = await runProcess(
    process.execPath,
    [join(__dirname, '..', 'cold-child.cjs'), bundle, context],
    env,
  );
  const line = output.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (output.code !== 0 || !line)
    throw new Error(`cold start of ${bundle} failed: ${output.stderr || output.stdout}`);
  const report = JSON.parse(line.slice('BENCH_RESULT '.length)) as ColdReport;
  if (!report.ok) throw new Error(`cold start of ${bundle} did not book the meeting`);
  return { ...report, wallMs: output.wallMs };
}

/** What the first Intl.DateTimeFormat costs a fresh process (ICU data): any correct zone conversion pays it. */
async function icuFirstUseMs(): Promise<number> {
  const script =
    "const { performance } = require('node:perf_hooks'); const t = performance.now();" +
    "new Intl.DateTimeFormat('en-US', { timeZone: 'America/Sao_Paulo' }).format(0);" +
    'process.stdout.write(String(performance.now() - t));';
  const output = await runProcess(process.execPath, ['-e', script]);
  return Number(output.stdout);
}

/**
 * Fresh processes, alternating sides (and which side goes first) each round; the ratio is taken
 * per round, so drift in the machine's load hits both sides of a pair alike.
 */
export async function coldStartRow(options: {
  emulator: RemoteEmulator;
  real: string;
  baseline: string;
  rounds: number;
}): Promise<BenchRow> {
  const { emulator, real, baseline, rounds } = options;
  let i = 10_000;
  // One discarded pair: the first process after a build pays for reading files from disk.
  await coldStart(real, emulator, i++);
  await coldStart(baseline, emulator, i++);
  const ours: (ColdReport & { wallMs: number })[] = [];
  const theirs: (ColdReport & { wallMs: number })[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      ours.push(await coldStart(real, emulator, i++));
      theirs.push(await coldStart(baseline, emulator, i++));
    } else {
      theirs.push(await coldStart(baseline, emulator, i++));
      ours.push(await coldStart(real, emulator, i++));
    }
  }
  const ratios = ours.map((o, k) => o.totalMs / (theirs[k] as ColdReport).totalMs);
  const ratio = spread(ratios);
  const oursTotal = spread(ours.map((o) => o.totalMs));
  const theirsTotal = spread(theirs.map((o) => o.totalMs));
  const oursRss = Math.max(...ours.map((o) => o.maxRssKb)) / 1024;
  const theirsRss = Math.max(...theirs.map((o) => o.maxRssKb)) / 1024;
  const met = ratio.median <= TARGET_RATIO;
  const icuSamples: number[] = [];
  for (let k = 0; k < 5; k++) icuSamples.push(await icuFirstUseMs());
  const icu = spread(icuSamples);
  const loadDelta = spread(ours.map((o) => o.loadMs)).median - spread(theirs.map((o) => o.loadMs)).median;
  const mainDelta = spread(ours.map((o) => o.mainMs)).median - spread(theirs.map((o) => o.mainMs)).median;
  const why =
    `ours costs +${loadDelta.toFixed(1)} ms to load (valibot and the meeting core are bundled) and ` +
    `+${mainDelta.toFixed(1)} ms in main, of which the first Intl.DateTimeFormat (ICU data, needed for any correct ` +
    `time-zone conversion; the baseline skips it) is ${icu.median.toFixed(1)} ms in a fresh process`;
  return {
    id: 'cold-start',
    figure: 'create-meeting cold start (require + one main)',
    result: `${formatMs(oursTotal)}, ${formatRatio(ratio)}, peak RSS ${oursRss.toFixed(0)} MB`,
    baseline: `${formatMs(theirsTotal)}, peak RSS ${theirsRss.toFixed(0)} MB`,
    target: `ratio ≤ ${TARGET_RATIO}`,
    met,
    note: met ? undefined : why,
    data: {
      rounds,
      ratio,
      icuFirstUseMs: icu,
      explanation: why,
      ours: {
        totalMs: oursTotal,
        loadMs: spread(ours.map((o) => o.loadMs)),
        mainMs: spread(ours.map((o) => o.mainMs)),
        processWallMs: spread(ours.map((o) => o.wallMs)),
        peakRssMb: round(oursRss, 1),
      },
      baseline: {
        totalMs: theirsTotal,
        loadMs: spread(theirs.map((o) => o.loadMs)),
        mainMs: spread(theirs.map((o) => o.mainMs)),
        processWallMs: spread(theirs.map((o) => o.wallMs)),
        peakRssMb: round(theirsRss, 1),
      },
    },
  };
}
