import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';

/** How long an install may sit on HubSpot's consent page. */
export const OAUTH_STATE_TTL_MS = 15 * 60 * 1000;

/**
 * The OAuth `state`: a random value stored server-side and consumed exactly once, so a callback
 * can only complete an install this backend started (CSRF), and works across instances.
 */
export interface OAuthTrip {
  purpose: 'install' | 'uninstall';
  /** For an uninstall: the account it is for. */
  hubId: string | null;
  /** sha256 (hex) of the cookie the starting browser holds; null for an install. */
  browserBinding: string | null;
}

export interface OAuthStateStore {
  issue(now: number, trip?: Partial<OAuthTrip>): Promise<string>;
  /** The trip, once per issued, unexpired state; null otherwise. */
  consume(state: string, now: number): Promise<OAuthTrip | null>;
}

export function createOAuthStateStore(db: Db): OAuthStateStore {
  return {
    async issue(now, trip = {}) {
      const state = randomBytes(24).toString('base64url');
      await db.deleteFrom('oauth_states').where('expires_at', '<', now).execute();
      await db
        .insertInto('oauth_states')
        .values({
          state,
          expires_at: now + OAUTH_STATE_TTL_MS,
          purpose: trip.purpose ?? 'install',
          hub_id: trip.hubId ?? null,
          browser_binding: trip.browserBinding ?? null,
        })
        .execute();
      return state;
    },
    async consume(state, now) {
      if (typeof state !== 'string' || !state || state.length > 128) return null;
      // Deleting is the check: only one caller can delete the row.
      const row = await db
        .deleteFrom('oauth_states')
        .where('state', '=', state)
        .where('expires_at', '>=', now)
        .returning(['purpose', 'hub_id', 'browser_binding'])
        .executeTakeFirst();
      if (!row) return null;
      return { purpose: row.purpose, hubId: row.hub_id, browserBinding: row.browser_binding };
    },
  };
}
