// What HubSpot does between a card's `hubspot.fetch(url, options)` and the app's backend, for the
// marketplace mode: only https URLs under the permitted origin; the JSON body serialized once;
// `portalId` and `userId` of the signed-in session appended to the query; the request signed with
// X-HubSpot-Signature-v3 (client secret over METHOD + full https URI + raw body + timestamp); and,
// like HubSpot, one resend on a 5xx or a failed connection. The backend is reached through a
// `forward` function (the workbench's sends it over loopback HTTP to the in-process backend).
import { computeSignatureV3 } from '@meeting-card/backend';

export type FetchMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** What the card passed to hubspot.fetch, plus who is signed in (HubSpot knows it from the session). */
export interface CardFetchRequest {
  url: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
  portalId: number;
  userId: number;
}

/** One HTTP request as it leaves HubSpot's proxy. */
export interface ForwardedRequest {
  method: FetchMethod;
  /** The full public https URI that was signed. */
  uri: string;
  /** Path and query of `uri`: what the backend's router sees. */
  pathAndQuery: string;
  headers: Record<string, string>;
  body: string;
}

export interface ForwardedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Forward = (request: ForwardedRequest) => Promise<ForwardedResponse>;

/** hubspot.fetch rejects: the URL is not permitted, or the backend could not be reached (after the resend). */
export class HubSpotFetchError extends Error {
  constructor(
    message: string,
    readonly reason: 'not_permitted' | 'bad_request' | 'unreachable' | 'timeout',
  ) {
    super(message);
    this.name = 'HubSpotFetchError';
  }
}

/** A fault on the HubSpot -> backend hop: the backend answers (and stores), the connection drops before HubSpot reads it. */
export interface ProxyFaultRule {
  method: FetchMethod;
  path: string;
  times: number;
  label: string;
}

export interface HubSpotFetchProxyOptions {
  /** The one origin in the app's permittedUrls.fetch, e.g. https://backend.meetingcard.test */
  permittedOrigin: string;
  clientSecret: string;
  forward: Forward;
  now?: () => number;
}

const METHODS: readonly FetchMethod[] = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
/** hubspot.fetch's default and maximum timeout. */
export const HUBSPOT_FETCH_TIMEOUT_MS = 15_000;
/** hubspot.fetch carries at most 1 MB each way. */
const MAX_BODY_BYTES = 1024 * 1024;

