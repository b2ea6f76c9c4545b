import { randomUUID } from 'node:crypto';
import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import { spawnEmulator } from '../emulator-client';
import type { AppFunctionModule } from '../function-module';
import { BUILT_CREATE_MEETING, BUILT_FORM_OPTIONS } from '../paths';
import type { BenchRow } from '../row';
import { spread } from '../stats';

/** The budget: options, slots and upcoming meetings in one round trip, ≤ 6 HubSpot calls cold. */
const MAX_COLD_CALLS = 6;
const ON_CONTACT = { hs_object_id: '102', email: 'john.miller@northwind.example', firstname: 'John' };
const ASK = { organizerUserId: '7001', withContext: true, timeZone: 'America/New_York' };

/** A fresh copy of a built function: a cold instance (no owner, label or form-read caches). */
function coldFunction(path: string): AppFunctionModule {
  for (const key of Object.keys(require.cache)) if (key.startsWith(path)) delete require.cache[key];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as AppFunctionModule;
}

/**
 * HubSpot calls and time for the card's one load call on a contact record (John Miller: a meeting, two
 * deals, a company; the organizer has a scheduling page), cold (a fresh function instance) and warm.
 */
export async function cardContextRow(options: { runs: number }): Promise<BenchRow> {
  const emulator = await spawnEmulator();
  const previous = { base: process.env.HUBSPOT_API_BASE_URL, token: process.env.PRIVATE_APP_ACCESS_TOKEN };
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
  try {
    // One upcoming meeting, so the meetings batch read is part of the load.
    const start = new Date(Date.now() + 30 * 3_600_000);
    const booked = await coldFunction(BUILT_CREATE_MEETING).main({
      parameters: {
        requestId: randomUUID(),
        organizerUserId: '7001',
        title: 'Bench meeting',
        start: start.toISOString().slice(0, 13) + ':00',
        durationMinutes: 30,
        timezone: 'UTC',
      },
      propertiesToSend: ON_CONTACT,
    });
    if (!booked.ok) throw new Error(`card context bench: booking failed ${JSON.stringify(booked)}`);
    const cold: number[] = [];
    const coldTimes: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      const fn = coldFunction(BUILT_FORM_OPTIONS);
      await emulator.resetCalls();
      const started = process.hrtime.bigint();
      const result = await fn.main({ parameters: ASK, propertiesToSend: ON_CONTACT });
      coldTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!result.ok || !(result.context as { ok?: boolean } | undefined)?.ok)
        throw new Error(`card context bench: ${JSON.stringify(result).slice(0, 300)}`);
      cold.push((await emulator.calls()).total);
    }
    const warmFn = coldFunction(BUILT_FORM_OPTIONS);
    await warmFn.main({ parameters: ASK, propertiesToSend: ON_CONTACT });
    const warmTimes: number[] = [];
    let warm = 0;
    for (let run = 0; run < options.runs; run++) {
      await emulator.resetCalls();
      const started = process.hrtime.bigint();
      await warmFn.main({ parameters: ASK, propertiesToSend: ON_CONTACT });
      warmTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      warm = (await emulator.calls()).total;
    }
    const coldCalls = Math.max(...cold);
    const c = spread(coldTimes);
    const w = spread(warmTimes);
    return {
      id: 'card-context',
      figure: 'card load: options + slots + upcoming meetings + deals, one round trip (contact record)',
      result: `cold ${coldCalls} HubSpot calls, ${c.median.toFixed(1)} ms; warm ${warm} calls, ${w.median.toFixed(1)} ms`,
      target: `1 round trip, ≤ ${MAX_COLD_CALLS} HubSpot calls cold`,
      met: coldCalls <= MAX_COLD_CALLS,
      note:
        coldCalls > MAX_COLD_CALLS
          ? 'owners, meeting types, contact (+associations), meetings batch read, deals batch read, meeting links, availability page: the deals read is the 7th'
          : undefined,
      data: { cold, coldTimesMs: c, warmCalls: warm, warmTimesMs: w },
    };
  } finally {
    process.env.HUBSPOT_API_BASE_URL = previous.base;
    process.env.PRIVATE_APP_ACCESS_TOKEN = previous.token;
    await emulator.close();
  }
}
