// One backend instance in a process of its own, for the multi-instance suites and the bench: the
// configuration comes from the environment (as `npm run backend`), plus test knobs:
// BACKEND_CHILD_LEASE_MS (create lease) and BACKEND_CHILD_BUDGET_PREFIX (keeps runs apart on one Redis).
// Sends { url } over IPC once listening; ends when its parent disconnects (or is killed with it).
import { Writable } from 'node:stream';
import { buildBackend } from '../app';
import { loadConfig } from '../config/config';
import { openDatabase } from '../db/database';
import { createLogger } from '../logging/logger';
import { rateBudgetSettingsFromEnv } from '../rate-budget/rate-budget-env';

async function run(): Promise<void> {
  const config = loadConfig(process.env);
  const db = await openDatabase(config);
  // Log lines are produced and serialized as in production; stderr only when asked.
  const destination =
    process.env.BACKEND_CHILD_LOGS === '1'
      ? process.stderr
      : new Writable({ write: (_chunk, _encoding, done) => done() });
  const logger = createLogger({ level: config.logLevel, destination });
  const leaseMs = Number(process.env.BACKEND_CHILD_LEASE_MS) || undefined;
  const { app } = buildBackend(config, db, logger, {
    rateBudget: {
      ...rateBudgetSettingsFromEnv(process.env),
      keyPrefix: process.env.BACKEND_CHILD_BUDGET_PREFIX,
    },
    createLeaseMs: leaseMs,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.send?.({ url });
  process.on('disconnect', () => {
    void app
      .close()
      .then(() => db.destroy())
      .finally(() => process.exit(0));
  });
}

run().catch((error: unknown) => {
  process.stderr.write(`backend child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
