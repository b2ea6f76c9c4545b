// The page's calls to the workbench server (same origin).
export interface WorkbenchUser {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  ownerId?: string;
}

export interface WorkbenchConfig {
  mode: 'emulator' | 'hubspot';
  distribution: 'private' | 'marketplace';
  /** Profile variables the card sees as context.variables. */
  variables: Record<string, string>;
  /** Marketplace mode: whether the demo account has installed the app (OAuth). */
  install: { installed: boolean; message: string } | null;
  apiBaseUrl: string;
  portal: { id: number; timezone: string };
  users: WorkbenchUser[];
  cardTitle: string;
  appName: string;
  timeZones: string[];
  locales: Array<{ value: string; label: string }>;
  faults: Array<{ kind: string; label: string }>;
  /** The emulator's search lag for new bookings (emulator mode). */
  searchLag: { selected: string; choices: Array<{ kind: string; label: string }> } | null;
}

export interface Contact {
  id: string;
  properties: Record<string, string | null>;
}

/** The record types the card runs on (its hsmeta objectTypes), as the URL and the server name them. */
export type RecordKind = 'contacts' | 'companies' | 'deals';
/** HubSpot's object type ids, as the card's context.crm.objectTypeId has them. */
export const OBJECT_TYPE_IDS: Record<RecordKind, string> = {
  contacts: '0-1',
  companies: '0-2',
  deals: '0-3',
};
/** The URL parameter for each type (`?contact=101`, `?company=302`, `?deal=401`). */
export const URL_PARAMS: Record<RecordKind, string> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
};

export type CrmRecord = Contact;
export type RecordLists = Record<RecordKind, CrmRecord[]>;

export interface TimelineMeeting {
  id: string;
  title: string;
  startUtc: string | null;
  endUtc: string | null;
  timezone: string | null;
  organizer: string | null;
  attendees: string[];
  /** On a company or deal: the meeting's contacts by name. */
  contacts: string[];
  outcome: string | null;
  location: string | null;
}

async function json<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `${response.status} ${response.statusText}`);
  return body;
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  config: () => fetch('/api/config').then((r) => json<WorkbenchConfig>(r)),
  contacts: () => fetch('/api/contacts').then((r) => json<Contact[]>(r)),
  contact: (id: string, names?: string[]) =>
    fetch(
      `/api/contacts/${encodeURIComponent(id)}${names ? `?properties=${encodeURIComponent(names.join(','))}` : ''}`,
    ).then((r) => json<Contact>(r)),
  meetings: (contactId: string) =>
    fetch(`/api/contacts/${encodeURIComponent(contactId)}/meetings`).then((r) => json<TimelineMeeting[]>(r)),
  records: () => fetch('/api/records').then((r) => json<RecordLists>(r)),
  record: (kind: RecordKind, id: string, names?: string[]) =>
    fetch(
      `/api/records/${kind}/${encodeURIComponent(id)}${names ? `?properties=${encodeURIComponent(names.join(','))}` : ''}`,
    ).then((r) => json<CrmRecord>(r)),
  recordMeetings: (kind: RecordKind, id: string) =>
    fetch(`/api/records/${kind}/${encodeURIComponent(id)}/meetings`).then((r) => json<TimelineMeeting[]>(r)),
  associations: (kind: RecordKind, id: string) =>
    fetch(`/api/records/${kind}/${encodeURIComponent(id)}/associations`).then((r) => json<RecordLists>(r)),
  runFunction: async (
    name: string,
    body: { objectId: string; objectTypeId?: string; parameters?: unknown; propertiesToSend?: string[] },
  ) => {
    const response = await post(`/api/functions/${encodeURIComponent(name)}`, body);
    return json<unknown>(response);
  },
  /** hubspot.fetch through the workbench's stand-in for HubSpot's proxy (marketplace mode). */
  hubspotFetch: (request: {
    url: string;
    method?: string;
    body?: unknown;
    headers?: unknown;
    timeout?: number;
    userId: string;
  }) => post('/api/hubspot-fetch', request),
  install: () =>
    post('/api/marketplace/install', {}).then((r) => json<{ installed: boolean; message: string }>(r)),
  uninstall: () =>
    post('/api/marketplace/uninstall', {}).then((r) => json<{ installed: boolean; message: string }>(r)),
  faults: () => fetch('/api/faults').then((r) => json<{ armed: string[] }>(r)),
  addFault: (kind: string) => post('/api/faults', { kind }).then((r) => json<{ armed: string[] }>(r)),
  clearFaults: () => fetch('/api/faults', { method: 'DELETE' }).then((r) => json<{ armed: string[] }>(r)),
  reset: () => post('/api/reset', {}).then((r) => json<{ ok: true }>(r)),
  setSearchLag: (kind: string) =>
    fetch('/api/search-lag', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind }),
    }).then((r) => json<{ selected: string }>(r)),
};
