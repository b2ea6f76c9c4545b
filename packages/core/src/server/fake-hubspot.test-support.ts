// Test support: an in-memory HubSpot behind the real pipeline, on a fake clock, for the state
// machine's unit tests. It keeps the parts that decide exactly-once: meetings stored by the create,
// the contact's associations (primary store) and the search index, each visible after its own lag.
import type { Clock } from './clock';
import { TransportError, type ApiRequest, type ApiResponse, type HubSpotApi } from './hubspot-api';
import { standardPipeline } from './pipeline';
import { response } from './pipeline/test-api';

export interface StoredMeeting {
  id: string;
  createdAt: number;
  properties: Record<string, string>;
  contactId: string;
}

/** What the next create does: answered normally, or one of the ways HubSpot fails. */
export type CreateBehaviour =
  | 'ok'
  | 'no-id'
  | { status: number; store?: boolean; headers?: Record<string, string>; body?: unknown }
  | { drop: 'before' | 'after-store' }
  | { hangMs: number; thenStatus?: number; store?: boolean };

export interface FakeHubSpotOptions {
  clock: Clock;
  /** Search index lag (ms after the write). */
  searchLagMs?: number;
  /** Association and by-id lag (ms after the write). */
  primaryLagMs?: number;
  /** Answers for association reads before the store is consulted (e.g. 500s or 404s). */
  associationFaults?: number[];
  /** Every association read answers this status. */
  associationStatus?: number;
  pageSize?: number;
  /** Every owner lookup answers this status (with these headers). */
  ownerStatus?: number;
  ownerHeaders?: Record<string, string>;
}

export function fakeHubSpot(options: FakeHubSpotOptions) {
  const { clock } = options;
  const meetings: StoredMeeting[] = [];
  const creates: ApiRequest[] = [];
  const calls: ApiRequest[] = [];
  const behaviours: CreateBehaviour[] = [];
  let nextId = 9_001;
  const visible = (m: StoredMeeting, lag = 0) => clock.now() >= m.createdAt + lag;

  function store(request: ApiRequest): StoredMeeting {
    const body = request.body as {
      properties: Record<string, unknown>;
      associations: { to: { id: string } }[];
    };
    const properties = Object.fromEntries(
      Object.entries(body.properties).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : String(v)]),
    );
    const meeting = {
      id: String(nextId++),
      createdAt: clock.now(),
      properties: { ...properties, hs_createdate: new Date(clock.now()).toISOString() },
      contactId: body.associations[0]?.to.id ?? '',
    };
    meetings.push(meeting);
    return meeting;
  }

  async function create(request: ApiRequest): Promise<ApiResponse> {
    creates.push(request);
    const behaviour = behaviours.shift() ?? 'ok';
    if (behaviour === 'ok') return response(201, { id: store(request).id });
    if (behaviour === 'no-id') {
      store(request);
      return response(201, {});
    }
    if ('drop' in behaviour) {
      if (behaviour.drop === 'after-store') store(request);
      throw new TransportError('network', 'ECONNRESET');
    }
    if ('hangMs' in behaviour) {
      await clock.sleep(behaviour.hangMs);
      const status = behaviour.thenStatus ?? 201;
      const stored = (behaviour.store ?? status < 300) ? store(request) : undefined;
      return response(status, stored ? { id: stored.id } : { message: 'refused' });
    }
    if (behaviour.store) store(request);
    return response(behaviour.status, behaviour.body ?? { message: 'failed' }, behaviour.headers);
  }

  const transport: HubSpotApi = {
    accountKey: 'fake',
    async send(request) {
      calls.push(request);
      const { method, path } = request;
      if (method === 'GET' && path.startsWith('/crm/owners/2026-03/')) {
        if (options.ownerStatus)
          return response(options.ownerStatus, { message: 'owner fault' }, options.ownerHeaders);
        return response(200, { id: '81001', userId: 7001 });
      }
      if (method === 'POST' && path === '/scheduler/2026-03/meetings/calendar') return create(request);
      const association = /^\/crm\/objects\/2026-03\/contacts\/(\d+)\/associations\/meetings$/.exec(path);
      if (method === 'GET' && association) {
        const fault = options.associationFaults?.shift() ?? options.associationStatus;
        if (fault) return response(fault, { message: 'fault' });
        const ids = meetings
          .filter((m) => m.contactId === association[1] && visible(m, options.primaryLagMs))
          .map((m) => m.id);
        const size = options.pageSize ?? 500;
        const from = Number(request.query?.after ?? 0);
        const page = ids.slice(from, from + size);
        const more = from + size < ids.length;
        return response(200, {
          results: page.map((toObjectId) => ({
            toObjectId,
            associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 200 }],
          })),
          ...(more ? { paging: { next: { after: String(from + size) } } } : {}),
        });
      }
      if (method === 'POST' && path === '/crm/objects/2026-03/meetings/batch/read') {
        const inputs = (request.body as { inputs: { id: string }[] }).inputs;
        const found = inputs
          .map((input) => meetings.find((m) => m.id === input.id && visible(m, options.primaryLagMs)))
          .filter((m): m is StoredMeeting => m !== undefined);
        const results = found.map((m) => ({
          id: m.id,
          createdAt: new Date(m.createdAt).toISOString(),
          properties: m.properties,
        }));
        return response(found.length === inputs.length ? 200 : 207, { status: 'COMPLETE', results });
      }
      if (method === 'POST' && path === '/crm/objects/2026-03/meetings/search') {
        const results = meetings
          .filter((m) => visible(m, options.searchLagMs ?? 0))
          .map((m) => ({
            id: m.id,
            createdAt: new Date(m.createdAt).toISOString(),
            properties: m.properties,
          }));
        return response(200, { total: results.length, results });
      }
      return response(404, { message: `no route ${method} ${path}` });
    },
  };

  return {
    api: standardPipeline(transport, { clock }),
    meetings,
    creates,
    calls,
    /** Queues what the next creates do. */
    nextCreates: (...next: CreateBehaviour[]) => behaviours.push(...next),
    /** A meeting stored some other way (booked earlier, on purpose). */
    seed: (meeting: Omit<StoredMeeting, 'id'>) => {
      const stored = { ...meeting, id: String(nextId++) };
      meetings.push(stored);
      return stored;
    },
  };
}
