// Fault soak: creates through the real code against the emulator while a fifth of all HubSpot calls
// fail (429, 500, 503, latency past the client timeout, the connection dropped after the meeting is
// stored, an error answered after it is stored). Every reported result is checked against what the
// emulator stored. Bounded: a smaller time policy for the core run, a smaller sample for the bundle.
import type { CreateMeetingResult } from '@meeting-card/core';
import {
  createHubSpotApi,
  createMeeting,
  createOwnerCache,
  type CreatePolicy,
} from '@meeting-card/core/server';
import { ACME_TOKEN, startEmulator, type Emulator, type FaultAction } from '@meeting-card/hubspot-emulator';
import { requireBuiltFunction } from '../support/functions';
import {
  addFaultMix,
  countOutcomes,
  runCreates,
  soakParameters,
  summary,
  type SoakCounts,
} from './soak-support';

const FAULT_RATE = 0.2;
/** The soak's budget is a third of production's, its index lag a tenth: same logic, minutes not hours. */
const SOAK_POLICY: CreatePolicy = {
  totalBudgetMs: 3_000,
  createTimeoutMs: 400,
  readTimeoutMs: 400,
  verifyPollMs: 100,
  verifyWindowMs: 6_000,
  confirmRounds: 2,
  giveUpAfterMs: 20_000,
  maxCheckAfterMs: 1_000,
  minRoundMs: 150,
  resubmitLookbackMs: 60_000,
};

const faultMix = (pastTimeoutMs: number): FaultAction[] => [
  { type: 'status', status: 429 },
  { type: 'status', status: 500 },
  { type: 'status', status: 503 },
  { type: 'delay', ms: pastTimeoutMs },
  { type: 'drop-after-store' },
  { type: 'status-after-store', status: 502 },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function expectHonest(counts: SoakCounts): void {
  expect(counts.examples).toEqual([]);
  expect(counts.duplicates).toBe(0);
  expect(counts.disagreements).toBe(0);
  expect(counts.unexpected).toBe(0);
  expect(counts.unknown).toBeLessThanOrEqual(Math.floor(counts.creates * 0.01));
  // The soak only proves something if faults actually happened.
  expect(counts.faultedCalls).toBeGreaterThan(counts.creates * FAULT_RATE * 0.5);
}

describe('the create path under a 20% HubSpot fault rate', () => {
  let emulator: Emulator;

  beforeEach(async () => {
    emulator = await startEmulator({ rateLimit: false, searchRateLimit: false, searchIndexDelayMs: 100 });
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('never books a meeting twice and never reports an outcome that disagrees with HubSpot, over 1,000 creates through the core', async () => {
    const api = createHubSpotApi({ accessToken: ACME_TOKEN, baseUrl: emulator.url });
    const deps = { api, ownerCache: createOwnerCache(), policy: SOAK_POLICY };
    addFaultMix(emulator, FAULT_RATE, faultMix(SOAK_POLICY.createTimeoutMs + 200), 1);

    const results = await runCreates(1_000, 40, (i) =>
      createMeeting(deps, { parameters: soakParameters('Core soak', i), contactId: '101' }),
    );
    // Delayed calls whose client gave up may still be storing: let them land before looking.
    await sleep(SOAK_POLICY.createTimeoutMs + 500);

    const counts = countOutcomes('Core soak', results, emulator.meetings(), emulator);
    console.log(summary('core soak', counts));
    expectHonest(counts);
  }, 240_000);

  it('keeps the same promises through the built app function with its production time policy', async () => {
    const { main } = requireBuiltFunction<CreateMeetingResult>('create-meeting');
    process.env.HUBSPOT_API_BASE_URL = emulator.url;
    process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
    // Production's create timeout is 5 s: the latency fault must outlast it.
    addFaultMix(emulator, FAULT_RATE, faultMix(5_500), 101);
    // The function's own JSON log lines are not under test here; keep the output to the summary.
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});

    let results: CreateMeetingResult[];
    try {
      results = await runCreates(120, 40, (i) =>
        main({ parameters: soakParameters('Function soak', i), propertiesToSend: { hs_object_id: '101' } }),
      );
      await sleep(6_000);
    } finally {
      log.mockRestore();
    }

    const counts = countOutcomes('Function soak', results, emulator.meetings(), emulator);
    console.log(summary('built function soak', counts));
    expectHonest(counts);
  }, 240_000);
});
