import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { BackendConfig } from './config/config';
import type { Db } from './db/database';
import { registerHealthRoute } from './health/health';
import { registerApiRoutes } from './routes/api-routes';
import { registerOAuthRoutes } from './routes/oauth-routes';
import { failureBody } from './routes/signed-request';
import {
  refuseRepeatedQueryParameters,
  SERVER_TIMEOUTS,
  serverTimeoutOptions,
} from './security/request-limits';
import { createServices, type BackendServices, type ServiceOverrides } from './services';

export interface BackendApp {
  app: FastifyInstance;
  services: BackendServices;
}

/** hubspot.fetch carries at most 1 MB each way. */
const BODY_LIMIT_BYTES = 1024 * 1024;
const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/** The Fastify app with every route; listening and the database's lifetime are the caller's. */
export function buildBackend(
  config: BackendConfig,
  db: Db,
  logger: Logger,
  overrides: ServiceOverrides = {},
): BackendApp {
  const services = createServices(config, db, logger, overrides);
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: true,
    ...serverTimeoutOptions({ ...SERVER_TIMEOUTS, ...overrides.serverTimeouts }),
  });
  refuseRepeatedQueryParameters(app);

  // Bodies stay raw strings: the signature is computed over the exact bytes HubSpot sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  registerHealthRoute(app, {
    db,
    databaseKind: config.databaseUrl ? 'postgres' : 'sqlite',
    cipher: services.tokenCipher,
    sharedBudget: services.sharedBudgetHealth,
  });
  registerOAuthRoutes(app, services);
  registerApiRoutes(app, services);

  app.setErrorHandler((error: { statusCode?: number; message?: string }, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return reply
      .code(status)
      .send(
        failureBody(
          status === 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST',
          status === 500 ? 'Something went wrong on our side.' : (error.message ?? 'Bad request'),
        ),
      );
  });

  // Expired idempotency rows and install states are dropped hourly (and lazily where they are read).
  let housekeeping: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    housekeeping = setInterval(() => {
      services.createRequests
        .purgeExpired(services.now())
        .catch((err: unknown) => logger.warn({ err }, 'purging expired create requests failed'));
    }, HOUSEKEEPING_INTERVAL_MS);
    housekeeping.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(housekeeping);
    await services.rateBudget.close();
  });

  return { app, services };
}
