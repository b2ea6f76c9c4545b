import { systemClock, type Clock } from './clock';
import {
  createHubSpotTransport,
  DEFAULT_HUBSPOT_BASE_URL,
  type HubSpotApi,
  type HubSpotApiConfig,
} from './hubspot-api';
import { standardPipeline } from './pipeline';

/**
 * The HubSpot API every server caller uses: the transport under the standard pipeline
 * (timeout, read retry, rate-limit wait; see pipeline/index.ts).
 */
export function createHubSpotApi(config: HubSpotApiConfig, clock?: Clock): HubSpotApi {
  return standardPipeline(createHubSpotTransport(config), {
    clock: clock ?? systemClock,
    defaultTimeoutMs: config.defaultTimeoutMs,
  });
}

/** The private app's API from the function's environment (HubSpot injects the token; .env locally). */
export function hubSpotApiFromEnv(env: NodeJS.ProcessEnv = process.env): HubSpotApi | null {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return null;
  return createHubSpotApi({ accessToken, baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_HUBSPOT_BASE_URL });
}
