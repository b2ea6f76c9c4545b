// Fault soak: 1,000 forms booked through the built create_meeting function (production time policy)
// against the emulator while a fifth of all HubSpot calls fail in every way HubSpot fails (429, 5xx,
// timeouts and dropped connections, each also after the meeting was stored), with the search index
// lagging 0-120 s per write. A script plays the card: it checks on VERIFYING answers and books again
// after "nothing was booked". Every final answer is checked against what the emulator stored.
//
// Real time, not scaled: the verify window (60 s) must really pass, since a create still under way
// at HubSpot is exactly what it guards against. Forms run 100 at a time, so a run takes minutes.
import type { CreateMeetingResult } from '@meeting-card/core';
import { ACME_TOKEN, startEmulator, type Emulator, type LagOptions } from '@meeting-card/hubspot-emulator';
import { requireBuiltFunction } from '../test-support/functions';
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
  summary,
  type SoakCounts,
} from './test-support';

const FAULT_RATE = 0.2;
/** SOAK_FORMS=100 for a quick look while working on it; the proof is the default. */
const FORMS = Number(process.env.SOAK_FORMS ?? 1_000);
const CONCURRENCY = 100;
const CONTACTS = 200;
/** Production's create timeout is 5 s: the latency faults must outlast it. */
const PAST_TIMEOUT_MS = 5_500;
const SEARCH_LAG_0_TO_120_S = { uniformMs: { min: 0, max: 120_000 } };

function expectHonest(counts: SoakCounts): void {
  expect(counts.examples).toEqual([]);
  expect(counts.duplicates).toBe(0);
  expect(counts.disagreements).toBe(0);
  expect(counts.unexpected).toBe(0);
  // The soak only proves something if ambiguous failures actually happened and were worked out.
  expect(counts.verified).toBeGreaterThan(FORMS * 0.05);
}

async function soak(prefix: string, lag: LagOptions): Promise<SoakCounts> {
  const emulator: Emulator = await startEmulator({
    rateLimit: false,
    searchRateLimit: false,
    seed: seedWithContacts(CONTACTS),
    lag,
  });
  try {
    const { main } = requireBuiltFunction<CreateMeetingResult>('create-meeting');
    process.env.HUBSPOT_API_BASE_URL = emulator.url;
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
    addFaultMix(emulator.faults, FAULT_RATE, faultMix(PAST_TIMEOUT_MS), 101);
    const stored = (title: string) =>
      emulator.meetings().filter((m) => m.properties.hs_meeting_title === title).length;
    // The function's own JSON log lines are not under test here; keep the output to the summary.
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    let runs;
    try {
      runs = await runConcurrently(FORMS, CONCURRENCY, (i) => {
        const contactId = soakContactId(i % CONTACTS);
        return bookLikeTheCard(
          (parameters) => main({ parameters, propertiesToSend: { hs_object_id: contactId } }),
          () => soakParameters(prefix, i),
          () => stored(`${prefix} ${i}`),
        );
      });
      // Creates whose client gave up may still be storing: let them land before looking.
      await sleep(PAST_TIMEOUT_MS + 500);
    } finally {
      log.mockRestore();
    }
    const counts = countOutcomes(prefix, runs, emulator.meetings());
    const calls = emulator.calls();
    const faulted = calls.routes
      .filter((r) => r.status === 0 || r.status >= 429)
      .reduce((n, r) => n + r.count, 0);
    console.log(summary(prefix, counts, { total: calls.total, faulted }));
    return counts;
  } finally {
    await emulator.close();
  }
}

describe('1,000 forms through the built function at a 20% HubSpot fault rate', () => {
  it('never books twice and never answers against the emulator, with search lagging 0-120 s', async () => {
    expectHonest(await soak('Soak', { search: SEARCH_LAG_0_TO_120_S, seed: 7 }));
  }, 900_000);

  it('keeps both promises with the primary-store reads lagging 0-20 s too', async () => {
    const primary = { uniformMs: { min: 0, max: 20_000 } };
    expectHonest(
      await soak('Lagging soak', {
        search: SEARCH_LAG_0_TO_120_S,
        objectRead: primary,
        associationRead: primary,
        seed: 8,
      }),
    );
  }, 900_000);
});
