// `npm run smoke`: one real booking in a HubSpot developer test account, to turn what the emulator
// assumes into measurements. It creates a throwaway contact on a reserved domain (example.com), books one
// meeting with it through the built `create_meeting` function (the code HubSpot runs), measures how long
// each read takes to see the meeting (search, and the primary-store reads: get by id, the contact's meeting
// associations, batch read), reads back every property the function sent, tries the answers the app relies
// on (owner by user id, hs_activity_type options, a missing scope, an unknown property), then archives the
// meeting and the contact, also when a step fails.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { SmokeConfig } from './config';
import { startRecordingProxy, type RecordedCall } from './recording-proxy';

export class SmokeAborted extends Error {}

export interface Answer {
  status: number;
  body: unknown;
}

export interface Visibility {
  /** ms from the function's answer to the first read that saw the meeting; null: not within the timeout. */
  seenAfterMs: number | null;
  attempts: number;
  lastStatus: number;
}

export interface PropertyReadBack {
  sent: unknown;
  read: string | null | undefined;
  same: boolean;
}

export interface SmokeReport {
  portalId: number;
  baseUrl: string;
  startedAt: string;
  organizerUserId: string;
  contact: { id: string | null; email: string; archiveStatus: number | null };
  booking: { ok: boolean; meetingId: string | null; result: unknown; createCalls: number };
  meetingsArchived: { id: string; status: number }[];
  visibility: Record<'getById' | 'associations' | 'batchRead' | 'search', Visibility> | null;
  readBack: Record<string, PropertyReadBack> | null;
  answers: {
    ownerByUserId: { status: number; ownerId: unknown; userIdType: string };
    activityTypeOptions: { status: number; values: string[] };
    missingScope: { status: number; category: unknown; requiredGranularScopes: unknown };
    unknownProperty: { status: number; category: unknown };
  };
  error: string | null;
}

export interface SmokeDeps {
  /** The built function bundle, e.g. src/app/functions/create-meeting.js. */
  functionEntry: string;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
}

/** Calls check until it says done or timeoutMs has passed; answers when (ms after start) and how often. */
export async function pollUntil(
  check: () => Promise<{ done: boolean; status: number }>,
  options: { timeoutMs: number; intervalMs: number; now: () => number; sleep: (ms: number) => Promise<void> },
): Promise<Visibility> {
  const start = options.now();
  let attempts = 0;
  let lastStatus = 0;
  for (;;) {
    attempts += 1;
    const { done, status } = await check();
    lastStatus = status;
    const elapsed = options.now() - start;
    if (done) return { seenAfterMs: elapsed, attempts, lastStatus };
    if (elapsed + options.intervalMs > options.timeoutMs) return { seenAfterMs: null, attempts, lastStatus };
    await options.sleep(options.intervalMs);
  }
}

/** Does HubSpot's stored value equal what was sent? Instants by time, multi-valued as sets. */
export function sameValue(sent: unknown, read: string | null | undefined): boolean {
  if (read === undefined || read === null) return sent === undefined || sent === null || sent === '';
  if (Array.isArray(sent)) {
    const set = (values: string[]) => [...new Set(values.filter(Boolean))].sort().join(';');
    return set(sent.map(String)) === set(read.split(';'));
  }
  const text = String(sent);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return Date.parse(text) === Date.parse(read);
  return text === read;
}

function hubspotClient(config: SmokeConfig) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await fetch(`${config.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${config.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  };
}

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
    value,
  );

/** Wall-clock "YYYY-MM-DDTHH:mm" in UTC, `days` ahead at 15:00, for the booking. */
function slot(nowMs: number, days: number, hour: number, minute: number): string {
  const date = new Date(nowMs + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(hour)}:${pad(minute)}`;
}

