import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import type { BackendDatabase } from './schema';

export type Db = Kysely<BackendDatabase>;

export interface DatabaseOptions {
  /** postgres:// URL; when absent, `sqliteFile` is used. */
  databaseUrl?: string;
  sqliteFile: string;
  /** PostgreSQL closed an idle pooled connection (restart, failover, admin): the pool replaces it. */
  onIdleConnectionError?: (error: Error) => void;
}

// node-pg returns int8 as strings (it can exceed 2^53); our bigint columns hold Unix millis, safely numeric.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

/** Opens the configured database and runs the migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Db> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.onIdleConnectionError)
    : openSqlite(options.sqliteFile);
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

function openPostgres(
  connectionString: string,
  onIdleConnectionError: (error: Error) => void = () => {},
): Db {
  const pool = new pg.Pool({ connectionString, max: 10, types: pgTypes });
  // Without a listener, an idle client's error is thrown as an unhandled 'error' event and ends the process.
  pool.on('error', onIdleConnectionError);
  return new Kysely<BackendDatabase>({ dialect: new PostgresDialect({ pool }) });
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL + a busy timeout let several backend processes share one file without SQLITE_BUSY errors.
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  return new Kysely<BackendDatabase>({ dialect: new SqliteDialect({ database }) });
}

export function dialectName(options: DatabaseOptions): 'postgres' | 'sqlite' {
  return options.databaseUrl ? 'postgres' : 'sqlite';
}
