// HubSpot-shaped error bodies (see contract/error.schema.json at the repo root).
import { randomUUID } from 'node:crypto';

export interface ErrorDetail {
  message: string;
  in?: string;
  code?: string;
  subCategory?: string;
  context?: Record<string, string[]>;
}

export interface HubSpotErrorBody {
  status: 'error';
  message: string;
  correlationId: string;
  category: string;
  subCategory?: string;
  errors?: ErrorDetail[];
  context?: Record<string, string[]>;
  [extra: string]: unknown;
}

export function errorBody(
  category: string,
  message: string,
  extra: Partial<Omit<HubSpotErrorBody, 'status' | 'correlationId'>> = {},
): HubSpotErrorBody {
  return { status: 'error', message, correlationId: randomUUID(), category, ...extra };
}

/** Thrown by route code; the server's error handler turns it into the HTTP answer. */
export class HubSpotError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: HubSpotErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export function validationError(message: string, errors: ErrorDetail[] = []): HubSpotError {
  return new HubSpotError(400, errorBody('VALIDATION_ERROR', message, errors.length ? { errors } : {}));
}

export function notFound(message: string): HubSpotError {
  return new HubSpotError(404, errorBody('OBJECT_NOT_FOUND', message));
}

/** The default body a fault rule answers with for a bare status. */
export function defaultBodyForStatus(status: number): HubSpotErrorBody {
  if (status === 429) {
    return errorBody('RATE_LIMITS', 'You have reached your ten_secondly_rolling limit.', {
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
    });
  }
  const byStatus: Record<number, [string, string]> = {
    400: ['VALIDATION_ERROR', 'Invalid input (injected fault)'],
    401: ['INVALID_AUTHENTICATION', 'Authentication credentials not found (injected fault)'],
    403: ['MISSING_SCOPES', 'This app has not been granted all required scopes (injected fault)'],
    404: ['OBJECT_NOT_FOUND', 'Resource not found (injected fault)'],
    409: ['CONFLICT', 'Conflict (injected fault)'],
  };
  const [category, message] = byStatus[status] ?? [
    status >= 500 ? 'INTERNAL_ERROR' : 'ERROR',
    status >= 500
      ? `internal error (injected fault, status ${status})`
      : `error (injected fault, status ${status})`,
  ];
  return errorBody(category, message);
}
