import { randomUUID } from 'node:crypto';
import { mayHaveBooked, type CreateMeetingResult } from '@meeting-card/core';
import type { CreateRequestStore } from './create-request-store';

export interface IdempotentCreateOptions {
  store: CreateRequestStore;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** A duplicate waits this long for the first request's answer (under hubspot.fetch's 15 s timeout). */
  waitForFirstMs?: number;
  pollIntervalMs?: number;
}

export type IdempotentCreate = (
  hubId: string,
  requestId: string,
  create: () => Promise<CreateMeetingResult>,
  options?: {
    /**
     * The card resubmits asking the server to look for the meeting first (checkExisting): a stored
     * answer that left the outcome unknown is then worked out again instead of replayed, since
     * `create` looks before it creates. A stored meeting or a plain resend is still replayed.
     */
    recheckUnknown?: boolean;
  },
) => Promise<CreateMeetingResult>;

const STILL_RUNNING: CreateMeetingResult = {
  ok: false,
  error: {
    code: 'OUTCOME_UNKNOWN',
    message:
      "This booking is still being processed or its outcome is unknown. Check the contact's activity timeline before trying again.",
    retryable: false,
  },
};

/**
 * Runs `create` at most once per (account, requestId), across every process sharing the database:
 * the row is claimed with INSERT ... ON CONFLICT before HubSpot is called; a duplicate that arrives
 * while the first is running waits for its stored answer.
 */
export function createIdempotentCreate(options: IdempotentCreateOptions): IdempotentCreate {
  const { store } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const waitForFirstMs = options.waitForFirstMs ?? 12_000;
  const pollIntervalMs = options.pollIntervalMs ?? 100;

  return async (hubId, requestId, create, createOptions = {}) => {
    const holder = randomUUID();
    const giveUpAt = now() + waitForFirstMs;
    let recheck = createOptions.recheckUnknown === true;
    for (;;) {
      let claim = await store.claim(hubId, requestId, holder, now());
      if (claim.kind === 'done' && recheck && leftUnknown(claim.response)) {
        // Once only: if another resubmit got there first, its answer is ours.
        recheck = false;
        claim = (await store.reopen(hubId, requestId, holder, now(), claim.response)) ?? claim;
      }
      if (claim.kind === 'done') return JSON.parse(claim.response) as CreateMeetingResult;
      if (claim.kind === 'claimed') return runClaimed(hubId, requestId, holder, create);

      // Another request holds the key: wait for its answer, or for it to give the key back.
      while (now() < giveUpAt) {
        await sleep(pollIntervalMs);
        const row = await store.read(hubId, requestId, now());
        if (!row) break;
        if (row.kind === 'done') return JSON.parse(row.response) as CreateMeetingResult;
      }
      if (now() >= giveUpAt) return STILL_RUNNING;
    }
  };

  function leftUnknown(response: string): boolean {
    const stored = JSON.parse(response) as CreateMeetingResult;
    return !stored.ok && mayHaveBooked(stored.error.code);
  }

  async function runClaimed(
    hubId: string,
    requestId: string,
    holder: string,
    create: () => Promise<CreateMeetingResult>,
  ) {
    let result: CreateMeetingResult;
    try {
      result = await create();
    } catch (error) {
      // We cannot tell how far it got: keep the claim as an unknown outcome rather than risk a second booking.
      await store.complete(hubId, requestId, holder, JSON.stringify(STILL_RUNNING));
      throw error;
    }
    // A failure that proves nothing was created frees the requestId, so a resend may try again;
    // a meeting, or anything that may have booked one, stays the answer for the requestId.
    if (!result.ok && !mayHaveBooked(result.error.code)) await store.release(hubId, requestId, holder);
    else await store.complete(hubId, requestId, holder, JSON.stringify(result));
    return result;
  }
}
