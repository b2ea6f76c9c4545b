import { Client } from '@hubspot/api-client';
import { createHash } from 'node:crypto';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ApiRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Give up waiting after this long; the request itself may still complete (see TransportError.late). */
  timeoutMs?: number;
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
 * HubSpot calls through @hubspot/api-client's `apiRequest` (it has no scheduler client). The client is
 * built without `numberOfApiCallRetries`: its retry decorator resends POSTs on 5xx, which could
 * create a second meeting. Retries are decided by the callers in this package, per call kind.
 */
export function createHubSpotApi(config: HubSpotApiConfig): HubSpotApi {
  const client = new Client({
    accessToken: config.accessToken,
    basePath: trimSlash(config.baseUrl ?? DEFAULT_HUBSPOT_BASE_URL),
  });
  const defaultTimeoutMs = config.defaultTimeoutMs ?? 8_000;
  return {
    accountKey:
      config.accountKey ?? createHash('sha256').update(config.accessToken).digest('hex').slice(0, 16),
    send(request) {
      const call = client
        .apiRequest({
          method: request.method,
          path: request.path,
          qs: request.query,
          body: request.body as object,
        })
        .then(toApiResponse, (error: unknown) => {
          throw new TransportError('network', `HubSpot could not be reached: ${describe(error)}`);
        });
      return withTimeout(call, request.timeoutMs ?? defaultTimeoutMs);
    },
  };
}

/** The private app's API from the function's environment (HubSpot injects the token; .env locally). */
export function hubSpotApiFromEnv(env: NodeJS.ProcessEnv = process.env): HubSpotApi | null {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return null;
  return createHubSpotApi({ accessToken, baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_HUBSPOT_BASE_URL });
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

function withTimeout(call: Promise<ApiResponse>, timeoutMs: number): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => {
        reject(new TransportError('timeout', `HubSpot did not answer within ${timeoutMs} ms`, call));
      },
      Math.max(1, timeoutMs),
    );
    call.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
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
