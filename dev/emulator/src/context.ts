// What every route needs: the state, the clock, limits, faults, the contract validator.
import type { FastifyRequest } from 'fastify';
import { authenticate, requireScopes, type AuthContext } from './auth';
import type { CallLog } from './call-log';
import type { Clock } from './clock';
import type { Contract } from './contract';
import type { FaultRegistry } from './faults';
import type { LagKind, LagModel } from './lag';
import { countCall, type RollingWindowLimiter } from './rate-limit';
import type { Store } from './store';
import type { StoredMeeting } from './types';

export interface EmulatorContext {
  store: Store;
  clock: Clock;
  faults: FaultRegistry;
  calls: CallLog;
  contract: Contract;
  limiter: RollingWindowLimiter;
  oauthLimiter: RollingWindowLimiter;
  searchLimiter: RollingWindowLimiter;
  /** 'required' answers only the token fields the 2026-03 spec requires (no hub_id, user_id, scopes). */
  oauthTokenFields: 'all' | 'required';
  /** Per-write visibility delays of search and of primary-store reads. */
  lag: LagModel;
  oauthAccessTokenTtlSeconds: number;
}

/** Authenticates the call, counts it against the rate limits, then checks scopes (any one of `anyOfScopes`). */
export function guard(
  ctx: EmulatorContext,
  request: FastifyRequest,
  anyOfScopes: string[],
  options: { search?: boolean } = {},
): AuthContext {
  const auth = authenticate(ctx.store, ctx.clock, request.headers.authorization);
  const now = ctx.clock.now();
  countCall(ctx, auth, now, options);
  requireScopes(auth, anyOfScopes);
  return auth;
}

export const isoOf = (epochMs: number): string => new Date(epochMs).toISOString();

/** Splits a `properties=a,b` query value (also repeated `properties=a&properties=b`). */
export function listParam(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return parts
    .flatMap((p) => String(p).split(','))
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Whether a read of this kind sees the meeting yet (its drawn visibility time has come). */
export function isVisible(meeting: StoredMeeting, kind: LagKind, now: number): boolean {
  return (meeting.visibleAt?.[kind] ?? meeting.createdAt) <= now;
}
