import { ACME_TOKEN, startEmulator } from '@meeting-card/hubspot-emulator';
import {
  addFaultMix,
  bookLikeTheCard,
  countOutcomes,
  faultMix,
  runConcurrently,
  seedWithContacts,
  sleep,
  soakContactId,
  soakParameters,
  type CardRun,
} from '../../../../test/soak/test-support';
import type { AppFunctionModule } from '../function-module';
import type { BenchRow } from '../row';

const CONTACTS = 50;
const PAST_TIMEOUT_MS = 5_500;

/**
 * Forms booked through the built create_meeting function the way the card books them (checking on
 * VERIFYING, booking again after "nothing was booked"), at a 20% fault rate over every HubSpot call
 * and a search lag of 0-120 s per write, against an in-process emulator of its own. Prints how often
 * HubSpot's answer had to be verified across calls, how often it stayed unknown, and how long a rep
 * waits for a definitive answer. Real time: the 60 s verify window really passes.
 */
export async function exactlyOnceRow(options: { real: AppFunctionModule; forms: number }): Promise<BenchRow> {
  const { real, forms } = options;
  const emulator = await startEmulator({
    rateLimit: false,
    searchRateLimit: false,
    seed: seedWithContacts(CONTACTS),
    lag: { search: { uniformMs: { min: 0, max: 120_000 } }, seed: 11 },
  });
  const env = { url: process.env.HUBSPOT_API_BASE_URL, token: process.env.PRIVATE_APP_ACCESS_TOKEN };
  const log = console.log;
  try {
    process.env.HUBSPOT_API_BASE_URL = emulator.url;
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
    addFaultMix(emulator.faults, 0.2, faultMix(PAST_TIMEOUT_MS), 211);
    const stored = (title: string) =>
      emulator.meetings().filter((m) => m.properties.hs_meeting_title === title).length;
    // The function logs a JSON line per event; not part of the figure.
    console.log = () => {};
    const runs: CardRun[] = await runConcurrently(forms, 50, (i) => {
      const contactId = soakContactId(i % CONTACTS);
      return bookLikeTheCard(
        async (parameters) =>
          (await real.main({ parameters, propertiesToSend: { hs_object_id: contactId } })) as never,
        () => soakParameters('Bench', i),
        () => stored(`Bench ${i}`),
      );
    });
    await sleep(PAST_TIMEOUT_MS + 500);
    console.log = log;
    const c = countOutcomes('Bench', runs, emulator.meetings());
    const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
    return {
      id: 'exactly-once',
      figure: `Forms booked through faults (${forms}, 20% of HubSpot calls failing, search lag 0-120 s)`,
      result:
        `VERIFYING: ${pct(c.verified, c.creates)} of forms, ${pct(c.verifyingAnswers, c.answers)} of answers; ` +
        `unknown ${pct(c.unknown, c.creates)}; definitive answer p50 ${(c.settledMsP50 / 1000).toFixed(1)} s, ` +
        `p95 ${(c.settledMsP95 / 1000).toFixed(1)} s; duplicates ${c.duplicates}, wrong answers ${c.disagreements}`,
      target: '0 duplicates, 0 wrong answers',
      met: c.duplicates === 0 && c.disagreements === 0 && c.unexpected === 0,
      ...(c.examples.length > 0 ? { note: c.examples.join('; ') } : {}),
      data: { ...c },
    };
  } finally {
    console.log = log;
    process.env.HUBSPOT_API_BASE_URL = env.url;
    process.env.PRIVATE_APP_ACCESS_TOKEN = env.token;
    await emulator.close();
  }
}
