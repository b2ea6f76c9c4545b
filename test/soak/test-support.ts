import type { CreateMeetingResult, MeetingParameters } from '@meeting-card/core';
import {
  cloneSeed,
  defaultSeed,
  type EmulatorSeed,
  type FaultAction,
  type StoredMeeting,
} from '@meeting-card/hubspot-emulator';
import { newRequestId } from '../test-support/functions';

/** The emulator faults as a list of rules: something with `add`, in-process or remote. */
interface FaultSink {
  add(rule: { probability: number; randomSeed: number; action: FaultAction }): unknown;
}

/**
 * Adds fault rules so that about `rate` of all HubSpot calls fail, split evenly over `actions`.
 * Rules apply first-match-wins, each with its own seeded coin, so rule k's probability is
 * conditioned on the earlier ones having passed the call on.
 */
export function addFaultMix(faults: FaultSink, rate: number, actions: FaultAction[], seed: number): void {
  const share = rate / actions.length;
  actions.forEach((action, k) => {
    faults.add({ probability: share / (1 - k * share), randomSeed: seed + k, action });
  });
}

/**
 * Every way a HubSpot call fails, before and after the write: 429; 500, 502, 503, 504; a timeout
 * (answered after `pastTimeoutMs`, or never) and a dropped connection, each also after the store.
 */
export const faultMix = (pastTimeoutMs: number): FaultAction[] => [
  { type: 'status', status: 429, retryAfterSeconds: 1 },
  ...[500, 502, 503, 504].map((status): FaultAction => ({ type: 'status', status })),
  ...[500, 502, 503, 504].map((status): FaultAction => ({ type: 'status-after-store', status })),
  { type: 'delay', ms: pastTimeoutMs },
  { type: 'delay-after-store', ms: pastTimeoutMs },
  { type: 'hang' },
  { type: 'hang-after-store' },
  { type: 'drop-before' },
  { type: 'drop-after-store' },
];

/** The default seed with `count` more contacts in Acme (1001), so meetings spread as they do in an account. */
export function seedWithContacts(count: number, base: EmulatorSeed = defaultSeed): EmulatorSeed {
  const seed = cloneSeed(base);
  const account = seed.accounts[0];
  if (account) {
    for (let k = 0; k < count; k++) {
      account.contacts.push({ id: soakContactId(k), properties: { firstname: 'Soak', lastname: String(k) } });
    }
  }
  return seed;
}

export const soakContactId = (k: number) => String(50_000 + k);

/** The i-th soak meeting: its title and start are its own, so the emulator's state can be matched to it. */
export function soakParameters(prefix: string, i: number): MeetingParameters {
  const start = new Date(Date.UTC(2026, 8, 1, 12, 0) + i * 15 * 60_000);
  const end = new Date(start.getTime() + 15 * 60_000);
  return {
    requestId: newRequestId(),
    organizerUserId: '7001',
    title: `${prefix} ${i}`,
    start: start.toISOString().slice(0, 16),
    end: end.toISOString().slice(0, 16),
    // No daylight saving in Sao Paulo: every generated wall-clock time exists.
    timezone: 'America/Sao_Paulo',
  };
}

/** Error codes whose message tells the rep nothing was booked (and so the card lets them book again). */
export const NOTHING_BOOKED = new Set(['NOT_CREATED', 'RATE_LIMITED', 'HUBSPOT_UNAVAILABLE']);

export type CreateCall = (parameters: unknown) => Promise<CreateMeetingResult>;

export interface CardRun {
  final: CreateMeetingResult;
  /** Every answer the "card" got, in order. */
  codes: string[];
  /** Requests made (a rep books again after a "nothing was booked"). */
  requests: number;
  /** ms from the first submit to the final answer. */
  settledMs: number;
  /** A "nothing was booked" answered while a meeting with this title was stored: a lie. */
  falseAbsence: boolean;
}

/**
 * What the card does (packages/card/src/hooks/useBooking.ts), as a script: submit; on VERIFYING check
 * again after `checkAfterMs` with the same parameters, checkExisting and attemptedSince; on "nothing
 * was booked" the rep books again as a new request (at most `maxRequests`); stop at ok or
 * OUTCOME_UNKNOWN. `storedNow` says how many meetings with this title the emulator holds right now.
 */
export async function bookLikeTheCard(
  create: CreateCall,
  parameters: () => MeetingParameters,
  storedNow: () => Promise<number> | number,
  options: { maxRequests?: number; checkScale?: number } = {},
): Promise<CardRun> {
  const started = Date.now();
  const codes: string[] = [];
  let falseAbsence = false;
  for (let requests = 1; ; requests++) {
    const params = parameters();
    let result = await create(params);
    for (;;) {
      codes.push(result.ok ? 'ok' : result.error.code);
      if (result.ok || result.error.code !== 'VERIFYING') break;
      const { attemptedSince, checkAfterMs = 1_000 } = result.error.details ?? {};
      await sleep(checkAfterMs * (options.checkScale ?? 1));
      result = await create({ ...params, checkExisting: true, attemptedSince });
    }
    if (!result.ok && NOTHING_BOOKED.has(result.error.code) && (await storedNow()) > 0) falseAbsence = true;
    const again =
      !result.ok && NOTHING_BOOKED.has(result.error.code) && requests < (options.maxRequests ?? 3);
    if (!again) return { final: result, codes, requests, settledMs: Date.now() - started, falseAbsence };
  }
}

