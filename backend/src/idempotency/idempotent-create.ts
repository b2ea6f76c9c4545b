import { randomUUID } from 'node:crypto';
import { mayHaveBooked, type CreateMeetingResult } from '@meeting-card/core';
import type { ClaimOutcome, ClaimRequest, CreateRequestStore } from './create-request-store';

/**
 * How long a create claim is held. Its holder answers within the route's budget (REQUEST_BUDGET_MS,
 * 12 s) or has died; the 8 s margin covers a slow final write and clock skew between instances (each
 * writes the lease with its own clock). After it, the next request takes the key over, verifying first.
 */
export const DEFAULT_CREATE_LEASE_MS = 20_000;
/** A request that takes a key over needs this much of its budget left to look and then create. */
export const DEFAULT_MIN_RUN_MS = 6_000;
/** A holder sends nothing after its route budget (services.ts REQUEST_BUDGET_MS). */
export const HOLDER_BUDGET_MS = 12_000;

export interface IdempotentCreateOptions {
  store: CreateRequestStore;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  leaseMs?: number;
  minRunMs?: number;
  pollIntervalMs?: number;
}

export interface IdempotentCreateCall {
  hubId: string;
  requestId: string;
  /** See request-fingerprint.ts: the same key with another fingerprint is refused. */
  fingerprint: string;
  /** When the answer must be ready (the route's budget); waits and takeovers stay inside it. */
  deadline: number;
  /**
   * Runs the booking. `verifyFirst`: an earlier attempt may have created the meeting (a stored unknown
   * outcome, or a holder that died mid-create), so look for it first. `attemptedSince` is then the
   * latest moment that attempt can have been sent (epoch ms): the stored answer's own, else the first
   * claim plus the holder's whole budget, so a verification window measured from it is never cut short.
   */
  run: (options: { verifyFirst: boolean; attemptedSince?: number }) => Promise<CreateMeetingResult>;
}

export type IdempotentAnswer =
  | { kind: 'result'; result: CreateMeetingResult }
  /** The key was used for another request (body, user or account): refused, nothing touched. */
  | { kind: 'key-reused' };

export type IdempotentCreate = (call: IdempotentCreateCall) => Promise<IdempotentAnswer>;

/**
 * The holder of the key is still at work (or died, and its lease has not run out): nothing is known
 * yet, so the card is asked to check again, as after any ambiguous create.
 */
function stillRunning(attemptedSince: number, checkAfterMs: number): CreateMeetingResult {
  return {
    ok: false,
    error: {
      code: 'VERIFYING',
      message:
        'This booking is still being processed. Still checking: do not book it again until this is resolved.',
      retryable: false,
      details: {
        cause: 'unconfirmed',
        attemptedSince,
        checkAfterMs: Math.max(1_000, Math.round(checkAfterMs)),
      },
    },
  };
}

/** What is stored when the run threw: nobody can tell how far it got. */
const THREW: CreateMeetingResult = {
  ok: false,
  error: {
    code: 'OUTCOME_UNKNOWN',
    message: "This booking's outcome is unknown. Check the contact's activity timeline before trying again.",
    retryable: false,
  },
};

/**
 * Runs a create at most once per (account, requestId), across every process sharing the database,
 * as Stripe treats idempotency keys:
 * - the key is claimed with INSERT ... ON CONFLICT, with the request's fingerprint, before HubSpot is
 *   called; the same key with another fingerprint is refused and changes nothing;
 * - a claim is a lease: if its holder has not answered when the lease runs out, the next request takes
 *   it over and verifies before it may create; a duplicate arriving while the holder lives waits for it;
 * - a stored answer is replayed, except one that left the outcome unknown, which is verified again.
 */
