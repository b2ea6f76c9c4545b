import {
  READ_RETRY_DEFAULTS,
  type ApiRequest,
  type ApiResponse,
  type Clock,
  type HubSpotApi,
} from '@meeting-card/core/server';
import {
  RateBudgetUnavailableError,
  type AccountRateBudget,
  type CallKind,
} from '../rate-budget/account-rate-budget';

/**
 * The order in which this process's callers take the account's shared budget: first come, first
 * served per (account, kind), so a caller is never overtaken by later ones and starved. Shared by
 * every request of the process; the budget itself is shared by every instance.
 */
export interface BudgetQueue {
  /**
   * Waits for a slot while a slot can still be had by `latestSendAt`. `granted` means send now;
   * otherwise nothing may be sent.
   */
  acquire(hubId: string, kind: CallKind, latestSendAt: number): Promise<BudgetTurn>;
}

export type BudgetTurn =
  | { kind: 'granted' }
  | { kind: 'no-time'; retryInMs: number }
  | { kind: 'store-down'; error: RateBudgetUnavailableError };

export function createBudgetQueue(budget: AccountRateBudget, clock: Clock): BudgetQueue {
  const tails = new Map<string, Promise<unknown>>();

  async function takeTurn(hubId: string, kind: CallKind, latestSendAt: number): Promise<BudgetTurn> {
    for (;;) {
      if (clock.now() > latestSendAt) return { kind: 'no-time', retryInMs: 1_000 };
      let answer;
      try {
        answer = await budget.take(hubId, kind);
      } catch (error) {
        if (error instanceof RateBudgetUnavailableError) return { kind: 'store-down', error };
        throw error;
      }
      if (answer.granted) return { kind: 'granted' };
      // A wait is only started when the call can still be sent, with its full timeout, after it.
      if (clock.now() + answer.retryInMs > latestSendAt)
        return { kind: 'no-time', retryInMs: answer.retryInMs };
      await clock.sleep(answer.retryInMs);
    }
  }

  return {
    acquire(hubId, kind, latestSendAt) {
      const key = `${kind}:${hubId}`;
      const turn = (tails.get(key) ?? Promise.resolve()).then(() => takeTurn(hubId, kind, latestSendAt));
      const tail = turn.catch(() => undefined);
      tails.set(key, tail);
      // Forget an idle account's queue, so the map holds only accounts with callers waiting.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return turn;
    },
  };
}

export interface AccountLimiterOptions {
  hubId: string;
  queue: BudgetQueue;
  clock: Clock;
  /** Epoch ms by which every call of this request must have its answer (the route's budget). */
  deadline: number;
  /** The timeout of a call that names none. */
  defaultTimeoutMs: number;
  onStoreDown?: (error: RateBudgetUnavailableError) => void;
}

/** CRM search has its own per-second limit at HubSpot and does not count against the 110 per 10 s. */
export function callKindOf(request: ApiRequest): CallKind {
  return request.method === 'POST' && /\/search\/?$/.test(request.path) ? 'search' : 'standard';
}

/**
 * Takes a slot of the account's shared budget before each call. The call is then sent with its full
 * timeout; a wait for a slot is only started when the deadline still covers it plus that timeout.
 * Otherwise (or when the budget store is down) it answers a local 429: nothing was sent, so the core
 * reports RATE_LIMITED and never mistakes it for an ambiguous write.
 */
export function withAccountLimiter(inner: HubSpotApi, options: AccountLimiterOptions): HubSpotApi {
  return {
    accountKey: inner.accountKey,
    async send(request) {
      const timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs;
      // The route's deadline, or the caller's own (the core's) when that comes first.
      const deadline = Math.min(options.deadline, request.deadline ?? Number.POSITIVE_INFINITY);
      // A write is only worth a slot with its full timeout still ahead; a read may be cut to what is
      // left (the timeout decorator does), so it only needs room for a short try.
      const tryMs = request.read ? Math.min(timeoutMs, READ_RETRY_DEFAULTS.minTryMs) : timeoutMs;
      const turn = await options.queue.acquire(options.hubId, callKindOf(request), deadline - tryMs);
      if (turn.kind === 'granted') return inner.send({ ...request, timeoutMs });
      if (turn.kind === 'store-down') {
        options.onStoreDown?.(turn.error);
        // A long Retry-After: the core does not keep asking a store that is down within this request.
        return notSent(60, 'The shared rate budget could not be checked; nothing was sent to HubSpot.');
      }
      return notSent(
        Math.ceil(turn.retryInMs / 1000),
        "This account's HubSpot rate budget is used up for now; nothing was sent.",
      );
    },
  };
}

function notSent(retryAfterSeconds: number, message: string): ApiResponse {
  const headers: Record<string, string> = { 'retry-after': String(retryAfterSeconds) };
  return {
    status: 429,
    header: (name) => headers[name.toLowerCase()],
    body: { status: 'error', category: 'RATE_LIMITS', message, local: true },
  };
}
