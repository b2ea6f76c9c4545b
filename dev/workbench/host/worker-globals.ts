// The globals @hubspot/ui-extensions reads when it is evaluated. In HubSpot the card runs in a web
// worker whose global scope HubSpot prepares; here the card runs on the page, so this module must be
// evaluated before the SDK (it is the first import of main.tsx, and it imports nothing of the SDK).
import { cardBridge } from './card-bridge';

const workerScope = self as unknown as Record<string, unknown>;

workerScope.__HUBSPOT_EXTENSION_WORKER__ = true;
workerScope.logger = {
  debug: (data: unknown) => console.debug('[card]', data),
  info: (data: unknown) => console.info('[card]', data),
  warn: (data: unknown) => console.warn('[card]', data),
  error: (data: unknown) => console.error('[card]', data),
};
workerScope.extend_V2 = (render: unknown) => cardBridge.registerRender(render);
workerScope.serverless = (name: string, options?: unknown) => cardBridge.serverless(name, options);
workerScope.hsFetch = (url: string | URL, options?: unknown) => cardBridge.hsFetch(url, options);
workerScope.hsWorkerAPI = {
  useExtensionContext: () => cardBridge.currentApi().context,
  useExtensionActions: () => cardBridge.currentApi().actions,
  useExtensionApi: () => cardBridge.currentApi(),
  fetchCrmProperties: (names: string[], onUpdate: (props: Record<string, string>) => void) =>
    cardBridge.fetchCrmProperties(names, onUpdate),
};

// For the bench and for a developer's console: what the card has sent across the bridge so far.
workerScope.__workbenchBridge = {
  totals: () => cardBridge.meter.totals(),
  reset: () => cardBridge.meter.reset(),
};