export function createIdempotentCreate(options: IdempotentCreateOptions): IdempotentCreate {
  const { store } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const leaseMs = options.leaseMs ?? DEFAULT_CREATE_LEASE_MS;
  const minRunMs = options.minRunMs ?? DEFAULT_MIN_RUN_MS;
  const pollIntervalMs = options.pollIntervalMs ?? 100;

  return async (call) => {
    const holder = randomUUID();
    const claimRequest = (): ClaimRequest => ({
      hubId: call.hubId,
      requestId: call.requestId,
      holder,
      fingerprint: call.fingerprint,
      now: now(),
      leaseMs,
    });
    const answer = (result: CreateMeetingResult): IdempotentAnswer => ({ kind: 'result', result });
    let reverified = false;

    let claim: ClaimOutcome | null = null;
    for (;;) {
      claim ??= await store.claim(claimRequest());
      if (claim.kind === 'claimed') return answer(await runClaimed(call, holder, { verifyFirst: false }));
      // Every claim is fingerprinted: one without (a row from before fingerprints) matches no request.
      if (claim.fingerprint !== call.fingerprint) return { kind: 'key-reused' };

      if (claim.kind === 'done') {
        if (reverified || !leftUnknown(claim.response)) return answer(parse(claim.response));
        // Verified again, not replayed: the meeting may have appeared since. Once per request; if
        // another resubmit reopened it first, its answer is ours.
        reverified = true;
        if (call.deadline - now() < minRunMs) return answer(parse(claim.response));
        const reopened = await store.reopen(claimRequest(), claim.response);
        if (reopened?.kind === 'claimed')
          return answer(
            await runClaimed(
              call,
              holder,
              {
                verifyFirst: true,
                attemptedSince: attemptedSinceOf(claim.response) ?? latestAttempt(reopened.claimedAt),
              },
              // A check that settles nothing puts the stored answer back, unchanged.
              claim.response,
            ),
          );
        claim = reopened;
        continue;
      }

      // Another request holds the key.
      if (claim.leaseExpiresAt < now()) {
        if (call.deadline - now() < minRunMs)
          return answer(stillRunning(latestAttempt(claim.claimedAt), pollIntervalMs));
        const taken = await store.takeOver(claimRequest());
        if (taken?.kind === 'claimed') {
          const attemptedSince = latestAttempt(taken.claimedAt);
          return answer(
            await runClaimed(
              call,
              holder,
              { verifyFirst: true, attemptedSince },
              // The dead holder may have booked it: a check that settles nothing leaves it unconfirmed.
              JSON.stringify(stillRunning(attemptedSince, pollIntervalMs)),
            ),
          );
        }
        claim = taken;
        continue;
      }
      // Its holder is alive: wait for its answer, for its lease to run out, or for our own budget to end.
      const waitUntil = Math.min(call.deadline - pollIntervalMs, claim.leaseExpiresAt + 1);
      let seen: ClaimOutcome | null = claim;
      while (seen?.kind === 'pending' && now() < waitUntil) {
        await sleep(pollIntervalMs);
        seen = await store.read(call.hubId, call.requestId, now());
      }
      if (seen?.kind === 'pending' && seen.leaseExpiresAt >= now() && now() >= call.deadline - pollIntervalMs)
        return answer(stillRunning(latestAttempt(seen.claimedAt), seen.leaseExpiresAt - now()));
      // Answered, released (null: claim it), expired, or renewed by a taker: look again.
      claim = seen;
    }
  };

  /** The latest a holder can have sent its create (in the future while it lives: the core caps it). */
  function latestAttempt(claimedAt: number): number {
    return claimedAt + HOLDER_BUDGET_MS;
  }

  function leftUnknown(response: string): boolean {
    const stored = parse(response);
    // Stored failures are those a run kept as possibly booked (a check's included): read as a check's.
    return !stored.ok && mayHaveBooked(stored.error.code, { check: true });
  }

  /**
   * Runs the claimed key. A first attempt (`unresolved` absent) settles it with its answer. A re-check
   * or takeover (`unresolved`: what stands while the earlier attempt is unconfirmed) is settled only
   * by a meeting found or absence established (NOT_CREATED); any other answer, even one that proves
   * the check itself sent nothing (a 429, a 401, a store down), says nothing about that attempt.
   */
  async function runClaimed(
    call: IdempotentCreateCall,
    holder: string,
    how: { verifyFirst: boolean; attemptedSince?: number },
    unresolved?: string,
  ): Promise<CreateMeetingResult> {
    let result: CreateMeetingResult;
    try {
      result = await call.run(how);
    } catch (error) {
      // We cannot tell how far it got: keep the claim as an unknown outcome rather than risk a second booking.
      await store.complete(call.hubId, call.requestId, holder, unresolved ?? JSON.stringify(THREW));
      throw error;
    }
    if (
      unresolved &&
      !result.ok &&
      result.error.code !== 'NOT_CREATED' &&
      !mayHaveBooked(result.error.code, { check: false })
    ) {
      // Releasing here would let the next request create a second meeting: the claim stays open, and
      // the answer stays "not confirmed yet", never "nothing booked".
      await store.complete(call.hubId, call.requestId, holder, unresolved);
      return parse(unresolved);
    }
    // A failure that proves nothing was created frees the requestId, so a resend may try again;
    // a meeting, or anything that may have booked one, stays the answer for the requestId.
    if (!result.ok && !mayHaveBooked(result.error.code, { check: how.verifyFirst }))
      await store.release(call.hubId, call.requestId, holder);
    else await store.complete(call.hubId, call.requestId, holder, JSON.stringify(result));
    return result;
  }
}

/** The time of the attempt a stored answer reports (`details.attemptedSince`), when it says. */
function attemptedSinceOf(response: string): number | undefined {
  const stored = parse(response) as { ok: boolean; error?: { details?: { attemptedSince?: unknown } } };
  const since = stored.error?.details?.attemptedSince;
  return typeof since === 'number' && Number.isFinite(since) ? since : undefined;
}

function parse(response: string): CreateMeetingResult {
  return JSON.parse(response) as CreateMeetingResult;
}
