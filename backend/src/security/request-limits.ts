import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { failureBody } from '../routes/signed-request';

/**
 * How long the backend waits on a client. hubspot.fetch sends at most 1 MB and gives up on us after
 * 15 s, so a request whose headers and body have not arrived within seconds is a slow or hostile
 * sender, and its socket is cut instead of held open.
 */
export interface ServerTimeouts {
  /** Headers and body must have arrived within this (Node answers 408 and closes the socket). */
  requestTimeoutMs: number;
  /** Headers alone must have arrived within this. */
  headersTimeoutMs: number;
  /** A socket with no traffic at all for this long is closed. Longer than any handler runs. */
  connectionTimeoutMs: number;
  /** An idle kept-alive socket is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks requestTimeout/headersTimeout (its default, 30 s, would let senders linger). */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  connectionTimeoutMs: 20_000,
  keepAliveTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
};

export function serverTimeoutOptions(timeouts: ServerTimeouts): Partial<FastifyServerOptions> {
  return {
    requestTimeout: timeouts.requestTimeoutMs,
    connectionTimeout: timeouts.connectionTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(timeouts.headersTimeoutMs, timeouts.requestTimeoutMs),
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
  } as Partial<FastifyServerOptions>;
}

/**
 * A query parameter given twice (`?state=a&state=b`) is refused with 400 before any route runs: no
 * route takes a list, and which copy a check reads is exactly what an attacker would play with.
 */
export function refuseRepeatedQueryParameters(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const at = request.url.indexOf('?');
    if (at < 0) return;
    const seen = new Set<string>();
    for (const [name] of new URLSearchParams(request.url.slice(at + 1))) {
      if (!seen.has(name)) {
        seen.add(name);
        continue;
      }
      const message = `The query parameter "${name.slice(0, 64)}" is given more than once.`;
      return reply.code(400).send(failureBody('BAD_REQUEST', message));
    }
  });
}
