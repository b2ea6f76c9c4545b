// What the card's worker globals delegate to: the captured render callback, the current extension
// API (context + actions), and the transports for hubspot.serverless / hubspot.fetch.
import type { ReactElement } from 'react';
import { createBridgeMeter } from './bridge-meter';

export interface CardContext {
  user: {
    id: number;
    email: string;
    emails: string[];
    firstName: string;
    lastName: string;
    locale: string;
    language: string;
    roles: string[];
    teams: Array<{ id: number; name: string; teammates: number[] }>;
    permissions: string[];
  };
  portal: { id: number; timezone: string };
  crm: { objectId: number; objectTypeId: string };
  location: 'crm.record.tab';
  extension: { appId: number; appName: string; cardTitle: string };
  variables: Record<string, string>;
}

export interface AlertArgs {
  type?: 'info' | 'warning' | 'success' | 'danger' | 'tip';
  title?: string;
  message: string;
}

export interface CardActions {
  addAlert(args: AlertArgs): void;
  reloadPage(): void;
  refreshObjectProperties(): void;
  fetchCrmObjectProperties(names: string[] | '*'): Promise<Record<string, string>>;
  onCrmPropertiesUpdate(
    names: string[] | '*',
    cb: (props: Record<string, string>, error?: { message: string }) => void,
  ): void;
  openIframeModal(payload: { uri: string; title?: string }): void;
  copyTextToClipboard(text: string): Promise<void>;
  navigateToPage(options: { to: string }): void;
  closeOverlay(id: string): void;
}

export interface CardApi {
  context: CardContext;
  actions: CardActions;
  runServerlessFunction: (params: {
    name: string;
    parameters?: unknown;
    propertiesToSend?: string[];
  }) => Promise<unknown>;
}

type RenderCallback = (api: CardApi) => ReactElement;

/** The page implements these; the card reaches them through the worker globals. */
export interface CardHostServices {
  serverless(name: string, options: { parameters?: unknown; propertiesToSend?: string[] }): Promise<unknown>;
  hsFetch(url: string | URL, options?: unknown): Promise<Response>;
  fetchCrmProperties(names: string[]): Promise<Record<string, string>>;
}

let render: RenderCallback | null = null;
let api: CardApi | null = null;
let services: CardHostServices | null = null;

function requireServices(): CardHostServices {
  if (!services) throw new Error('The workbench card host is not ready yet.');
  return services;
}

/** What the mounted card has sent across the remote-ui bridge (reset on each mount). */
const meter = createBridgeMeter();

export const cardBridge = {
  meter,
  registerRender(callback: unknown): void {
    render = callback as RenderCallback;
  },
  renderCallback(): RenderCallback | null {
    return render;
  },
  setServices(next: CardHostServices): void {
    services = next;
  },
  setApi(next: CardApi): void {
    api = next;
  },
  currentApi(): CardApi {
    if (!api) throw new Error('useExtensionContext was called before the card was mounted.');
    return api;
  },
  serverless(name: string, options?: unknown): Promise<unknown> {
    return requireServices().serverless(
      name,
      (options ?? {}) as { parameters?: unknown; propertiesToSend?: string[] },
    );
  },
  hsFetch(url: string | URL, options?: unknown): Promise<Response> {
    return requireServices().hsFetch(url, options);
  },
  /** useCrmProperties: answers `{ data }` now and calls `onUpdate` again on every refreshObjectProperties. */
  async fetchCrmProperties(names: string[], onUpdate: PropertiesListener): Promise<Response> {
    propertyListeners.push({ names, onUpdate });
    const properties = await requireServices().fetchCrmProperties(names);
    return new Response(JSON.stringify({ data: properties }), {
      headers: { 'content-type': 'application/json' },
    });
  },
  /** Called by the page after refreshObjectProperties, and when the card is remounted (listeners reset). */
  async refreshPropertyListeners(reset = false): Promise<void> {
    if (reset) {
      propertyListeners.length = 0;
      return;
    }
    for (const { names, onUpdate } of [...propertyListeners]) {
      onUpdate(await requireServices().fetchCrmProperties(names));
    }
  },
};

type PropertiesListener = (props: Record<string, string>) => void;
const propertyListeners: Array<{ names: string[]; onUpdate: PropertiesListener }> = [];
