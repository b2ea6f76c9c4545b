// `npm run backend`: the marketplace backend as a long-running service.
import { ConfigError, loadConfig } from './config/config';
import { buildBackend } from './app';
import { openDatabase } from './db/database';
import { createLogger } from './logging/logger';
import { rateBudgetSettingsFromEnv } from './rate-budget/rate-budget-env';
import { checkBeforeServing, StartupRefusedError } from './startup';

async function main(): Promise<void> {
  let config;
  let rateBudget;
  try {
    config = loadConfig(process.env);
    rateBudget = rateBudgetSettingsFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee backend/README.md for every variable.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  const db = await openDatabase({
    ...config,
    onIdleConnectionError: (err) =>
      logger.warn({ err }, 'PostgreSQL closed an idle connection; the pool will replace it'),
  });
  try {
    await checkBeforeServing(config, db, Date.now());
  } catch (error) {
    if (error instanceof StartupRefusedError) {
      logger.fatal({ reason: error.message }, 'refusing to start');
      await db.destroy();
      process.stderr.write(`Backend refused to start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const { app, services } = buildBackend(config, db, logger, { rateBudget });
  const close = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));
  const address = await app.listen({ port: config.port, host: config.host });
  logger.info(
    {
      address,
      publicUrl: config.appBaseUrl,
      database: config.databaseUrl ? 'postgres' : 'sqlite',
      rateBudget: services.rateBudget.store,
    },
    'backend listening',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Backend failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
