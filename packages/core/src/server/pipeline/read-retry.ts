import type { Clock } from '../clock';
import { TransportError, type HubSpotApi } from '../hubspot-api';

export interface ReadRetryOptions {
  clock: Clock;
  /** Resends after a 5xx or a lost connection, at most. */
  resends?: number;
  /** A resend is only worth it with at least this long left before the deadline for the try itself. */
  minTryMs?: number;
}

export const READ_RETRY_DEFAULTS = { resends: 2, minTryMs: 250 } as const;

export function readBackoffMs(attempt: number): number {
  return Math.min(2_000, 250 * 2 ** attempt);
}

/**
 * Resends a call marked `read` (it changes nothing) after a 5xx or a TransportError, with a growing
 * pause, while the deadline leaves room for the try. Anything not marked `read` (the create) passes
 * straight through: a 5xx or a timeout on a write may have stored it, and resending would book twice.
 */
export function withReadRetry(inner: HubSpotApi, options: ReadRetryOptions): HubSpotApi {
  const { clock } = options;
  const resends = options.resends ?? READ_RETRY_DEFAULTS.resends;
  const minTryMs = options.minTryMs ?? READ_RETRY_DEFAULTS.minTryMs;
  const roomFor = (deadline: number | undefined, waitMs: number) =>
    deadline === undefined || clock.now() + waitMs + minTryMs <= deadline;
  return {
    accountKey: inner.accountKey,
    async send(request) {
      if (!request.read) return inner.send(request);
      for (let attempt = 0; ; attempt++) {
        const waitMs = readBackoffMs(attempt);
        const mayResend = attempt < resends && roomFor(request.deadline, waitMs);
        try {
          const response = await inner.send(request);
          if (response.status < 500 || !mayResend) return response;
        } catch (error) {
          if (!(error instanceof TransportError) || !mayResend) throw error;
        }
        await clock.sleep(waitMs);
      }
    },
  };
}
