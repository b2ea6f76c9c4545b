// Builds the Fastify app: routes, HubSpot-shaped errors, call counting and fault injection.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { bearerToken, identify } from './auth';
import type { EmulatorContext } from './context';
import { defaultBodyForStatus, errorBody, HubSpotError } from './errors';
import { registerAssociationLabelRoutes } from './routes/association-labels';
import { registerAssociationRoutes } from './routes/associations';
import { registerControlRoutes } from './routes/control';
import { registerCrmRoutes } from './routes/crm';
import { registerMeetingReadRoutes } from './routes/meeting-reads';
import { registerMeetingUpdateRoutes } from './routes/meeting-update';
import { registerMeetingRoutes } from './routes/meetings';
import { registerOAuthRoutes } from './routes/oauth';
import { registerRecordLifecycleRoutes } from './routes/record-lifecycle';
import { registerRecordRoutes } from './routes/records';
import { registerSchedulerRoutes } from './routes/scheduler';
import type { FaultAction } from './types';

const CONTROL_PREFIX = '/__emulator';

type AfterStoreAction = Extract<
  FaultAction,
  { type: 'drop-after-store' | 'status-after-store' | 'delay-after-store' | 'hang-after-store' }
>;

export function buildServer(
  ctx: EmulatorContext,
  options: { logger: boolean; reset: () => void },
): FastifyInstance {
  const app = Fastify({ logger: options.logger, forceCloseConnections: true });
  const afterStore = new WeakMap<FastifyRequest, AfterStoreAction>();
  const dropped = new WeakSet<FastifyRequest>();
  const delayed = new WeakMap<FastifyRequest, number>();

  const drop = (request: FastifyRequest, reply: FastifyReply) => {
    dropped.add(request);
    ctx.calls.record(request.method, routeOf(request), 0);
    request.raw.socket.destroy();
    reply.hijack();
  };
  /** Answers nothing; resolves when the client (or the emulator's close) ends the connection. */
  const hang = (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    dropped.add(request);
    ctx.calls.record(request.method, routeOf(request), 0);
    reply.hijack();
    const socket = request.raw.socket;
    if (socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => socket.once('close', () => resolve()));
  };

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  // Faults are decided before anything else (auth included), so "before touching state" holds.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith(CONTROL_PREFIX)) return;
    const portalId =
      identify(ctx.store, ctx.clock, bearerToken(request.headers.authorization))?.portalId ??
      portalFromQuery(request);
    const rule = ctx.faults.take({ method: request.method, url: request.url, portalId });
    if (!rule) return;
    const action = rule.action;
    switch (action.type) {
      case 'status': {
        reply.code(action.status).headers(faultHeaders(action));
        if (typeof action.body === 'string') reply.type(action.contentType ?? 'text/html; charset=utf-8');
        return reply.send(action.body ?? defaultBodyForStatus(action.status));
      }
      case 'delay':
        // Waited out in preHandler, once the body has been read: HubSpot got the request, then was slow.
        delayed.set(request, action.ms);
        return;
      case 'hang':
        // The hijacked reply ends the lifecycle here: no handler runs, nothing is stored.
        void hang(request, reply);
        return;
      case 'drop-before':
        drop(request, reply);
        return;
      case 'drop-after-store':
      case 'status-after-store':
      case 'delay-after-store':
      case 'hang-after-store':
        afterStore.set(request, action);
        return;
    }
  });

  app.addHook('preHandler', async (request) => {
    const ms = delayed.get(request);
    if (ms === undefined) return;
    delayed.delete(request);
    await sleep(ms);
  });

  // After-store faults: the handler has run (and saved); now lose or replace its answer.
  app.addHook('onSend', async (request, reply, payload) => {
    const action = afterStore.get(request);
    if (!action) return payload;
    afterStore.delete(request);
    switch (action.type) {
      case 'drop-after-store':
        drop(request, reply);
        return payload;
      case 'hang-after-store':
        await hang(request, reply);
        return payload;
      case 'delay-after-store':
        await sleep(action.ms);
        return payload;
      case 'status-after-store':
        reply.code(action.status).headers(faultHeaders(action));
        if (typeof action.body === 'string') {
          reply.type(action.contentType ?? 'text/html; charset=utf-8');
          return action.body;
        }
        reply.type('application/json; charset=utf-8');
        return JSON.stringify(action.body ?? defaultBodyForStatus(action.status));
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    if (request.url.startsWith(CONTROL_PREFIX) || dropped.has(request)) return;
    ctx.calls.record(request.method, routeOf(request), reply.statusCode);
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HubSpotError) {
      return reply.code(error.statusCode).headers(error.headers).send(error.body);
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(
        errorBody('VALIDATION_ERROR', `Invalid input: ${(error as Error).message}`, {
          errors: [{ message: (error as Error).message, in: 'body' }],
        }),
      );
    }
    reply.log.error(error);
    return reply.code(500).send(errorBody('INTERNAL_ERROR', 'internal error in the HubSpot emulator'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send(
        errorBody(
          'OBJECT_NOT_FOUND',
          `No route ${request.method} ${request.url.split('?')[0]} in the HubSpot emulator`,
        ),
      );
  });

  registerMeetingRoutes(app, ctx);
  registerMeetingReadRoutes(app, ctx);
  registerAssociationRoutes(app, ctx);
  registerCrmRoutes(app, ctx);
  // Issue 10: records, scheduling pages, association labels, meeting updates.
  registerRecordRoutes(app, ctx);
  registerSchedulerRoutes(app, ctx);
  registerAssociationLabelRoutes(app, ctx);
  registerMeetingUpdateRoutes(app, ctx);
  registerOAuthRoutes(app, ctx);
  registerControlRoutes(app, ctx, options.reset);
  // Last: it adds only the routes no file above serves.
  registerRecordLifecycleRoutes(app, ctx);
  return app;
}

function faultHeaders(action: { headers?: Record<string, string>; retryAfterSeconds?: number }) {
  const headers: Record<string, string> = { ...(action.headers ?? {}) };
  if (action.retryAfterSeconds !== undefined) headers['retry-after'] = String(action.retryAfterSeconds);
  return headers;
}

function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? '*';
}

function portalFromQuery(request: FastifyRequest): number | undefined {
  const value = (request.query as { portalId?: string } | undefined)?.portalId;
  return value === undefined ? undefined : Number(value);
}
