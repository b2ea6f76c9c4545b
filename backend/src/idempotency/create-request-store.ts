import type { Db } from '../db/database';

/** How long the first answer to a requestId is kept (HubSpot resends within seconds; a day is generous). */
export const CREATE_REQUEST_TTL_MS = 24 * 60 * 60 * 1000;

export type ClaimOutcome =
  { kind: 'claimed' } | { kind: 'done'; response: string } | { kind: 'pending'; claimedAt: number };

/** Claims of create requests, keyed by (account, requestId), shared by every backend instance. */
export interface CreateRequestStore {
  /** INSERT ... ON CONFLICT: exactly one caller gets `claimed` for a live key. */
  claim(hubId: string, requestId: string, holder: string, now: number): Promise<ClaimOutcome>;
  read(hubId: string, requestId: string, now: number): Promise<ClaimOutcome | null>;
  complete(hubId: string, requestId: string, holder: string, response: string): Promise<void>;
  /** Gives the key back when nothing was created, so a later resend may try again. */
  release(hubId: string, requestId: string, holder: string): Promise<void>;
  /**
   * Claims a finished key again, only if its stored answer is still `expectedResponse` (a conditional
   * UPDATE, so of several concurrent callers at most one gets `claimed`).
   */
  reopen(
    hubId: string,
    requestId: string,
    holder: string,
    now: number,
    expectedResponse: string,
  ): Promise<ClaimOutcome | null>;
  purgeExpired(now: number): Promise<number>;
}

export function createCreateRequestStore(db: Db): CreateRequestStore {
  type StoredRow =
    | { kind: 'done'; response: string; holder: string }
    | { kind: 'pending'; claimedAt: number; holder: string };
  const read = async (hubId: string, requestId: string, now: number): Promise<StoredRow | null> => {
    const row = await db
      .selectFrom('create_requests')
      .selectAll()
      .where('hub_id', '=', hubId)
      .where('request_id', '=', requestId)
      .where('expires_at', '>=', now)
      .executeTakeFirst();
    if (!row) return null;
    if (row.state === 'done' && row.response !== null)
      return { kind: 'done', response: row.response, holder: row.claimed_by };
    return { kind: 'pending', claimedAt: row.claimed_at, holder: row.claimed_by };
  };

  return {
    async claim(hubId, requestId, holder, now) {
      await db
        .insertInto('create_requests')
        .values({
          hub_id: hubId,
          request_id: requestId,
          state: 'pending',
          response: null,
          claimed_by: holder,
          claimed_at: now,
          expires_at: now + CREATE_REQUEST_TTL_MS,
        })
        // An expired row is as good as none.
        .onConflict((oc) =>
          oc
            .columns(['hub_id', 'request_id'])
            .doUpdateSet({
              state: 'pending',
              response: null,
              claimed_by: holder,
              claimed_at: now,
              expires_at: now + CREATE_REQUEST_TTL_MS,
            })
            .where('create_requests.expires_at', '<', now),
        )
        .execute();
      const row = await read(hubId, requestId, now);
      // Only a concurrent purge/release between the two statements empties the key; the caller retries.
      if (!row) throw new Error('Create request claim vanished; retry');
      if (row.kind === 'pending' && row.holder === holder) return { kind: 'claimed' };
      return row.kind === 'done'
        ? { kind: 'done', response: row.response }
        : { kind: 'pending', claimedAt: row.claimedAt };
    },
    async read(hubId, requestId, now) {
      const row = await read(hubId, requestId, now);
      if (!row) return null;
      return row.kind === 'done'
        ? { kind: 'done', response: row.response }
        : { kind: 'pending', claimedAt: row.claimedAt };
    },
    async complete(hubId, requestId, holder, response) {
      await db
        .updateTable('create_requests')
        .set({ state: 'done', response })
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('claimed_by', '=', holder)
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
    async reopen(hubId, requestId, holder, now, expectedResponse) {
      await db
        .updateTable('create_requests')
        .set({ state: 'pending', response: null, claimed_by: holder, claimed_at: now })
        .where('hub_id', '=', hubId)
        .where('request_id', '=', requestId)
        .where('state', '=', 'done')
        .where('response', '=', expectedResponse)
        .where('expires_at', '>=', now)
        .execute();
      const row = await read(hubId, requestId, now);
      if (!row) return null;
      if (row.kind === 'pending' && row.holder === holder) return { kind: 'claimed' };
      return row.kind === 'done'
        ? { kind: 'done', response: row.response }
        : { kind: 'pending', claimedAt: row.claimedAt };
    },
    async purgeExpired(now) {
      const result = await db.deleteFrom('create_requests').where('expires_at', '<', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
