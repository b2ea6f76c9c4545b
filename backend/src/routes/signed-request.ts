import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifySignatureV3 } from '../security/signature';
import type { Failure } from '@meeting-card/core';

declare module 'fastify' {
  interface FastifyRequest {
    /** The JSON body of a request whose signature checked out (undefined when it had none). */
    signedBody?: Record<string, unknown>;
  }
}

export function failureBody(code: Failure['error']['code'], message: string, retryable = false): Failure {
  return { ok: false, error: { code, message, retryable } };
}

/**
 * preHandler for every route `hubspot.fetch` calls: the request must carry a valid
 * X-HubSpot-Signature-v3 over METHOD + public URI + raw body + timestamp. Anything else is answered
 * 401 before a handler runs, so nothing is read or written on its behalf.
 */
export function requireHubSpotSignature(options: {
  clientSecret: string;
  appBaseUrl: string;
  now: () => number;
}) {
  return async function verify(request: FastifyRequest, reply: FastifyReply) {
    const rawBody = typeof request.body === 'string' ? request.body : '';
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = verifySignatureV3(
      options.clientSecret,
      {
        method: request.method,
        // The URI HubSpot signed is the public one; behind a proxy our own host/port differ from it.
        uri: `${options.appBaseUrl}${request.url}`,
        rawBody,
        timestamp: header('x-hubspot-request-timestamp'),
        signature: header('x-hubspot-signature-v3'),
      },
      options.now(),
    );
    if (!verdict.valid) {
      request.log.warn({ reason: verdict.reason }, 'rejected a request without a valid HubSpot signature');
      return reply
        .code(401)
        .send(failureBody('UNAUTHORIZED', 'This request is not signed by HubSpot for this app.'));
    }
    if (rawBody.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return reply.code(400).send(failureBody('BAD_REQUEST', 'The request body is not JSON.'));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return reply.code(400).send(failureBody('BAD_REQUEST', 'The request body must be a JSON object.'));
    }
    request.signedBody = parsed as Record<string, unknown>;
  };
}
