// Companies and deals (HubSpot CRM Companies / Deals 2026-03): GET by id and POST batch/read, each with its
// own read scope; deals are also reachable by their object type id 0-3 (the deals spec's own paths).
// Contacts get a batch read too (CRM Objects 2026-03), for listing a record's contacts by name.
import type { FastifyInstance } from 'fastify';
import { guard, isoOf, isVisible, listParam, type EmulatorContext } from '../context';
import { objectReadAssociations, type RecordKind as AssociationKind } from '../record-associations';
import type { SeedAccount } from '../types';
import { notFound, validationError } from '../errors';
import { MAX_BATCH_READ_INPUTS } from './meeting-reads';

export const COMPANIES_READ_SCOPES = ['crm.objects.companies.read'];
export const DEALS_READ_SCOPES = ['crm.objects.deals.read'];
const CONTACTS_READ_SCOPES = ['crm.objects.contacts.read'];

const SEED_CREATED_AT = '2025-01-15T10:00:00.000Z';
const SEED_UPDATED_AT = '2025-06-01T12:30:00.000Z';

type RecordKind = 'companies' | 'deals' | 'contacts';
interface SeedRecord {
  id: string;
  properties: Record<string, string>;
}

/** Properties answered when none are asked for (as HubSpot does per object type). */
const DEFAULT_PROPERTIES: Record<RecordKind, string[]> = {
  companies: ['name', 'domain'],
  deals: ['dealname', 'amount', 'closedate', 'pipeline', 'dealstage'],
  contacts: ['firstname', 'lastname', 'email'],
};
const DATE_PROPERTIES: Record<RecordKind, [string, string]> = {
  companies: ['createdate', 'hs_lastmodifieddate'],
  deals: ['createdate', 'hs_lastmodifieddate'],
  contacts: ['createdate', 'lastmodifieddate'],
};

export function registerRecordRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const records = (portalId: number, kind: RecordKind): SeedRecord[] =>
    ctx.store.account(portalId)?.[kind] ?? [];
  const scopes: Record<RecordKind, string[]> = {
    companies: COMPANIES_READ_SCOPES,
    deals: DEALS_READ_SCOPES,
    contacts: CONTACTS_READ_SCOPES,
  };
  const paths: Array<[string, RecordKind]> = [
    ['companies', 'companies'],
    ['0-2', 'companies'],
    ['deals', 'deals'],
    ['0-3', 'deals'],
  ];
  for (const [path, kind] of paths) {
    app.get(`/crm/objects/2026-03/${path}/:objectId`, async (request) => {
      const auth = guard(ctx, request, scopes[kind]);
      const { objectId } = request.params as { objectId: string };
      const query = request.query as {
        properties?: string | string[];
        associations?: string | string[];
        archived?: string;
      };
      const record =
        query.archived === 'true' ? undefined : records(auth.portalId, kind).find((r) => r.id === objectId);
      const account = ctx.store.account(auth.portalId);
      if (!record || !account) throw notFound('resource not found');
      const view = recordView(kind, record, listParam(query.properties));
      const wanted = listParam(query.associations);
      if (!wanted.length) return view;
      return { ...view, associations: associationsOfRecord(ctx, account, kind, objectId, wanted) };
    });
  }
  for (const [path, kind] of [...paths, ['contacts', 'contacts'] as [string, RecordKind]]) {
    app.post(`/crm/objects/2026-03/${path}/batch/read`, async (request, reply) => {
      const auth = guard(ctx, request, scopes[kind]);
      const startedAt = ctx.clock.now();
      const { ids, properties } = checkBatchRead(request.body);
      const all = records(auth.portalId, kind);
      const found: SeedRecord[] = [];
      const missing: string[] = [];
      for (const id of new Set(ids)) {
        const record = all.find((r) => r.id === id);
        if (record) found.push(record);
        else missing.push(id);
      }
      const answer = {
        status: 'COMPLETE',
        results: found.map((r) => recordView(kind, r, properties)),
        startedAt: isoOf(startedAt),
        completedAt: isoOf(ctx.clock.now()),
      };
      if (!missing.length) return answer;
      const label = kind === 'companies' ? 'COMPANY' : kind === 'deals' ? 'DEAL' : 'CONTACT';
      return reply.code(207).send({
        ...answer,
        numErrors: 1,
        errors: [
          {
            status: 'error',
            category: 'OBJECT_NOT_FOUND',
            message: `Could not get some ${label} objects, they may be deleted or not exist. Check that ids are valid.`,
            context: { ids: missing },
            errors: [],
            links: {},
          },
        ],
      });
    });
  }
}

/** The `associations` of an object read (meetings past their associationRead lag only). */
export function associationsOfRecord(
  ctx: EmulatorContext,
  account: SeedAccount,
  kind: AssociationKind,
  id: string,
  wanted: string[],
) {
  const now = ctx.clock.now();
  return objectReadAssociations(account, kind, id, wanted, (from, recordId) =>
    ctx.store
      .meetings(account.portalId)
      .filter((m) => isVisible(m, 'associationRead', now) && m.associations[from].includes(recordId))
      .map((m) => m.id),
  );
}

function recordView(kind: RecordKind, record: SeedRecord, requested: string[]) {
  const [created, modified] = DATE_PROPERTIES[kind];
  const all: Record<string, string> = {
    ...record.properties,
    hs_object_id: record.id,
    [created]: SEED_CREATED_AT,
    [modified]: SEED_UPDATED_AT,
  };
  const names = [
    ...(requested.length ? requested : DEFAULT_PROPERTIES[kind]),
    'hs_object_id',
    created,
    modified,
  ];
  const properties: Record<string, string | null> = {};
  for (const name of names) properties[name] = all[name] ?? null;
  return {
    id: record.id,
    properties,
    createdAt: SEED_CREATED_AT,
    updatedAt: SEED_UPDATED_AT,
    archived: false,
  };
}

function checkBatchRead(body: unknown): { ids: string[]; properties: string[] } {
  const { inputs, properties } = (body ?? {}) as { inputs?: unknown; properties?: unknown };
  if (!Array.isArray(inputs) || inputs.length === 0)
    throw validationError('inputs must be a non-empty array of { id }', [
      { message: 'inputs is required', in: 'inputs', code: 'REQUIRED_FIELD' },
    ]);
  if (inputs.length > MAX_BATCH_READ_INPUTS)
    throw validationError(`Too many inputs: at most ${MAX_BATCH_READ_INPUTS} per batch`, [
      { message: `at most ${MAX_BATCH_READ_INPUTS} inputs`, in: 'inputs' },
    ]);
  const ids = inputs.map((input, i) => {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '')
      throw validationError(`inputs[${i}].id must be a string`, [
        { message: 'id must be a string', in: `inputs[${i}].id` },
      ]);
    return id;
  });
  if (
    properties !== undefined &&
    (!Array.isArray(properties) || properties.some((p) => typeof p !== 'string'))
  )
    throw validationError('properties must be an array of property names', [
      { message: 'properties must be an array of strings', in: 'properties' },
    ]);
  return { ids, properties: (properties as string[] | undefined) ?? [] };
}
