import type { RemoteEmulator } from '../emulator-client';
import type { AppFunctionModule } from '../function-module';
import { functionContext, meetingParameters, OTHER_ORGANIZER_USER_ID } from '../fixtures';
import type { BenchRow } from '../row';

const TARGET = 1.01;

/**
 * Creates by one organizer whose owner id this process has not looked up yet, so the one owner
 * lookup the cache allows is part of the count, in a warm process: one booking by another organizer
 * came first (as on any instance that has served the account), so the account's association labels
 * (read once an hour per account) are not. Every HubSpot call is counted at the emulator.
 */
export async function callsPerMeetingRow(options: {
  emulator: RemoteEmulator;
  real: AppFunctionModule;
  creates: number;
}): Promise<BenchRow> {
  const { emulator, real, creates } = options;
  const warmUp = await real.main(functionContext(meetingParameters(29_999)));
  if (!warmUp.ok) throw new Error(`warm-up create failed: ${JSON.stringify(warmUp)}`);
  await emulator.resetCalls();
  for (let i = 0; i < creates; i++) {
    const result = await real.main(functionContext(meetingParameters(30_000 + i, OTHER_ORGANIZER_USER_ID)));
    if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  }
  const calls = await emulator.calls();
  const perMeeting = calls.total / creates;
  return {
    id: 'calls-per-meeting',
    figure: `HubSpot calls per meeting (${creates} creates, one organizer)`,
    result: `${perMeeting.toFixed(2)} (${calls.total} calls: ${calls.routes.map((r) => `${r.count}× ${r.method} ${r.route}`).join(', ')})`,
    target: `≤ ${TARGET}`,
    met: perMeeting <= TARGET,
    data: { creates, calls },
  };
}
