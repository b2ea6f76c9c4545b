import { Client } from '@hubspot/api-client';
import { createHash } from 'node:crypto';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * How long one try may take before its outcome is treated as unknown (pipeline/timeout.ts); the
   * request itself may still complete (see TransportError.late).
   */
  timeoutMs?: number;
  /**
   * Epoch ms (of the pipeline's clock) by which the caller needs its answer. No wait is started that
   * would leave less than a full `timeoutMs` before it, and a write is never sent with less than that.
   */
  deadline?: number;
  /**
   * Marks a call that changes nothing (a GET, a search or a batch read POST): only these are resent
   * after a 5xx or a lost connection (pipeline/read-retry.ts). The create is never marked.
   */
  read?: boolean;
}

export interface ApiResponse {
  status: number;
  header(name: string): string | undefined;
  body: unknown;
}

/** No HTTP answer: a timeout or a broken connection. On a write the outcome is unknown. */
export class TransportError extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    message: string,
    /** For a timeout: the request still under way, which may yet answer. */
    readonly late?: Promise<ApiResponse>,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

/** The call was not sent at all (no time left for a full try): nothing happened at HubSpot. */
export class NotSentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotSentError';
  }
}

/** A call that failed without an HTTP answer, sent or not: for a read, simply "could not read". */
export function isCallFailure(error: unknown): error is TransportError | NotSentError {
  return error instanceof TransportError || error instanceof NotSentError;
}

export interface HubSpotApi {
  /** Scopes caches to one HubSpot account (a hash of the token for a private app, the portal id for OAuth). */
  readonly accountKey: string;
  send(request: ApiRequest): Promise<ApiResponse>;
}

export interface HubSpotApiConfig {
  accessToken: string;
  baseUrl?: string;
  accountKey?: string;
  defaultTimeoutMs?: number;
}

export const DEFAULT_HUBSPOT_BASE_URL = 'https://api.hubapi.com';

/**
 * The bare HTTP call through @hubspot/api-client's `apiRequest` (it has no scheduler client): no
 * timeout, no retry. The client is built without `numberOfApiCallRetries`: its retry decorator
 * resends POSTs on 5xx, which could create a second meeting. See pipeline/ for what is stacked on top.
 */
export function createHubSpotTransport(config: {
  accessToken: string;
  baseUrl?: string;
  accountKey?: string;
}) {
  const client = new Client({
    accessToken: config.accessToken,
    basePath: trimSlash(config.baseUrl ?? DEFAULT_HUBSPOT_BASE_URL),
  });
  const api: HubSpotApi = {
    accountKey: config.accountKey ?? accountKeyOfToken(config.accessToken),
    send: (request) =>
      client
        .apiRequest({
          method: request.method,
          path: request.path,
          qs: request.query,
          body: request.body as object,
        })
        .then(toApiResponse, (error: unknown) => {
          throw new TransportError('network', `HubSpot could not be reached: ${describe(error)}`);
        }),
  };
  return api;
}

/** A private app's account key: a hash of its token, never the token. */
export function accountKeyOfToken(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest('hex').slice(0, 16);
}

interface FetchLikeResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

async function toApiResponse(response: FetchLikeResponse): Promise<ApiResponse> {
  const text = await response.text();
  let body: unknown = text;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (an HTML error page from a proxy, say): keep the text for the error mapping.
    }
  }
  return { status: response.status, header: (name) => response.headers.get(name) ?? undefined, body };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code}` : error.message;
  }
  return String(error);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
