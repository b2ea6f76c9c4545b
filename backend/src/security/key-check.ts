import type { Db } from '../db/database';
import type { TokenCipher } from './token-cipher';

/**
 * Proves TOKEN_ENCRYPTION_KEY opens what this database holds. A wrong key (a typo, a rotated secret,
 * another environment's database) would otherwise start fine and fail every card request with a
 * decryption error. The proof is a sealed canary row written at the first start with a key; where
 * an older database has tokens but no canary yet, one of its tokens is opened instead.
 */
export type KeyStatus =
  { ok: true; proof: 'canary' | 'existing-token' | 'first-start' } | { ok: false; reason: string };

export const CANARY_NAME = 'token_key_canary';
const CANARY_PLAINTEXT = 'meeting-card token key canary v1';

export const WRONG_KEY_REASON =
  'TOKEN_ENCRYPTION_KEY does not open the tokens stored in this database. Start with the key the database was written with (a new key would lose every install).';

function opens(cipher: TokenCipher, sealed: string, expected?: string): boolean {
  try {
    const plain = cipher.decrypt(sealed);
    return expected === undefined || plain === expected;
  } catch {
    return false;
  }
}

/** Reads only: the canary, else one stored token. `undefined` when the database holds nothing sealed. */
export async function verifyTokenKey(db: Db, cipher: TokenCipher): Promise<KeyStatus | undefined> {
  const canary = await db
    .selectFrom('backend_meta')
    .select('value')
    .where('name', '=', CANARY_NAME)
    .executeTakeFirst();
  if (canary) {
    return opens(cipher, canary.value, CANARY_PLAINTEXT)
      ? { ok: true, proof: 'canary' }
      : { ok: false, reason: WRONG_KEY_REASON };
  }
  const token = await db
    .selectFrom('account_tokens')
    .select('refresh_token_sealed')
    .limit(1)
    .executeTakeFirst();
  if (!token) return undefined;
  return opens(cipher, token.refresh_token_sealed)
    ? { ok: true, proof: 'existing-token' }
    : { ok: false, reason: WRONG_KEY_REASON };
}

/**
 * At start: verify, and seal the canary when there is none. Two instances starting at once with
 * different keys cannot both win: the second reads the first one's canary and fails.
 */
export async function ensureTokenKey(db: Db, cipher: TokenCipher, now: number): Promise<KeyStatus> {
  const verdict = await verifyTokenKey(db, cipher);
  if (verdict && (!verdict.ok || verdict.proof === 'canary')) return verdict;
  await db
    .insertInto('backend_meta')
    .values({ name: CANARY_NAME, value: cipher.encrypt(CANARY_PLAINTEXT), created_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const written = await verifyTokenKey(db, cipher);
  if (!written?.ok) return written ?? { ok: false, reason: 'the token key canary could not be written' };
  return { ok: true, proof: verdict ? verdict.proof : 'first-start' };
}
