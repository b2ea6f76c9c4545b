import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A throwaway database for one test suite: a temp SQLite file, or a fresh PostgreSQL database. */
export interface TestStorage {
  kind: 'sqlite' | 'postgres';
  databaseUrl?: string;
  sqliteFile: string;
  drop(): Promise<void>;
}

export const STORAGE_KINDS = ['sqlite', 'postgres'] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** The machine's PostgreSQL (trust auth); PG_TEST_URL points elsewhere. */
const ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createTestStorage(kind: StorageKind): Promise<TestStorage> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'meeting-card-backend-'));
    return {
      kind,
      sqliteFile: join(dir, 'backend.sqlite'),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `meeting_card_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    databaseUrl: url.toString(),
    sqliteFile: '',
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        // Every pool must be closed by now: a connection still open is a leak in the code under test.
        // A server process can outlive its client's Terminate by a few ms, so look again briefly.
        const countOpen = () =>
          client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
        let open = await countOpen();
        for (let look = 0; look < 20 && (open.rows[0]?.n ?? 0) > 0; look++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          open = await countOpen();
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        if ((open.rows[0]?.n ?? 0) > 0)
          throw new Error(
            `${open.rows[0]?.n} connection(s) to ${name} were still open after the backend closed`,
          );
      } finally {
        await client.end();
      }
    },
  };
}
