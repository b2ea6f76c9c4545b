// Test support for the pipeline and the state machine: a HubSpotApi that answers from a script.
import type { ApiRequest, ApiResponse, HubSpotApi } from '../hubspot-api';

export function response(
  status: number,
  body: unknown = {},
  headers: Record<string, string> = {},
): ApiResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, body, header: (name) => lower[name.toLowerCase()] };
}

export type Answer = ApiResponse | Error | ((request: ApiRequest) => ApiResponse | Promise<ApiResponse>);

/** Answers each call with the next scripted answer (an Error is thrown); records every request. */
export function scriptedApi(answers: Answer[]): HubSpotApi & { requests: ApiRequest[] } {
  const requests: ApiRequest[] = [];
  return {
    accountKey: 'test',
    requests,
    async send(request) {
      requests.push(request);
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unscripted call ${request.method} ${request.path}`);
      if (answer instanceof Error) throw answer;
      return typeof answer === 'function' ? answer(request) : answer;
    },
  };
}
