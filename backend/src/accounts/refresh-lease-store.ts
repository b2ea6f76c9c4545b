import type { Db } from '../db/database';

/** A per-account lease so only one process refreshes an account's token at a time. */
export interface RefreshLeaseStore {
  tryAcquire(hubId: string, holder: string, ttlMs: number, now: number): Promise<boolean>;
  release(hubId: string, holder: string): Promise<void>;
}

export function createRefreshLeaseStore(db: Db): RefreshLeaseStore {
  return {
    async tryAcquire(hubId, holder, ttlMs, now) {
      // Take the row if it is free or its holder's lease ran out (a crashed process).
      await db
        .insertInto('token_refresh_leases')
        .values({ hub_id: hubId, holder, expires_at: now + ttlMs })
        .onConflict((oc) =>
          oc
            .column('hub_id')
            .doUpdateSet({ holder, expires_at: now + ttlMs })
            .where('token_refresh_leases.expires_at', '<', now),
        )
        .execute();
      const row = await db
        .selectFrom('token_refresh_leases')
        .select('holder')
        .where('hub_id', '=', hubId)
        .executeTakeFirst();
      return row?.holder === holder;
    },
    async release(hubId, holder) {
      await db
        .deleteFrom('token_refresh_leases')
        .where('hub_id', '=', hubId)
        .where('holder', '=', holder)
        .execute();
    },
  };
}
