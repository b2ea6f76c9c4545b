import {
  createHubSpotApi,
  DEFAULT_HUBSPOT_BASE_URL,
  type HubSpotApi,
  type MeetingLog,
} from '@meeting-card/core/server';

/** What HubSpot passes an app function's `main` (the local runner of `hs project dev` passes the same). */
export interface AppFunctionContext {
  /** From the card: untrusted. */
  parameters?: unknown;
  /** Read by HubSpot from the record the card is on: trusted. */
  propertiesToSend?: Record<string, unknown>;
  secrets?: Record<string, string | undefined>;
}

let cached: { key: string; api: HubSpotApi } | undefined;

/**
 * The private app's HubSpot API, reused across calls of a warm instance. The token comes from the
 * environment (HubSpot injects PRIVATE_APP_ACCESS_TOKEN; locally `.env`), never from the card.
 */
export function hubSpotApiFor(
  context: AppFunctionContext | undefined,
  env: NodeJS.ProcessEnv = process.env,
): HubSpotApi | null {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN || context?.secrets?.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return null;
  const baseUrl = env.HUBSPOT_API_BASE_URL || DEFAULT_HUBSPOT_BASE_URL;
  const key = `${baseUrl}\n${accessToken}`;
  if (cached?.key !== key) cached = { key, api: createHubSpotApi({ accessToken, baseUrl }) };
  return cached.api;
}

/** One JSON line per event, for `hs project logs`. Callers pass ids and outcomes, never tokens. */
export const functionLog: MeetingLog = (event, data) => {
  console.log(JSON.stringify({ event, ...data }));
};
