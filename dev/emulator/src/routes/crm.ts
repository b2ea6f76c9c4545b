// Read-only CRM endpoints: owners, contacts, and the hs_activity_type / hs_meeting_outcome properties.
import type { FastifyInstance } from 'fastify';
import { guard, listParam, type EmulatorContext } from '../context';
import { notFound, validationError } from '../errors';
import { associationsOfRecord } from './records';
import type { SeedContact, SeedOwner } from '../types';

export const OWNERS_SCOPES = ['crm.objects.owners.read'];
export const CONTACTS_READ_SCOPES = ['crm.objects.contacts.read'];
export const PROPERTIES_SCOPES = ['crm.objects.contacts.read', 'crm.schemas.contacts.read'];

/** Seed records have no dates of their own; every one is dated to this instant. */
const SEED_CREATED_AT = '2025-01-15T10:00:00.000Z';
const SEED_UPDATED_AT = '2025-06-01T12:30:00.000Z';
const MAX_OWNERS_LIMIT = 500;

export function registerCrmRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/crm/owners/2026-03', async (request) => {
    const auth = guard(ctx, request, OWNERS_SCOPES);
    const query = request.query as { limit?: string; after?: string; email?: string; archived?: string };
    const limit = query.limit === undefined ? 100 : Number(query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OWNERS_LIMIT) {
      throw validationError(`limit must be an integer from 1 to ${MAX_OWNERS_LIMIT}`, [
        { message: 'invalid limit', in: 'limit' },
      ]);
    }
    const archived = query.archived === 'true';
    let owners = (ctx.store.account(auth.portalId)?.owners ?? []).filter(
      (o) => Boolean(o.archived) === archived,
    );
    if (query.email) owners = owners.filter((o) => o.email.toLowerCase() === query.email?.toLowerCase());
    // The cursor is the position of the next owner in the list, as an opaque string.
    const offset = query.after === undefined ? 0 : Number(query.after);
    if (!Number.isInteger(offset) || offset < 0)
      throw validationError('invalid after cursor', [{ message: 'invalid after', in: 'after' }]);
    const page = owners.slice(offset, offset + limit);
    const next = offset + page.length;
    return {
      results: page.map(ownerView),
      ...(next < owners.length ? { paging: { next: { after: String(next), link: '' } } } : {}),
    };
  });

  app.get('/crm/owners/2026-03/:ownerId', async (request) => {
    const auth = guard(ctx, request, OWNERS_SCOPES);
    const { ownerId } = request.params as { ownerId: string };
    const query = request.query as { idProperty?: string; archived?: string };
    const idProperty = query.idProperty ?? 'id';
    if (idProperty !== 'id' && idProperty !== 'userId') {
      throw validationError('idProperty must be id or userId', [
        { message: 'invalid idProperty', in: 'idProperty' },
      ]);
    }
    const archived = query.archived === 'true';
    const owner = (ctx.store.account(auth.portalId)?.owners ?? []).find(
      (o) =>
        (idProperty === 'id' ? o.id === ownerId : o.userId === ownerId) && Boolean(o.archived) === archived,
    );
    if (!owner) throw notFound(`No owner with ${idProperty} ${ownerId}${archived ? ' (archived)' : ''}`);
    return ownerView(owner);
  });

  app.get('/crm/objects/2026-03/contacts/:contactId', async (request) => {
    const auth = guard(ctx, request, CONTACTS_READ_SCOPES);
    const { contactId } = request.params as { contactId: string };
    const query = request.query as { properties?: string; associations?: string | string[] };
    const account = ctx.store.account(auth.portalId);
    const contact = account?.contacts.find((c) => c.id === contactId);
    if (!account || !contact) throw notFound(`No contact with id ${contactId}`);
    const view = contactView(contact, listParam(query.properties));
    const wanted = listParam(query.associations);
    if (!wanted.length) return view;
    return { ...view, associations: associationsOfRecord(ctx, account, 'contacts', contactId, wanted) };
  });

  app.get('/crm/properties/2026-03/meetings/:propertyName', async (request) => {
    const auth = guard(ctx, request, PROPERTIES_SCOPES);
    const { propertyName } = request.params as { propertyName: string };
    if (propertyName === 'hs_activity_type') {
      const types = ctx.store.account(auth.portalId)?.meetingTypes ?? [];
      return propertyDefinition(
        'hs_activity_type',
        'Call and meeting type',
        types.map((t, i) => ({ label: t.label, value: t.value, displayOrder: i, hidden: Boolean(t.hidden) })),
      );
    }
    if (propertyName === 'hs_meeting_outcome') {
      const outcomes = ['SCHEDULED', 'COMPLETED', 'RESCHEDULED', 'NO_SHOW', 'CANCELED'];
      return propertyDefinition(
        'hs_meeting_outcome',
        'Meeting outcome',
        outcomes.map((v, i) => ({
          label: v.charAt(0) + v.slice(1).toLowerCase().replace('_', ' '),
          value: v,
          displayOrder: i,
          hidden: false,
        })),
      );
    }
    throw notFound(
      `Unable to find property ${propertyName} (the emulator knows hs_activity_type and hs_meeting_outcome)`,
    );
  });
}

/** HubSpot's owners API returns userId as a number (the id is a string). */
function ownerView(owner: SeedOwner) {
  return {
    id: owner.id,
    email: owner.email,
    type: 'PERSON',
    firstName: owner.firstName,
    lastName: owner.lastName,
    ...(owner.userId !== undefined
      ? { userId: Number(owner.userId), userIdIncludingInactive: Number(owner.userId) }
      : {}),
    createdAt: SEED_CREATED_AT,
    updatedAt: SEED_UPDATED_AT,
    archived: Boolean(owner.archived),
    ...(owner.teams ? { teams: owner.teams } : {}),
  };
}

function contactView(contact: SeedContact, requested: string[]) {
  const all: Record<string, string> = {
    ...contact.properties,
    hs_object_id: contact.id,
    createdate: SEED_CREATED_AT,
    lastmodifieddate: SEED_UPDATED_AT,
  };
  const names = requested.length
    ? [...requested, 'hs_object_id', 'createdate', 'lastmodifieddate']
    : ['firstname', 'lastname', 'email', 'hs_object_id', 'createdate', 'lastmodifieddate'];
  const properties: Record<string, string | null> = {};
  for (const name of names) properties[name] = all[name] ?? null;
  return {
    id: contact.id,
    properties,
    createdAt: SEED_CREATED_AT,
    updatedAt: SEED_UPDATED_AT,
    archived: false,
  };
}

function propertyDefinition(
  name: string,
  label: string,
  options: Array<{ label: string; value: string; displayOrder: number; hidden: boolean }>,
) {
  return {
    name,
    label,
    type: 'enumeration',
    fieldType: 'select',
    description: '',
    groupName: 'engagement',
    options,
    displayOrder: -1,
    calculated: false,
    externalOptions: false,
    hasUniqueValue: false,
    hidden: false,
    hubspotDefined: true,
    formField: false,
    createdAt: SEED_CREATED_AT,
    updatedAt: SEED_UPDATED_AT,
    archived: false,
    modificationMetadata: { archivable: false, readOnlyDefinition: true, readOnlyValue: false },
  };
}
