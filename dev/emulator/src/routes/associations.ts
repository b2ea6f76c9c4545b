// Associations read from the primary store, not the search index (HubSpot CRM Associations v4, 2026-03):
// GET /crm/objects/2026-03/{objectType}/{objectId}/associations/{toObjectType}?limit&after
// answers { results: [{ toObjectId, associationTypes: [{ category, typeId }] }], paging?: { next: { after } } }.
// A meeting's associations become readable at its drawn visibleAt.associationRead (immediately by default).
import type { FastifyInstance } from 'fastify';
import { guard, isVisible, type EmulatorContext } from '../context';
import { validationError } from '../errors';
import { recordAssociations, type AssociationType } from '../record-associations';
import type { SeedAccount, StoredMeeting } from '../types';

/**
 * The spec accepts any one of about 80 scopes (the bare `oauth` among them); the emulator accepts the
 * ones an app reading contacts and meetings holds.
 */
export const ASSOCIATIONS_READ_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.meetings.read',
  'crm.objects.companies.read',
  'crm.objects.deals.read',
];
export const MAX_ASSOCIATIONS_LIMIT = 500;

type ObjectKind = 'contacts' | 'companies' | 'deals' | 'meetings';
type Associated = Exclude<ObjectKind, 'meetings'>;

/** Names HubSpot accepts for each object type: plural, singular and the object type id. */
const OBJECT_TYPES: Record<string, ObjectKind> = {
  contacts: 'contacts',
  contact: 'contacts',
  '0-1': 'contacts',
  companies: 'companies',
  company: 'companies',
  '0-2': 'companies',
  deals: 'deals',
  deal: 'deals',
  '0-3': 'deals',
  meetings: 'meetings',
  meeting: 'meetings',
  meeting_event: 'meetings',
  '0-47': 'meetings',
};

/** HUBSPOT_DEFINED unlabeled association type ids, meeting → X and X → meeting. */
const TYPE_IDS: Record<Associated, { fromMeeting: number; toMeeting: number }> = {
  contacts: { fromMeeting: 200, toMeeting: 199 },
  companies: { fromMeeting: 188, toMeeting: 187 },
  deals: { fromMeeting: 212, toMeeting: 211 },
};

export function registerAssociationRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/crm/objects/2026-03/:objectType/:objectId/associations/:toObjectType', async (request) => {
    const auth = guard(ctx, request, ASSOCIATIONS_READ_SCOPES);
    const params = request.params as { objectType: string; objectId: string; toObjectType: string };
    const query = request.query as { limit?: string; after?: string };
    const from = objectKind(params.objectType, 'objectType');
    const to = objectKind(params.toObjectType, 'toObjectType');
    const limit = query.limit === undefined ? MAX_ASSOCIATIONS_LIMIT : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ASSOCIATIONS_LIMIT)
      throw validationError(`limit must be an integer from 1 to ${MAX_ASSOCIATIONS_LIMIT}`, [
        { message: 'invalid limit', in: 'limit' },
      ]);
    const afterId = query.after === undefined ? undefined : decodeCursor(query.after);

    const now = ctx.clock.now();
    const meetings = ctx.store.meetings(auth.portalId).filter((m) => isVisible(m, 'associationRead', now));
    const account = ctx.store.account(auth.portalId);
    const all = associated(account, meetings, from, to, params.objectId).sort(byNumericId);
    const rest = afterId === undefined ? all : all.filter((a) => byNumericId(a, { id: afterId }) > 0);
    const page = rest.slice(0, limit);
    const last = page[page.length - 1];
    return {
      results: page.map((a) => ({
        toObjectId: a.id,
        associationTypes: a.types,
      })),
      ...(rest.length > page.length && last ? { paging: { next: { after: encodeCursor(last.id) } } } : {}),
    };
  });
}

/** The associated ids with their type id; an object that does not exist has none (200, empty results). */
function associated(
  account: SeedAccount | undefined,
  meetings: StoredMeeting[],
  from: ObjectKind,
  to: ObjectKind,
  objectId: string,
): Array<{ id: string; types: AssociationType[] }> {
  const hubspotDefined = (typeId: number): AssociationType[] => [{ category: 'HUBSPOT_DEFINED', typeId }];
  if (from === 'meetings' && to !== 'meetings') {
    const meeting = meetings.find((m) => m.id === objectId);
    return (meeting?.associations[to] ?? []).map((id) => ({
      id,
      types: hubspotDefined(TYPE_IDS[to].fromMeeting),
    }));
  }
  if (to === 'meetings' && from !== 'meetings') {
    return meetings
      .filter((m) => m.associations[from].includes(objectId))
      .map((m) => ({ id: m.id, types: hubspotDefined(TYPE_IDS[from].toMeeting) }));
  }
  // Between seeded records (contact ↔ company, contact ↔ deal, deal ↔ company); they never lag.
  if (account && from !== 'meetings' && to !== 'meetings')
    return recordAssociations(account, from, to, objectId);
  return [];
}

function objectKind(name: string, where: string): ObjectKind {
  const kind = OBJECT_TYPES[name.toLowerCase()];
  if (!kind)
    throw validationError(`Unable to infer object type from: ${name}`, [
      { message: `unknown object type ${name}`, in: where },
    ]);
  return kind;
}

/** Ids in numeric order (ids are digit strings; anything else sorts as text after them). */
function byNumericId(a: { id: string }, b: { id: string }): number {
  const numeric = /^\d+$/;
  if (!numeric.test(a.id) || !numeric.test(b.id)) return a.id.localeCompare(b.id);
  const x = BigInt(a.id);
  const y = BigInt(b.id);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The cursor is opaque to clients (base64url of the last id answered): a client must not compute it. */
function encodeCursor(lastId: string): string {
  return Buffer.from(`after:${lastId}`).toString('base64url');
}

function decodeCursor(after: string): string {
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^after:(\d+)$/.exec(decoded);
  if (!match?.[1])
    throw validationError('invalid after cursor', [{ message: 'after is not a paging cursor', in: 'after' }]);
  return match[1];
}