/** Runs the built function with the token and base URL it reads from the environment, then restores it. */
async function runFunction(entry: string, env: Record<string, string>, context: unknown): Promise<unknown> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- HubSpot require()s the entry the same way.
    const fn = require(entry) as { main: (context: unknown) => Promise<unknown> };
    return await fn.main(context);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export async function runSmoke(config: SmokeConfig, deps: SmokeDeps): Promise<SmokeReport> {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => sleepFor(ms).then(() => undefined));
  const log = deps.log ?? (() => {});
  const hub = hubspotClient(config);
  const startedAt = new Date(now()).toISOString();
  const tag = `${startedAt.slice(0, 10).replace(/-/g, '')}-${randomUUID().slice(0, 8)}`;
  const email = `meeting-card-smoke-${tag}@example.com`;

  // 1. Is the token really the account named? Nothing is created before this holds.
  const details = await hub('GET', '/account-info/2026-03/details');
  if (details.status !== 200) {
    throw new SmokeAborted(
      `GET /account-info/2026-03/details answered ${details.status}: check the token. Nothing was created.`,
    );
  }
  const tokenPortal = Number(field(details.body, 'portalId'));
  if (tokenPortal !== config.portalId) {
    throw new SmokeAborted(
      `the token belongs to account ${tokenPortal}, not HUBSPOT_PORTAL_ID ${config.portalId}. Nothing was created.`,
    );
  }

  // 2. The organizer, and the read-only answers the app relies on.
  let organizerUserId = config.organizerUserId;
  if (!organizerUserId) {
    const owners = await hub('GET', '/crm/owners/2026-03?limit=100&archived=false');
    const results = (field(owners.body, 'results') as Array<Record<string, unknown>> | undefined) ?? [];
    const user = results.find((owner) => owner.userId !== undefined && owner.userId !== null);
    if (!user)
      throw new SmokeAborted(
        'no owner in this account is a user: set HUBSPOT_SMOKE_USER_ID. Nothing was created.',
      );
    organizerUserId = String(user.userId);
  }
  const owner = await hub('GET', `/crm/owners/2026-03/${organizerUserId}?idProperty=userId`);
  const activityTypes = await hub('GET', '/crm/properties/2026-03/meetings/hs_activity_type');
  // The app never asks for tickets (deals are an optional scope now), so its token lacks `tickets`:
  // HubSpot's missing-scope answer.
  const tickets = await hub('GET', '/crm/objects/2026-03/tickets?limit=1');
  const unknown = await hub('GET', '/crm/properties/2026-03/meetings/meeting_card_smoke_no_such_property');
  const answers: SmokeReport['answers'] = {
    ownerByUserId: {
      status: owner.status,
      ownerId: field(owner.body, 'id'),
      userIdType: typeof field(owner.body, 'userId'),
    },
    activityTypeOptions: {
      status: activityTypes.status,
      values: ((field(activityTypes.body, 'options') as Array<{ value: string }> | undefined) ?? []).map(
        (o) => o.value,
      ),
    },
    missingScope: {
      status: tickets.status,
      category: field(tickets.body, 'category'),
      requiredGranularScopes:
        field(tickets.body, 'errors', '0', 'context', 'requiredGranularScopes') ??
        field(tickets.body, 'context', 'requiredGranularScopes'),
    },
    unknownProperty: { status: unknown.status, category: field(unknown.body, 'category') },
  };

  const report: SmokeReport = {
    portalId: config.portalId,
    baseUrl: config.baseUrl,
    startedAt,
    organizerUserId,
    contact: { id: null, email, archiveStatus: null },
    booking: { ok: false, meetingId: null, result: null, createCalls: 0 },
    meetingsArchived: [],
    visibility: null,
    readBack: null,
    answers,
    error: null,
  };

  // 3. The throwaway contact.
  const created = await hub('POST', '/crm/objects/2026-03/contacts', {
    properties: { email, firstname: 'Meeting Card', lastname: `Smoke ${tag}` },
  });
  const contactId = field(created.body, 'id');
  if (created.status !== 201 && created.status !== 200) {
    throw new SmokeAborted(
      `creating the throwaway contact answered ${created.status}: ${JSON.stringify(created.body)}`,
    );
  }
  report.contact.id = String(contactId);
  log(`created contact ${report.contact.id} <${email}>`);

  const proxy = await startRecordingProxy(config.baseUrl);
  try {
    // 4. One booking through the real function code, exactly as HubSpot calls it.
    const parameters = {
      requestId: randomUUID(),
      organizerUserId,
      title: `Meeting Card smoke test ${tag}`,
      start: slot(now(), 2, 15, 0),
      end: slot(now(), 2, 15, 30),
      timezone: 'UTC',
      locationType: 'CUSTOM',
      location: 'Meeting Card smoke test (no one attends)',
      description: 'Created by npm run smoke; archived by it a minute later.',
      internalNotes: 'smoke test',
      reminders: [{ numberOfTimeUnits: 1, timeUnit: 'HOURS' }],
      includeDescriptionInReminders: false,
    };
    const result = await runFunction(
      deps.functionEntry,
      { PRIVATE_APP_ACCESS_TOKEN: config.token, HUBSPOT_API_BASE_URL: proxy.url },
      {
        parameters,
        propertiesToSend: {
          hs_object_id: report.contact.id,
          firstname: 'Meeting Card',
          lastname: `Smoke ${tag}`,
        },
        secrets: {},
      },
    );
    const answeredAt = now();
    const createCalls = proxy.calls.filter(
      (call: RecordedCall) =>
        call.method === 'POST' && call.path.startsWith('/scheduler/2026-03/meetings/calendar'),
    );
    const meetingId = field(result, 'ok') === true ? String(field(result, 'meeting', 'id')) : null;
    report.booking = { ok: meetingId !== null, meetingId, result, createCalls: createCalls.length };
    log(`booked: ${meetingId ? `meeting ${meetingId}` : JSON.stringify(result)}`);
    if (!meetingId) return report;

    // 5. How long until each read sees it (all polled side by side, from the function's answer).
    const options = { timeoutMs: config.visibilityTimeoutMs, intervalMs: config.pollIntervalMs, now, sleep };
    const seenIn = (answer: Answer, list: unknown, key: string) => ({
      status: answer.status,
      done:
        answer.status < 300 &&
        Array.isArray(list) &&
        list.some((item) => String(field(item, key)) === meetingId),
    });
    const [getById, associations, batchRead, search] = await Promise.all([
      pollUntil(async () => {
        const answer = await hub('GET', `/crm/objects/2026-03/meetings/${meetingId}`);
        return { status: answer.status, done: answer.status === 200 };
      }, options),
      pollUntil(async () => {
        const answer = await hub(
          'GET',
          `/crm/objects/2026-03/contacts/${report.contact.id}/associations/meetings?limit=100`,
        );
        return seenIn(answer, field(answer.body, 'results'), 'toObjectId');
      }, options),
      pollUntil(async () => {
        const answer = await hub('POST', '/crm/objects/2026-03/meetings/batch/read', {
          inputs: [{ id: meetingId }],
          properties: ['hs_meeting_title'],
        });
        return seenIn(answer, field(answer.body, 'results'), 'id');
      }, options),
      pollUntil(async () => {
        const answer = await hub('POST', '/crm/objects/2026-03/meetings/search', {
          filterGroups: [
            { filters: [{ propertyName: 'associations.contact', operator: 'EQ', value: report.contact.id }] },
          ],
          properties: ['hs_meeting_title'],
          limit: 10,
        });
        return seenIn(answer, field(answer.body, 'results'), 'id');
      }, options),
    ]);
    report.visibility = { getById, associations, batchRead, search };
    log(`visibility measured ${now() - answeredAt} ms after the booking`);

    // 6. Every property the function sent, read back.
    const sent =
      (field(createCalls.at(-1)?.requestBody, 'properties') as Record<string, unknown> | undefined) ?? {};
    const names = Object.keys(sent);
    const stored = await hub(
      'GET',
      `/crm/objects/2026-03/meetings/${meetingId}?properties=${names.join(',')}`,
    );
    const read = (field(stored.body, 'properties') as Record<string, string | null> | undefined) ?? {};
    report.readBack = Object.fromEntries(
      names.map((name) => [
        name,
        { sent: sent[name], read: read[name], same: sameValue(sent[name], read[name]) },
      ]),
    );
    return report;
  } catch (error) {
    report.error = error instanceof Error ? error.message : String(error);
    return report;
  } finally {
    await proxy.close();
    // 7. Clean up: every meeting on the throwaway contact (also one a lost answer left), then the contact.
    const linked = await hub(
      'GET',
      `/crm/objects/2026-03/contacts/${report.contact.id}/associations/meetings?limit=100`,
    );
    const ids = new Set(
      [
        report.booking.meetingId,
        ...((field(linked.body, 'results') as unknown[] | undefined) ?? []).map((r) =>
          field(r, 'toObjectId'),
        ),
      ]
        .filter((id) => id !== null && id !== undefined)
        .map(String),
    );
    for (const id of ids) {
      const archived = await hub('DELETE', `/crm/objects/2026-03/meetings/${id}`);
      report.meetingsArchived.push({ id, status: archived.status });
    }
    report.contact.archiveStatus = (
      await hub('DELETE', `/crm/objects/2026-03/contacts/${report.contact.id}`)
    ).status;
    log(`archived ${ids.size} meeting(s) and contact ${report.contact.id}`);
  }
}
