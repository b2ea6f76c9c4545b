import type { Db } from '../db/database';
import type { TokenCipher } from '../security/token-cipher';

export interface AccountTokens {
  accessToken: string;
  refreshToken: string;
  /** Unix millis. */
  accessTokenExpiresAt: number;
}

export interface InstalledAccount {
  hubId: string;
  scopes: string[];
  installedByUserId: string | null;
  installedAt: number;
}

/** Accounts and their OAuth tokens. Tokens are sealed before they reach the database. */
export interface AccountStore {
  saveInstall(
    input: { hubId: string; scopes: string[]; userId: string | null; tokens: AccountTokens },
    now: number,
  ): Promise<void>;
  findInstalled(hubId: string): Promise<InstalledAccount | null>;
  readTokens(hubId: string): Promise<AccountTokens | null>;
  saveTokens(hubId: string, tokens: AccountTokens, now: number): Promise<void>;
  /** The account revoked us: keep a tombstone row (status) but no tokens. */
  markUninstalled(hubId: string, now: number): Promise<void>;
  /** Whether the account is known here at all, installed or not (a tombstone counts). */
  accountStatus(hubId: string): Promise<'installed' | 'uninstalled' | null>;
  /** Everything we hold for the account, gone. Answers whether there was anything. */
  deleteAccountData(hubId: string): Promise<boolean>;
}

export function createAccountStore(db: Db, cipher: TokenCipher): AccountStore {
  const sealedTokens = (hubId: string, tokens: AccountTokens, now: number) => ({
    hub_id: hubId,
    access_token_sealed: cipher.encrypt(tokens.accessToken),
    refresh_token_sealed: cipher.encrypt(tokens.refreshToken),
    access_token_expires_at: tokens.accessTokenExpiresAt,
    updated_at: now,
  });

  return {
    async saveInstall({ hubId, scopes, userId, tokens }, now) {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('accounts')
          .values({
            hub_id: hubId,
            status: 'installed',
            scopes: scopes.join(' '),
            installed_by_user_id: userId,
            installed_at: now,
            updated_at: now,
          })
          .onConflict((oc) =>
            oc.column('hub_id').doUpdateSet({
              status: 'installed',
              scopes: scopes.join(' '),
              installed_by_user_id: userId,
              installed_at: now,
              updated_at: now,
            }),
          )
          .execute();
        const row = sealedTokens(hubId, tokens, now);
        await trx
          .insertInto('account_tokens')
          .values(row)
          .onConflict((oc) => oc.column('hub_id').doUpdateSet({ ...row, hub_id: undefined }))
          .execute();
      });
    },

    async findInstalled(hubId) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('hub_id', '=', hubId)
        .where('status', '=', 'installed')
        .executeTakeFirst();
      if (!row) return null;
      return {
        hubId: row.hub_id,
        scopes: row.scopes.split(' ').filter(Boolean),
        installedByUserId: row.installed_by_user_id,
        installedAt: row.installed_at,
      };
    },

    async readTokens(hubId) {
      const row = await db
        .selectFrom('account_tokens')
        .innerJoin('accounts', 'accounts.hub_id', 'account_tokens.hub_id')
        .select([
          'account_tokens.access_token_sealed',
          'account_tokens.refresh_token_sealed',
          'account_tokens.access_token_expires_at',
        ])
        .where('account_tokens.hub_id', '=', hubId)
        .where('accounts.status', '=', 'installed')
        .executeTakeFirst();
      if (!row) return null;
      return {
        accessToken: cipher.decrypt(row.access_token_sealed),
        refreshToken: cipher.decrypt(row.refresh_token_sealed),
        accessTokenExpiresAt: row.access_token_expires_at,
      };
    },

    async saveTokens(hubId, tokens, now) {
      const row = sealedTokens(hubId, tokens, now);
      await db
        .updateTable('account_tokens')
        .set({ ...row, hub_id: undefined })
        .where('hub_id', '=', hubId)
        .execute();
    },

    async markUninstalled(hubId, now) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('account_tokens').where('hub_id', '=', hubId).execute();
        await trx.deleteFrom('token_refresh_leases').where('hub_id', '=', hubId).execute();
        await trx
          .updateTable('accounts')
          .set({ status: 'uninstalled', updated_at: now })
          .where('hub_id', '=', hubId)
          .execute();
      });
    },

    async accountStatus(hubId) {
      const row = await db
        .selectFrom('accounts')
        .select('status')
        .where('hub_id', '=', hubId)
        .executeTakeFirst();
      return row?.status ?? null;
    },
    async deleteAccountData(hubId) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('account_tokens').where('hub_id', '=', hubId).execute();
        await trx.deleteFrom('token_refresh_leases').where('hub_id', '=', hubId).execute();
        const requests = await trx
          .deleteFrom('create_requests')
          .where('hub_id', '=', hubId)
          .executeTakeFirst();
        const account = await trx.deleteFrom('accounts').where('hub_id', '=', hubId).executeTakeFirst();
        return Number(account.numDeletedRows) + Number(requests.numDeletedRows) > 0;
      });
    },
  };
}
