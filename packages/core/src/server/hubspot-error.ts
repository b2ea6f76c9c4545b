import type { ApiResponse } from './hubspot-api';

/** The parts of HubSpot's error body (contract/error.schema.json) this app reads. */
export interface HubSpotErrorBody {
  message?: string;
  correlationId?: string;
  category?: string;
  subCategory?: string;
  policyName?: string;
  errors?: { message?: string; in?: string; code?: string; context?: Record<string, string[]> }[];
  context?: Record<string, string[]>;
}

export function readErrorBody(response: ApiResponse): HubSpotErrorBody {
  return typeof response.body === 'object' && response.body !== null
    ? (response.body as HubSpotErrorBody)
    : {};
}

export function correlationIdOf(response: ApiResponse): string | undefined {
  const fromBody = readErrorBody(response).correlationId;
  return typeof fromBody === 'string' ? fromBody : response.header('x-hubspot-correlation-id');
}

/** Scopes HubSpot says are missing, from `context.requiredGranularScopes` (top level or per error). */
export function missingScopesOf(response: ApiResponse): string[] {
  const body = readErrorBody(response);
  const lists = [
    body.context?.requiredGranularScopes,
    ...(body.errors ?? []).map((e) => e.context?.requiredGranularScopes),
  ];
  return [
    ...new Set(
      lists.flatMap((list) => (Array.isArray(list) ? list.filter((s) => typeof s === 'string') : [])),
    ),
  ];
}

export function isSuccess(response: ApiResponse): boolean {
  return response.status >= 200 && response.status < 300;
}
