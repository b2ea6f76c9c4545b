import type { AppFunctionModule } from '../function-module';
import { functionContext, meetingParameters } from '../fixtures';
import type { BenchRow } from '../row';
import { formatMs, formatRatio, spread } from '../stats';

const TARGET_RATIO = 1.1;

let meetingNumber = 20_000;

async function timedCreate(fn: AppFunctionModule): Promise<number> {
  const context = functionContext(meetingParameters(meetingNumber++));
  const started = process.hrtime.bigint();
  const result = await fn.main(context);
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (!result.ok) throw new Error(`warm create failed: ${JSON.stringify(result)}`);
  return elapsed;
}

/**
 * Sequential creates in this (warm) process, in alternating blocks; the ratio of the two sides'
 * medians is taken per block and the median of those ratios reported.
 */
export async function warmRow(options: {
  real: AppFunctionModule;
  baseline: AppFunctionModule;
  creates: number;
  blocks: number;
}): Promise<BenchRow> {
  const { real, baseline, creates, blocks } = options;
  const perBlock = Math.ceil(creates / blocks);
  for (let k = 0; k < 20; k++) {
    await timedCreate(real);
    await timedCreate(baseline);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  for (let block = 0; block < blocks; block++) {
    const blockOurs: number[] = [];
    const blockTheirs: number[] = [];
    const sides = block % 2 === 0 ? [real, baseline] : [baseline, real];
    for (const side of sides) {
      for (let k = 0; k < perBlock; k++)
        (side === real ? blockOurs : blockTheirs).push(await timedCreate(side));
    }
    ratios.push(spread(blockOurs).median / spread(blockTheirs).median);
    ours.push(...blockOurs);
    theirs.push(...blockTheirs);
  }
  const ratio = spread(ratios);
  const met = ratio.median <= TARGET_RATIO;
  return {
    id: 'warm',
    figure: `create-meeting warm (${ours.length} sequential creates)`,
    result: `${formatMs(spread(ours))} per create, ${formatRatio(ratio)}`,
    baseline: `${formatMs(spread(theirs))} per create`,
    target: `median ratio ≤ ${TARGET_RATIO}`,
    met,
    note: met ? undefined : 'see per-create spread in latest.json',
    data: { creates: ours.length, blocks, ratio, ours: spread(ours), baseline: spread(theirs) },
  };
}
