import type { CreateMeetingResult, MeetingParameters } from '@meeting-card/core';
import type { Emulator, FaultAction, StoredMeeting } from '@meeting-card/hubspot-emulator';
import { newRequestId } from '../test-support/functions';

/**
 * Adds fault rules so that about `rate` of all HubSpot calls fail, split evenly over `actions`.
 * Rules apply first-match-wins, each with its own seeded coin, so rule k's probability is
 * conditioned on the earlier ones having passed the call on.
 */
export function addFaultMix(emulator: Emulator, rate: number, actions: FaultAction[], seed: number): void {
  const share = rate / actions.length;
  actions.forEach((action, k) => {
    emulator.faults.add({ probability: share / (1 - k * share), randomSeed: seed + k, action });
  });
}

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

/** Runs `count` creates, `concurrency` at a time, each in its own sequence. */
export async function runCreates(
  count: number,
  concurrency: number,
  create: (i: number) => Promise<CreateMeetingResult>,
): Promise<CreateMeetingResult[]> {
  const results: CreateMeetingResult[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await create(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** Error codes whose message tells the rep nothing was booked. */
const NOTHING_BOOKED = new Set(['NOT_CREATED', 'RATE_LIMITED', 'HUBSPOT_UNAVAILABLE']);

export interface SoakCounts {
  creates: number;
  created: number;
  recovered: number;
  notCreated: number;
  rateLimited: number;
  unavailable: number;
  unknown: number;
  /** Meetings stored beyond the first for one asked-for meeting. */
  duplicates: number;
  /** A "booked" without exactly that one meeting, or a "nothing booked" with one. */
  disagreements: number;
  /** Any other error code: the soak's forms are valid, so none is expected. */
  unexpected: number;
  faultedCalls: number;
  totalCalls: number;
  examples: string[];
}

/** Checks every reported result against what the emulator actually stored. */
export function countOutcomes(
  prefix: string,
  results: CreateMeetingResult[],
  stored: StoredMeeting[],
  emulator: Emulator,
): SoakCounts {
  const byTitle = new Map<string, StoredMeeting[]>();
  for (const meeting of stored) {
    const title = meeting.properties.hs_meeting_title ?? '';
    if (!title.startsWith(`${prefix} `)) continue;
    byTitle.set(title, [...(byTitle.get(title) ?? []), meeting]);
  }
  const counts: SoakCounts = {
    creates: results.length,
    created: 0,
    recovered: 0,
    notCreated: 0,
    rateLimited: 0,
    unavailable: 0,
    unknown: 0,
    duplicates: 0,
    disagreements: 0,
    unexpected: 0,
    faultedCalls: 0,
    totalCalls: 0,
    examples: [],
  };
  for (const meetings of byTitle.values()) counts.duplicates += Math.max(0, meetings.length - 1);
  results.forEach((result, i) => {
    const meetings = byTitle.get(`${prefix} ${i}`) ?? [];
    const disagree = (why: string) => {
      counts.disagreements += 1;
      if (counts.examples.length < 5) counts.examples.push(`#${i}: ${why}`);
    };
    if (result.ok) {
      counts.created += 1;
      if (result.meeting.recovered) counts.recovered += 1;
      if (meetings.length !== 1 || meetings[0]?.id !== result.meeting.id) {
        disagree(
          `reported meeting ${result.meeting.id}, stored ${meetings.map((m) => m.id).join(',') || 'none'}`,
        );
      }
      return;
    }
    const code = result.error.code;
    if (code === 'OUTCOME_UNKNOWN') counts.unknown += 1;
    else if (code === 'NOT_CREATED') counts.notCreated += 1;
    else if (code === 'RATE_LIMITED') counts.rateLimited += 1;
    else if (code === 'HUBSPOT_UNAVAILABLE') counts.unavailable += 1;
    else {
      counts.unexpected += 1;
      if (counts.examples.length < 5)
        counts.examples.push(`#${i}: unexpected ${code}: ${result.error.message}`);
    }
    if (NOTHING_BOOKED.has(code) && meetings.length > 0)
      disagree(`reported ${code}, stored ${meetings.map((m) => m.id).join(',')}`);
  });
  const calls = emulator.calls();
  counts.totalCalls = calls.total;
  counts.faultedCalls = calls.routes
    .filter((r) => r.status === 0 || r.status >= 429)
    .reduce((sum, r) => sum + r.count, 0);
  return counts;
}

export function summary(label: string, c: SoakCounts): string {
  return (
    `${label}: ${c.creates} creates, ${c.totalCalls} HubSpot calls (${c.faultedCalls} answered 429/5xx or dropped, plus delays); ` +
    `created ${c.created} (recovered ${c.recovered}), not created ${c.notCreated}, rate limited ${c.rateLimited}, ` +
    `unavailable ${c.unavailable}, unknown ${c.unknown} (${((100 * c.unknown) / c.creates).toFixed(1)}%); ` +
    `duplicates ${c.duplicates}, disagreements ${c.disagreements}, unexpected ${c.unexpected}`
  );
}
