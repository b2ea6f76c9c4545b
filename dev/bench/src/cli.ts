// `npm run bench`: the figures behind Meeting Card's performance claims, side by side with a
// plain-way baseline in the same run. Prints a Markdown table and writes bench-results/latest.json.
// `--quick` runs fewer rounds (for trying the bench itself; its figures are not the ones to quote).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import { buildBaseline } from './build-baseline';
import { spawnEmulator } from './emulator-client';
import { loadFunction } from './function-module';
import { BUILT_CREATE_MEETING, BUILT_FORM_OPTIONS, REPO_ROOT, RESULTS_DIR } from './paths';
import type { BenchRow } from './row';
import { backendFormStampedeRow } from './rows/backend-form-stampede';
import { backendThroughputRows } from './rows/backend-throughput';
import { backendTwoInstancesRow } from './rows/backend-two-instances';
import { bridgeBytesRow } from './rows/bridge-bytes';
import { callsPerMeetingRow } from './rows/calls-per-meeting';
import { cardBundleRow } from './rows/card-bundle';
import { cardContextRow } from './rows/card-context';
import { coldStartRow } from './rows/cold-start';
import { exactlyOnceRow } from './rows/exactly-once';
import { formOptionsRows } from './rows/form-options';
import { freeSlotsShownRow } from './rows/free-slots-shown';
import { warmRow } from './rows/warm';
import { runProcess } from './run-process';
import { renderTable } from './table';

const quick = process.argv.includes('--quick');
/** `--only=backend` runs the rows whose id starts with that (for working on one figure). */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const wanted = (id: string) => !only || id.startsWith(only);
const SETTINGS = quick
  ? {
      coldRounds: 4,
      warmCreates: 200,
      warmBlocks: 4,
      callCreates: 100,
      formRuns: 3,
      backendSeconds: 3,
      twoInstanceSeconds: 5,
      bridgeKeystrokes: 10,
      exactlyOnceForms: 100,
      slotLoads: 5,
    }
  : {
      coldRounds: 15,
      warmCreates: 1_000,
      warmBlocks: 10,
      callCreates: 100,
      formRuns: 9,
      backendSeconds: 30,
      twoInstanceSeconds: 20,
      bridgeKeystrokes: 30,
      exactlyOnceForms: 300,
      slotLoads: 20,
    };

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  progress('building the app functions (npm run build)');
  const build = await runProcess('npm', ['run', 'build', '--silent', '--prefix', REPO_ROOT]);
  if (build.code !== 0) throw new Error(`npm run build failed:\n${build.stderr || build.stdout}`);
  const baselinePath = await buildBaseline();

  const rows: BenchRow[] = [];
  const emulator = await spawnEmulator();
  try {
    if (wanted('cold-start')) {
      progress(`cold start: ${SETTINGS.coldRounds} rounds of fresh processes`);
      rows.push(
        await coldStartRow({
          emulator,
          real: BUILT_CREATE_MEETING,
          baseline: baselinePath,
          rounds: SETTINGS.coldRounds,
        }),
      );
    }
    process.env.HUBSPOT_API_BASE_URL = emulator.url;
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
    const real = loadFunction(BUILT_CREATE_MEETING);
    const baseline = loadFunction(baselinePath);
    if (wanted('warm')) {
      progress(`warm: ${SETTINGS.warmCreates} creates per side`);
      rows.push(
        await warmRow({ real, baseline, creates: SETTINGS.warmCreates, blocks: SETTINGS.warmBlocks }),
      );
    }
    if (wanted('calls-per-meeting')) {
      progress('HubSpot calls per meeting');
      rows.push(await callsPerMeetingRow({ emulator, real, creates: SETTINGS.callCreates }));
    }
    if (wanted('exactly-once')) {
      progress(
        `exactly once: ${SETTINGS.exactlyOnceForms} forms through faults and search lag (real time, about 2 min)`,
      );
      rows.push(await exactlyOnceRow({ real, forms: SETTINGS.exactlyOnceForms }));
    }
  } finally {
    await emulator.close();
  }

  if (wanted('form-options')) {
    progress('form options vs account size');
    rows.push(
      ...(await formOptionsRows({
        real: loadFunction(BUILT_FORM_OPTIONS),
        sizes: [10, 100, 1_000, 5_000],
        runs: SETTINGS.formRuns,
      })),
    );
  }
  if (wanted('card-context')) {
    progress('card load: options, slots, upcoming meetings (HubSpot calls cold and warm)');
    rows.push(await cardContextRow({ runs: SETTINGS.formRuns }));
  }
  if (wanted('card-bundle')) {
    progress('card bundle');
    rows.push(await cardBundleRow());
  }
  if (wanted('bridge-bytes')) {
    progress(`bridge bytes: ${SETTINGS.bridgeKeystrokes} keystrokes in the title, 1,000 owners, in Chromium`);
    rows.push(await bridgeBytesRow({ keystrokes: SETTINGS.bridgeKeystrokes }));
  }
  if (wanted('free-slots-shown')) {
    progress(`free slots shown: ${SETTINGS.slotLoads} card loads in the workbench, in Chromium`);
    rows.push(await freeSlotsShownRow({ loads: SETTINGS.slotLoads }));
  }
  if (wanted('backend')) {
    progress('backend create throughput');
    rows.push(...(await backendThroughputRows({ seconds: SETTINGS.backendSeconds })));
  }
  if (wanted('backend-form-stampede')) {
    progress('backend form options: 50 and 200 concurrent cold requests');
    rows.push(await backendFormStampedeRow());
  }
  if (wanted('backend-two-instances')) {
    progress(`backend, 2 instances, one account: ${SETTINGS.twoInstanceSeconds} s of 20 callers`);
    rows.push(await backendTwoInstancesRow({ seconds: SETTINGS.twoInstanceSeconds }));
  }

  const table = renderTable(rows);
  console.log(table);
  const measured = rows.filter((row) => !row.informational);
  const missed = measured.filter((row) => row.met === false).length;
  const pending = measured.filter((row) => row.met === null).length;
  const printed = rows.length - measured.length;
  console.log(
    `\n${measured.length - missed - pending} met, ${missed} missed, ${pending} pending${printed ? `, ${printed} printed only` : ''}; ${((Date.now() - started) / 1000).toFixed(0)} s on ${cpus().length} cores, Node ${process.versions.node}${quick ? ' (--quick: not for quoting)' : ''}`,
  );

  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, only ? `only-${only}.json` : 'latest.json');
  writeFileSync(
    file,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), quick, node: process.versions.node, cpus: cpus().length, cpuModel: cpus()[0]?.model, settings: SETTINGS, rows, table }, null, 2)}\n`,
  );
  progress(`wrote ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
