// `npm start -- --mode marketplace`: the marketplace card's hubspot.fetch goes through a stand-in for
// HubSpot's proxy (signing, resend) to the real backend in this process, which holds the demo
// account's OAuth tokens from a real install flow against the emulator.
import type { FastifyInstance } from 'fastify';
import { cloneSeed, defaultSeed, DEMO_OAUTH_APP, type EmulatorSeed } from '@meeting-card/hubspot-emulator';
import {
  createHubSpotFetchProxy,
  HubSpotFetchError,
  type HubSpotFetchProxy,
  type ProxyFaultRule,
} from './hubspot-fetch-proxy';
import {
  startMarketplaceBackend,
  WORKBENCH_BACKEND_ORIGIN,
  type MarketplaceBackend,
} from './marketplace-backend';

export const MARKETPLACE_PORTAL_ID = 1001;
/** The admin who installs the app in the demo account (Ana Souza). */
const INSTALLING_USER_ID = '7001';

/** The emulator's OAuth app must accept the backend's callback, as the app's redirectUrls would list it. */
export function marketplaceSeed(): EmulatorSeed {
  const seed = cloneSeed(defaultSeed);
  const app = seed.oauthApps.find((a) => a.clientId === DEMO_OAUTH_APP.clientId);
  if (!app) throw new Error('The emulator seed has no demo OAuth app.');
  app.redirectUrls = [...app.redirectUrls, `${WORKBENCH_BACKEND_ORIGIN}/oauth/callback`];
  return seed;
}

/** Faults on the HubSpot -> backend hop, next to the emulator's faults on the backend -> HubSpot API hop. */
export const PROXY_FAULTS: Record<string, Omit<ProxyFaultRule, 'times'>> = {
  'backend-drop-after-store': {
    method: 'POST',
    path: '/api/meetings',
    label: 'Next create: HubSpot→backend connection dropped after the backend booked',
  },
};

export interface InstallState {
  installed: boolean;
  message: string;
}

export interface MarketplaceMode {
  backend: MarketplaceBackend;
  proxy: HubSpotFetchProxy;
  /** The install as it stands now (the account may have uninstalled since start). */
  installStatus(): Promise<InstallState>;
  /** Installs through OAuth unless both the backend and the emulator already hold the install. */
  ensureInstalled(): Promise<InstallState>;
  /** What an account admin removing the app does: HubSpot drops the grant (the backend learns it when its tokens stop working). */
  uninstall(): Promise<InstallState>;
  close(): Promise<void>;
}

export async function startMarketplaceMode(options: {
  emulatorUrl: string;
  sqliteFile: string;
}): Promise<MarketplaceMode> {
  const backend = await startMarketplaceBackend({
    emulatorUrl: options.emulatorUrl,
    sqliteFile: options.sqliteFile,
  });
  const proxy = createHubSpotFetchProxy({
    permittedOrigin: backend.origin,
    clientSecret: backend.clientSecret,
    forward: backend.forward,
  });
  let state: InstallState = { installed: false, message: 'Not installed yet.' };

  /** The emulator forgets its grants on "reset demo data"; the backend's tokens are then dead. */
  async function emulatorHasInstall(): Promise<boolean> {
    const response = await fetch(`${options.emulatorUrl}/__emulator/state`);
    const body = (await response.json()) as {
      installs?: Array<{ appId: number; portalId: number; active: boolean }>;
    };
    return (body.installs ?? []).some(
      (i) => i.appId === DEMO_OAUTH_APP.appId && i.portalId === MARKETPLACE_PORTAL_ID && i.active,
    );
  }

  async function installStatus(): Promise<InstallState> {
    if ((await backend.isInstalled(MARKETPLACE_PORTAL_ID)) && (await emulatorHasInstall())) {
      state = { installed: true, message: `Installed in portal ${MARKETPLACE_PORTAL_ID} through OAuth.` };
    } else if (state.installed) {
      state = { installed: false, message: `The app was uninstalled from portal ${MARKETPLACE_PORTAL_ID}.` };
    }
    return state;
  }

  async function ensureInstalled(): Promise<InstallState> {
    if ((await installStatus()).installed) return state;
    const outcome = await backend.install(MARKETPLACE_PORTAL_ID, INSTALLING_USER_ID);
    state = {
      installed: outcome.ok,
      message: outcome.ok ? `Installed in portal ${MARKETPLACE_PORTAL_ID} through OAuth.` : outcome.message,
    };
    if (!outcome.ok)
      console.error(
        `[workbench] installing Meeting Card in portal ${MARKETPLACE_PORTAL_ID} failed: ${outcome.message}`,
      );
    return state;
  }

  async function uninstall(): Promise<InstallState> {
    const response = await fetch(`${options.emulatorUrl}/__emulator/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portalId: MARKETPLACE_PORTAL_ID, clientId: DEMO_OAUTH_APP.clientId }),
    });
    if (!response.ok) throw new Error(`The emulator refused to uninstall the app (${response.status}).`);
    return installStatus();
  }

  return {
    backend,
    proxy,
    installStatus,
    ensureInstalled,
    uninstall,
    close: () => backend.close(),
  };
}

/**
 * The page's side of hubspot.fetch: `POST /api/hubspot-fetch` with what the card passed and the
 * signed-in user. Answers an envelope `{ status, headers, body }`, or 502 `{ fetchError }` when
 * hubspot.fetch itself would reject.
 */
export function registerMarketplaceRoutes(app: FastifyInstance, current: () => MarketplaceMode | null): void {
  const requireMode = () => {
    const mode = current();
    if (!mode)
      throw Object.assign(
        new Error('hubspot.fetch needs the marketplace mode (npm start -- --mode marketplace).'),
        { statusCode: 409 },
      );
    return mode;
  };

  app.post<{
    Body: {
      url?: unknown;
      method?: unknown;
      body?: unknown;
      headers?: unknown;
      timeout?: unknown;
      userId?: unknown;
    };
  }>('/api/hubspot-fetch', async (request, reply) => {
    const mode = requireMode();
    const input = request.body ?? {};
    if (typeof input.url !== 'string') return reply.code(400).send({ message: 'url is required' });
    const userId = Number(input.userId);
    if (!Number.isInteger(userId) || userId <= 0)
      return reply.code(400).send({ message: 'userId (the signed-in user) is required' });
    try {
      return await mode.proxy.fetch({
        url: input.url,
        method: typeof input.method === 'string' ? input.method : undefined,
        body: input.body,
        headers:
          typeof input.headers === 'object' && input.headers !== null
            ? (input.headers as Record<string, string>)
            : undefined,
        timeout: typeof input.timeout === 'number' ? input.timeout : undefined,
        portalId: MARKETPLACE_PORTAL_ID,
        userId,
      });
    } catch (error) {
      if (error instanceof HubSpotFetchError)
        return reply.code(502).send({ fetchError: { message: error.message, reason: error.reason } });
      throw error;
    }
  });

  app.post('/api/marketplace/install', async () => requireMode().ensureInstalled());
  app.post('/api/marketplace/uninstall', async () => requireMode().uninstall());
}
