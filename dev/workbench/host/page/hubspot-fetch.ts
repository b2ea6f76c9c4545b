// hubspot.fetch for the marketplace card: the page hands the call to the workbench's stand-in for
// HubSpot's proxy (which signs it and sends it to the backend) and gives the card back a Response,
// or rejects as hubspot.fetch does when the URL is not permitted or the backend cannot be reached.
import { api } from './api';

interface FetchOptions {
  method?: string;
  body?: unknown;
  headers?: Headers | Record<string, string>;
  timeout?: number;
}

interface ProxyAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  fetchError?: { message: string };
  message?: string;
}

const NO_BODY_STATUSES = new Set([204, 205, 304]);

export async function hubspotFetchThroughProxy(
  url: string | URL,
  options: unknown,
  userId: string,
): Promise<Response> {
  const o = (options ?? {}) as FetchOptions;
  let headers = o.headers as Record<string, string> | undefined;
  if (o.headers instanceof Headers) {
    const plain: Record<string, string> = {};
    o.headers.forEach((value, name) => (plain[name] = value));
    headers = plain;
  }
  const response = await api.hubspotFetch({
    url: String(url),
    method: o.method,
    body: o.body,
    headers,
    timeout: o.timeout,
    userId,
  });
  const answer = (await response.json().catch(() => ({}))) as ProxyAnswer;
  if (!response.ok || typeof answer.status !== 'number') {
    throw new Error(
      answer.fetchError?.message ?? answer.message ?? `hubspot.fetch failed (${response.status})`,
    );
  }
  const contentType = answer.headers?.['content-type'];
  return new Response(NO_BODY_STATUSES.has(answer.status) ? null : (answer.body ?? ''), {
    status: answer.status,
    headers: contentType ? { 'content-type': contentType } : {},
  });
}
