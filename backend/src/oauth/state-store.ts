import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';

/** How long an install may sit on HubSpot's consent page. */
export const OAUTH_STATE_TTL_MS = 15 * 60 * 1000;

/**
 * The OAuth `state`: a random value stored server-side and consumed exactly once, so a callback
 * can only complete an install this backend started (CSRF), and works across instances.
 */
export interface OAuthStateStore {
  issue(now: number): Promise<string>;
  /** True once per issued, unexpired state. */
  consume(state: string, now: number): Promise<boolean>;
}

export function createOAuthStateStore(db: Db): OAuthStateStore {
  return {
    async issue(now) {
      const state = randomBytes(24).toString('base64url');
      await db.deleteFrom('oauth_states').where('expires_at', '<', now).execute();
      await db
        .insertInto('oauth_states')
        .values({ state, expires_at: now + OAUTH_STATE_TTL_MS })
        .execute();
      return state;
    },
    async consume(state, now) {
      if (!state || state.length > 128) return false;
      // Deleting is the check: only one caller can delete the row.
      const result = await db
        .deleteFrom('oauth_states')
        .where('state', '=', state)
        .where('expires_at', '>=', now)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
