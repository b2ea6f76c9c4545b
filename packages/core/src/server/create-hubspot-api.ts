import { systemClock, type Clock } from './clock';
import { createHubSpotTransport, type HubSpotApi, type HubSpotApiConfig } from './hubspot-api';
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