export function createHubSpotFetchProxy(options: HubSpotFetchProxyOptions) {
  const now = options.now ?? Date.now;
  const permitted = new URL(options.permittedOrigin);
  const faults: ProxyFaultRule[] = [];
  const log: Array<{ method: FetchMethod; path: string; outcome: number | 'dropped' | 'failed' }> = [];

  function prepare(
    request: CardFetchRequest,
  ): Omit<ForwardedRequest, 'headers'> & { authorization?: string } {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      throw new HubSpotFetchError(`hubspot.fetch: ${request.url} is not an absolute URL.`, 'bad_request');
    }
    if (url.protocol !== 'https:' || url.origin !== permitted.origin) {
      throw new HubSpotFetchError(
        `hubspot.fetch: ${url.origin} is not in the app's permittedUrls.fetch (${permitted.origin}).`,
        'not_permitted',
      );
    }
    const method = (request.method ?? 'GET').toUpperCase() as FetchMethod;
    if (!METHODS.includes(method))
      throw new HubSpotFetchError(`hubspot.fetch: method ${request.method} is not supported.`, 'bad_request');
    // HubSpot appends who is asking; these ids are HubSpot's word and part of the signed URI.
    url.searchParams.append('portalId', String(request.portalId));
    url.searchParams.append('userId', String(request.userId));
    const body = request.body === undefined || method === 'GET' ? '' : JSON.stringify(request.body);
    if (Buffer.byteLength(body) > MAX_BODY_BYTES)
      throw new HubSpotFetchError('hubspot.fetch: the body is over 1 MB.', 'bad_request');
    // Only Authorization passes through from the card's headers.
    const authorization = Object.entries(request.headers ?? {}).find(
      ([name]) => name.toLowerCase() === 'authorization',
    )?.[1];
    return { method, uri: url.toString(), pathAndQuery: `${url.pathname}${url.search}`, body, authorization };
  }

  /** Each attempt is signed afresh, with its own timestamp, as a new request. */
  function signed(prepared: ReturnType<typeof prepare>): ForwardedRequest {
    const timestamp = String(now());
    const headers: Record<string, string> = {
      'x-hubspot-signature-v3': computeSignatureV3(
        options.clientSecret,
        prepared.method,
        prepared.uri,
        prepared.body,
        timestamp,
      ),
      'x-hubspot-request-timestamp': timestamp,
      'user-agent': 'HubSpot Connect 2.0 (workbench stand-in)',
    };
    if (prepared.body) headers['content-type'] = 'application/json';
    if (prepared.authorization) headers.authorization = prepared.authorization;
    return {
      method: prepared.method,
      uri: prepared.uri,
      pathAndQuery: prepared.pathAndQuery,
      body: prepared.body,
      headers,
    };
  }

  function takeFault(request: ForwardedRequest): ProxyFaultRule | undefined {
    const path = new URL(request.uri).pathname;
    const index = faults.findIndex((f) => f.method === request.method && f.path === path);
    if (index < 0) return undefined;
    const rule = faults[index] as ProxyFaultRule;
    rule.times -= 1;
    if (rule.times <= 0) faults.splice(index, 1);
    return rule;
  }

  /** One attempt: the answer, or 'failed' when the connection broke (before or after the backend answered). */
  async function attempt(request: ForwardedRequest, deadline: number): Promise<ForwardedResponse | 'failed'> {
    const path = new URL(request.uri).pathname;
    const fault = takeFault(request);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - now()));
    });
    try {
      const answer = await Promise.race([options.forward(request), timedOut]);
      if (answer === 'timeout')
        throw new HubSpotFetchError('hubspot.fetch: the request timed out.', 'timeout');
      if (fault) {
        log.push({ method: request.method, path, outcome: 'dropped' });
        return 'failed';
      }
      log.push({ method: request.method, path, outcome: answer.status });
      return answer;
    } catch (error) {
      if (error instanceof HubSpotFetchError) throw error;
      log.push({ method: request.method, path, outcome: 'failed' });
      return 'failed';
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async fetch(request: CardFetchRequest): Promise<ForwardedResponse> {
      const prepared = prepare(request);
      const timeout = Math.min(
        Math.max(Number(request.timeout) || HUBSPOT_FETCH_TIMEOUT_MS, 1),
        HUBSPOT_FETCH_TIMEOUT_MS,
      );
      const deadline = now() + timeout;
      const first = await attempt(signed(prepared), deadline);
      if (first !== 'failed' && first.status < 500) return first;
      // HubSpot resends once on a 5xx or a connection failure: the reason backend writes must be idempotent.
      const second = await attempt(signed(prepared), deadline);
      if (second !== 'failed') return second;
      throw new HubSpotFetchError(
        'hubspot.fetch: the connection to the backend failed twice.',
        'unreachable',
      );
    },
    faults: {
      add(rule: ProxyFaultRule): void {
        faults.push({ ...rule });
      },
      clear(): void {
        faults.length = 0;
      },
      armed(): string[] {
        return faults.map((f) => f.label);
      },
    },
    /** Every attempt sent to the backend, in order (a resend is a second entry). */
    attempts: (method?: FetchMethod, path?: string) =>
      log.filter((e) => (!method || e.method === method) && (!path || e.path === path)),
    resetAttempts: () => void log.splice(0),
  };
}

export type HubSpotFetchProxy = ReturnType<typeof createHubSpotFetchProxy>;