export async function runConcurrently<T>(count: number, concurrency: number, run: (i: number) => Promise<T>) {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await run(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface SoakCounts {
  creates: number;
  booked: number;
  recovered: number;
  notBooked: number;
  unknown: number;
  /** Forms that went through VERIFYING at least once. */
  verified: number;
  /** Answers, all of them, that were VERIFYING. */
  verifyingAnswers: number;
  answers: number;
  /** Meetings stored beyond the first for one asked-for meeting. */
  duplicates: number;
  /** A "booked" without exactly that one meeting, a "nothing booked" with one (then or at the end). */
  disagreements: number;
  unexpected: number;
  settledMsP50: number;
  settledMsP95: number;
  examples: string[];
}

/** Checks every final result against what the emulator stored for that title. */
export function countOutcomes(prefix: string, runs: CardRun[], stored: StoredMeeting[]): SoakCounts {
  const byTitle = new Map<string, StoredMeeting[]>();
  for (const meeting of stored) {
    const title = meeting.properties.hs_meeting_title ?? '';
    if (title.startsWith(`${prefix} `)) byTitle.set(title, [...(byTitle.get(title) ?? []), meeting]);
  }
  const settled = runs.map((r) => r.settledMs).sort((a, b) => a - b);
  const at = (q: number) => settled[Math.min(settled.length - 1, Math.floor(q * settled.length))] ?? 0;
  const counts: SoakCounts = {
    creates: runs.length,
    booked: 0,
    recovered: 0,
    notBooked: 0,
    unknown: 0,
    verified: 0,
    verifyingAnswers: 0,
    answers: 0,
    duplicates: 0,
    disagreements: 0,
    unexpected: 0,
    settledMsP50: at(0.5),
    settledMsP95: at(0.95),
    examples: [],
  };
  for (const meetings of byTitle.values()) counts.duplicates += Math.max(0, meetings.length - 1);
  runs.forEach((run, i) => {
    const meetings = byTitle.get(`${prefix} ${i}`) ?? [];
    const disagree = (why: string) => {
      counts.disagreements += 1;
      if (counts.examples.length < 5) counts.examples.push(`#${i}: ${why} (${run.codes.join(' > ')})`);
    };
    counts.answers += run.codes.length;
    counts.verifyingAnswers += run.codes.filter((c) => c === 'VERIFYING').length;
    if (run.codes.includes('VERIFYING')) counts.verified += 1;
    if (run.falseAbsence) disagree('answered "nothing booked" while the meeting was stored');
    const { final } = run;
    if (final.ok) {
      counts.booked += 1;
      if (final.meeting.recovered) counts.recovered += 1;
      if (meetings.length !== 1 || meetings[0]?.id !== final.meeting.id)
        disagree(`reported ${final.meeting.id}, stored ${meetings.map((m) => m.id).join(',') || 'none'}`);
      return;
    }
    const code = final.error.code;
    if (code === 'OUTCOME_UNKNOWN') counts.unknown += 1;
    else if (NOTHING_BOOKED.has(code)) counts.notBooked += 1;
    else {
      counts.unexpected += 1;
      if (counts.examples.length < 5)
        counts.examples.push(`#${i}: unexpected ${code}: ${final.error.message}`);
    }
    if (NOTHING_BOOKED.has(code) && meetings.length > 0)
      disagree(`reported ${code}, stored ${meetings.map((m) => m.id).join(',')}`);
  });
  return counts;
}

export function summary(label: string, c: SoakCounts, calls?: { total: number; faulted: number }): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
  return (
    `${label}: ${c.creates} forms${calls ? `, ${calls.total} HubSpot calls (${calls.faulted} faulted)` : ''}; ` +
    `booked ${c.booked} (recovered ${c.recovered}), not booked ${c.notBooked}, unknown ${c.unknown} (${pct(c.unknown, c.creates)}); ` +
    `forms that went through VERIFYING ${c.verified} (${pct(c.verified, c.creates)}), VERIFYING answers ${pct(c.verifyingAnswers, c.answers)} of ${c.answers}; ` +
    `time to a definitive answer p50 ${(c.settledMsP50 / 1000).toFixed(1)} s, p95 ${(c.settledMsP95 / 1000).toFixed(1)} s; ` +
    `duplicates ${c.duplicates}, disagreements ${c.disagreements}, unexpected ${c.unexpected}`
  );
}
