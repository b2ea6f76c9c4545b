import type { Db } from '../db/database';

/** How long the first answer to a requestId is kept (HubSpot resends within seconds; a day is generous). */
export const CREATE_REQUEST_TTL_MS = 24 * 60 * 60 * 1000;
/** The lease of a `pending` row written before leases were stored (migration 0002). */
const LEGACY_LEASE_MS = 20_000;

/** What is stored for a key, as another request sees it. */
export type StoredClaim =
  | { kind: 'done'; response: string; fingerprint: string | null; claimedAt: number }
  | { kind: 'pending'; leaseExpiresAt: number; fingerprint: string | null; claimedAt: number };

export type ClaimOutcome = { kind: 'claimed'; claimedAt: number } | StoredClaim;

export interface ClaimRequest {
  hubId: string;
  requestId: string;
  holder: string;
  fingerprint: string;
  now: number;
  leaseMs: number;
}

/** Claims of create requests, keyed by (account, requestId), shared by every backend instance. */
export interface CreateRequestStore {
  /** INSERT ... ON CONFLICT: exactly one caller gets `claimed` for a live key. */
  claim(request: ClaimRequest): Promise<ClaimOutcome>;
  read(hubId: string, requestId: string, now: number): Promise<StoredClaim | null>;
  complete(hubId: string, requestId: string, holder: string, response: string): Promise<void>;
  /** Gives the key back when nothing was created, so a later resend may try again. */
  release(hubId: string, requestId: string, holder: string): Promise<void>;
  /**
   * Takes over a `pending` claim whose lease ran out (its holder died): a conditional UPDATE, so of
   * several concurrent callers at most one gets `claimed`. The taker must verify before it creates.
   */
  takeOver(request: ClaimRequest): Promise<ClaimOutcome | null>;
  /**
   * Claims a finished key again, only if its stored answer is still `expectedResponse` (a conditional
   * UPDATE, so of several concurrent callers at most one gets `claimed`).
   */
  reopen(request: ClaimRequest, expectedResponse: string): Promise<ClaimOutcome | null>;
  purgeExpired(now: number): Promise<number>;
}

export function createCreateRequestStore(db: Db): CreateRequestStore {
  type Row = StoredClaim & { holder: string };
  const readRow = async (hubId: string, requestId: string, now: number): Promise<Row | null> => {
    const row = await db
      .selectFrom('create_requests')
      .selectAll()
      .where('hub_id', '=', hubId)
      .where('request_id', '=', requestId)
      .where('expires_at', '>=', now)
      .executeTakeFirst();
    if (!row) return null;
    if (row.state === 'done' && row.response !== null)
      return {
        kind: 'done',
        response: row.response,
        fingerprint: row.fingerprint,
        claimedAt: row.claimed_at,
        holder: row.claimed_by,
      };
    return {
      kind: 'pending',
      // Rows from before leases existed: the claim time plus the default lease.
      leaseExpiresAt: row.lease_expires_at ?? row.claimed_at + LEGACY_LEASE_MS,
      fingerprint: row.fingerprint,
      claimedAt: row.claimed_at,
      holder: row.claimed_by,
    };
  };
  const outcomeFor = (row: Row | null, holder: string): ClaimOutcome | null => {
    if (!row) return null;
    if (row.kind === 'pending' && row.holder === holder) return { kind: 'claimed', claimedAt: row.claimedAt };
    const { holder: _holder, ...stored } = row;
    return stored;
  };

  return {
    async claim(request) {
      const { hubId, requestId, holder, fingerprint, now, leaseMs } = request;
      const fresh = {
        state: 'pending' as const,
        response: null,
        claimed_by: holder,
        claimed_at: now,
        lease_expires_at: now + leaseMs,
        fingerprint,
        expires_at: now + CREATE_REQUEST_TTL_MS,
      };
      await db
        .insertInto('create_requests')
        .values({ hub_id: hubId, request_id: requestId, ...fresh })
        // An expired row is as good as none.
        .onConflict((oc) =>
          oc
            .columns(['hub_id', 'request_id'])
            .doUpdateSet(fresh)
            .where('create_requests.expires_at', '<', now),
        )
        .execute();
      const outcome = outcomeFor(await readRow(hubId, requestId, now), holder);
      // Only a concurrent purge/release between the two statements empties the key; the caller retries.
      if (!outcome) throw new Error('Create request claim vanished; retry');
      return outcome;
    },
    async read(hubId, requestId, now) {
      const row = await readRow(hubId, requestId, now);
      if (!row) return null;
      const { holder: _holder, ...stored } = row;
      return stored;
    },
    async complete(hubId, requestId, holder, response) {
      await db
        .updateTable('create_requests')
        .set({ state: 'done', response })
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('claimed_by', '=', holder)
        .where('state', '=', 'pending')
        .execute();
    },
    async release(hubId, requestId, holder) {
      await db
        .deleteFrom('create_requests')
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('claimed_by', '=', holder)
        .where('state', '=', 'pending')
        .execute();
    },
    async takeOver(request) {
      const { hubId, requestId, holder, now, leaseMs } = request;
      await db
        .updateTable('create_requests')
        // claimed_at stays the first claim's time: the attempt being verified started after it.
        .set({ claimed_by: holder, lease_expires_at: now + leaseMs })
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('state', '=', 'pending')
        .where('expires_at', '>=', now)
        .where((eb) =>
          eb.or([
            eb('lease_expires_at', '<', now),
            eb.and([eb('lease_expires_at', 'is', null), eb('claimed_at', '<', now - LEGACY_LEASE_MS)]),
          ]),
        )
        .execute();
      return outcomeFor(await readRow(hubId, requestId, now), holder);
    },
    async reopen(request, expectedResponse) {
      const { hubId, requestId, holder, now, leaseMs } = request;
      await db
        .updateTable('create_requests')
        .set({
          state: 'pending',
          response: null,
          claimed_by: holder,
          lease_expires_at: now + leaseMs,
        })
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('state', '=', 'done')
        .where('response', '=', expectedResponse)
        .where('expires_at', '>=', now)
        .execute();
      return outcomeFor(await readRow(hubId, requestId, now), holder);
    },
    async purgeExpired(now) {
      const result = await db.deleteFrom('create_requests').where('expires_at', '<', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
