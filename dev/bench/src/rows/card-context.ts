import { randomUUID } from 'node:crypto';
import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import { spawnEmulator } from '../emulator-client';
import type { AppFunctionModule } from '../function-module';
import { BUILT_CREATE_MEETING, BUILT_FORM_OPTIONS } from '../paths';
import type { BenchRow } from '../row';
import { spread } from '../stats';

/** The budget: options, slots and upcoming meetings in one round trip, ≤ 6 HubSpot calls cold. */
const MAX_COLD_CALLS = 6;
const MAX_ROUND_TRIPS = 1;
const ON_CONTACT = { hs_object_id: '102', email: 'john.miller@northwind.example', firstname: 'John' };
/** Haruto Sato: a contact without deals. */
const ON_CONTACT_WITHOUT_DEALS = { hs_object_id: '104', email: 'haruto.sato@kaisha.example' };
/** What the card sends: the main load, and beside it (on a contact) the deals request. */
const ASK = {
  organizerUserId: '7001',
  withContext: true,
  recordType: 'contacts',
  timeZone: 'America/New_York',
};
const ASK_DEALS = { contactDeals: true };

/** A fresh copy of a built function: a cold instance (no owner, label or form-read caches). */
function coldFunction(path: string): AppFunctionModule {
  for (const key of Object.keys(require.cache)) if (key.startsWith(path)) delete require.cache[key];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as AppFunctionModule;
}

type Answer = Awaited<ReturnType<AppFunctionModule['main']>>;

/** The main load's answer holds what the budget is about: options, slots and upcoming meetings. */
function holdsOptionsSlotsMeetings(result: Answer): boolean {
  const context = result.context as
    { ok?: boolean; context?: { slots?: { kind?: string }; meetings?: unknown[] } } | undefined;
  return (
    result.ok === true &&
    typeof result.options === 'object' &&
    context?.ok === true &&
    context.context?.slots?.kind === 'link' &&
    (context.context.meetings?.length ?? 0) > 0
  );
}

/**
 * HubSpot calls and time for the card's main load on a contact record (John Miller: a meeting, two deals,
 * a company; the organizer has a scheduling page), cold (a fresh function instance) and warm; the card
 * round trips it takes to get options, slots and upcoming meetings (function invocations, counted); and,
 * apart, the deals request the card fires beside it (not part of the budget: the optional deal choice).
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
    let roundTrips = 0;
    for (let run = 0; run < options.runs; run++) {
      const fn = coldFunction(BUILT_FORM_OPTIONS);
      // Every invocation the card would make for options + slots + meetings is counted.
      let invocations = 0;
      const call = (context: Parameters<AppFunctionModule['main']>[0]) => {
        invocations += 1;
        return fn.main(context);
      };
      await emulator.resetCalls();
      const started = process.hrtime.bigint();
      const result = await call({ parameters: ASK, propertiesToSend: ON_CONTACT });
      coldTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (!holdsOptionsSlotsMeetings(result))
        throw new Error(`card context bench: ${JSON.stringify(result).slice(0, 300)}`);
      cold.push((await emulator.calls()).total);
      roundTrips = Math.max(roundTrips, invocations);
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
    // The deals request, on a cold instance (it keeps nothing, so warm is the same), with and without deals.
    const dealsCalls = async (propertiesToSend: Record<string, string>) => {
      await emulator.resetCalls();
      const result = await coldFunction(BUILT_FORM_OPTIONS).main({ parameters: ASK_DEALS, propertiesToSend });
      if (!result.ok || !Array.isArray(result.deals))
        throw new Error(`card context bench, deals: ${JSON.stringify(result).slice(0, 300)}`);
      return { calls: (await emulator.calls()).total, deals: result.deals.length };
    };
    const withDeals = await dealsCalls(ON_CONTACT);
    const withoutDeals = await dealsCalls(ON_CONTACT_WITHOUT_DEALS);
    // Both requests as the card fires them, side by side on one cold instance: the sum of the two.
    const both = coldFunction(BUILT_FORM_OPTIONS);
    await emulator.resetCalls();
    await Promise.all([
      both.main({ parameters: ASK, propertiesToSend: ON_CONTACT }),
      both.main({ parameters: ASK_DEALS, propertiesToSend: ON_CONTACT }),
    ]);
    const together = (await emulator.calls()).total;
    const coldCalls = Math.max(...cold);
    const c = spread(coldTimes);
    const w = spread(warmTimes);
    const met = coldCalls <= MAX_COLD_CALLS && roundTrips <= MAX_ROUND_TRIPS;
    return {
      id: 'card-context',
      figure:
        'card main load: options + slots + upcoming meetings (contact record); deals by their own request beside it',
      result:
        `main load: cold ${coldCalls} HubSpot calls, ${c.median.toFixed(1)} ms; warm ${warm} calls, ${w.median.toFixed(1)} ms; ` +
        `${roundTrips} card round trip; deals request (beside it): ${withDeals.calls} calls ` +
        `(${withoutDeals.calls} for a contact without deals); both together cold: ${together} calls`,
      target: `${MAX_ROUND_TRIPS} round trip, ≤ ${MAX_COLD_CALLS} HubSpot calls cold (main load)`,
      met,
      note: met
        ? undefined
        : coldCalls > MAX_COLD_CALLS
          ? 'the main load makes more HubSpot calls than the budget'
          : 'the main load takes more than one round trip',
      data: {
        cold,
        coldTimesMs: c,
        warmCalls: warm,
        warmTimesMs: w,
        roundTrips,
        dealsRequest: {
          calls: withDeals.calls,
          deals: withDeals.deals,
          callsWithoutDeals: withoutDeals.calls,
        },
        bothTogetherColdCalls: together,
      },
    };
  } finally {
    process.env.HUBSPOT_API_BASE_URL = previous.base;
    process.env.PRIVATE_APP_ACCESS_TOKEN = previous.token;
    await emulator.close();
  }
}
