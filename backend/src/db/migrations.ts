import { Kysely, Migrator, type Migration, type MigrationProvider } from 'kysely';

// Inline migrations: the backend ships as source, with no migration folder to locate at run time.
// Append new entries; never edit one that has shipped.
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('hub_id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('installed_by_user_id', 'varchar(32)')
        .addColumn('installed_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('account_tokens')
        .addColumn('hub_id', 'varchar(32)', (c) =>
          c.primaryKey().references('accounts.hub_id').onDelete('cascade'),
        )
        .addColumn('access_token_sealed', 'text', (c) => c.notNull())
        .addColumn('refresh_token_sealed', 'text', (c) => c.notNull())
        .addColumn('access_token_expires_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('oauth_states')
        .addColumn('state', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('token_refresh_leases')
        .addColumn('hub_id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('holder', 'varchar(64)', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('create_requests')
        .addColumn('hub_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('request_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('response', 'text')
        .addColumn('claimed_by', 'varchar(64)', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('create_requests_pk', ['hub_id', 'request_id'])
        .execute();
      await db.schema
        .createIndex('create_requests_expires_at')
        .on('create_requests')
        .column('expires_at')
        .execute();
    },
  },
  '0002_create_request_leases_and_rate_budget': {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE.
      await db.schema.alterTable('create_requests').addColumn('fingerprint', 'varchar(64)').execute();
      await db.schema.alterTable('create_requests').addColumn('lease_expires_at', 'bigint').execute();
      // The shared rate budget's counters when it lives in PostgreSQL (rate-limiter-flexible's table shape).
      await db.schema
        .createTable('rate_budget')
        .ifNotExists()
        .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
        .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expire', 'bigint')
        .execute();
    },
  },
  // The token key's canary (start and /healthz prove TOKEN_ENCRYPTION_KEY opens what is stored), and
  // what an OAuth state is for: an install, or an uninstall of one account by someone HubSpot lets in.
  '0003_key_canary_and_uninstall_states': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('backend_meta')
        .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .alterTable('oauth_states')
        .addColumn('purpose', 'varchar(16)', (c) => c.notNull().defaultTo('install'))
        .execute();
      await db.schema.alterTable('oauth_states').addColumn('hub_id', 'varchar(32)').execute();
      await db.schema.alterTable('oauth_states').addColumn('browser_binding', 'varchar(64)').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; safe to run from several instances at once (Kysely locks the migration table). */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${cause}`);
  }
}
