import type { ColumnType } from 'kysely';

// Table shapes for Kysely. Times are Unix milliseconds in bigint columns (parsed to numbers on both dialects).

export interface AccountsTable {
  hub_id: string;
  status: 'installed' | 'uninstalled';
  /** Space-separated scopes granted at install. */
  scopes: string;
  installed_by_user_id: string | null;
  installed_at: number;
  updated_at: number;
}

/** Both tokens sealed with AES-256-GCM (see security/token-cipher.ts). */
export interface AccountTokensTable {
  hub_id: string;
  access_token_sealed: string;
  refresh_token_sealed: string;
  access_token_expires_at: number;
  updated_at: number;
}

/** One row per trip to HubSpot's authorize page; consumed once by `/oauth/callback`. */
export interface OAuthStatesTable {
  state: string;
  expires_at: number;
  /** `install` (GET /oauth/install) or `uninstall` (the uninstall page, for `hub_id`). */
  purpose: ColumnType<'install' | 'uninstall', 'install' | 'uninstall' | undefined, never>;
  hub_id: string | null;
  /** sha256 of a cookie set in the browser that started the trip, so only that browser can finish it. */
  browser_binding: string | null;
}

/** Small named values the backend keeps for itself, e.g. the token key's sealed canary. */
export interface BackendMetaTable {
  name: string;
  value: string;
  created_at: number;
}

/** Who is refreshing an account's token right now (a lease, so a crashed holder does not block forever). */
export interface TokenRefreshLeasesTable {
  hub_id: string;
  holder: string;
  expires_at: number;
}

/** The first answer to each create `requestId` per account, so HubSpot's resend never books twice. */
export interface CreateRequestsTable {
  hub_id: string;
  request_id: string;
  state: 'pending' | 'done';
  /** JSON of the CreateMeetingResult once `done`. */
  response: string | null;
  claimed_by: string;
  claimed_at: number;
  expires_at: number;
  /** sha256 of the booking, the signed user and the account (null: rows from before 0002, which match no request). */
  fingerprint: string | null;
  /** A `pending` claim whose holder has not answered by then is taken over (null: claimed_at + default lease). */
  lease_expires_at: number | null;
}

/** rate-limiter-flexible's counters when the shared budget lives in PostgreSQL. */
export interface RateBudgetTable {
  key: string;
  points: number;
  expire: number | null;
}

export interface BackendDatabase {
  accounts: AccountsTable;
  account_tokens: AccountTokensTable;
  oauth_states: OAuthStatesTable;
  token_refresh_leases: TokenRefreshLeasesTable;
  create_requests: CreateRequestsTable;
  rate_budget: RateBudgetTable;
  backend_meta: BackendMetaTable;
}
