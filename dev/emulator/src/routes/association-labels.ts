// Association types between two object types (HubSpot CRM Associations Schema 2026-03):
// GET /crm/associations/2026-03/{fromObjectType}/{toObjectType}/labels answers
// CollectionResponseAssociationSpecWithLabelNoPaging: { results: [{ category, typeId, label? }] } — the
// HUBSPOT_DEFINED types (unlabeled, and "Primary" where HubSpot has one) plus the account's own labels.
import type { FastifyInstance } from 'fastify';
import { guard, type EmulatorContext } from '../context';
import { validationError } from '../errors';
import { ASSOCIATIONS_READ_SCOPES } from './associations';

type Kind = 'contacts' | 'companies' | 'deals' | 'meetings';
const KINDS: Record<string, Kind> = {
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

/** HUBSPOT_DEFINED [unlabeled, Primary?] type ids per pair "from>to". */
const DEFINED: Record<string, { unlabeled: number; primary?: number }> = {
  'meetings>contacts': { unlabeled: 200 },
  'contacts>meetings': { unlabeled: 199 },
  'meetings>companies': { unlabeled: 188 },
  'companies>meetings': { unlabeled: 187 },
  'meetings>deals': { unlabeled: 212 },
  'deals>meetings': { unlabeled: 211 },
  'contacts>companies': { unlabeled: 279, primary: 1 },
  'companies>contacts': { unlabeled: 280, primary: 2 },
  'deals>contacts': { unlabeled: 3 },
  'contacts>deals': { unlabeled: 4 },
  'deals>companies': { unlabeled: 341, primary: 5 },
  'companies>deals': { unlabeled: 342, primary: 6 },
};

export function registerAssociationLabelRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/crm/associations/2026-03/:fromObjectType/:toObjectType/labels', async (request) => {
    const auth = guard(ctx, request, ASSOCIATIONS_READ_SCOPES);
    const params = request.params as { fromObjectType: string; toObjectType: string };
    const from = kind(params.fromObjectType, 'fromObjectType');
    const to = kind(params.toObjectType, 'toObjectType');
    const defined = DEFINED[`${from}>${to}`];
    const results: Array<{ category: string; typeId: number; label?: string }> = [];
    if (defined) {
      if (defined.primary !== undefined)
        results.push({ category: 'HUBSPOT_DEFINED', typeId: defined.primary, label: 'Primary' });
      results.push({ category: 'HUBSPOT_DEFINED', typeId: defined.unlabeled });
    }
    for (const label of ctx.store.account(auth.portalId)?.associationLabels ?? []) {
      if (label.fromObjectType === from && label.toObjectType === to)
        results.push({ category: 'USER_DEFINED', typeId: label.typeId, label: label.label });
    }
    return { results };
  });
}

function kind(name: string, where: string): Kind {
  const found = KINDS[name.toLowerCase()];
  if (!found)
    throw validationError(`Unable to infer object type from: ${name}`, [
      { message: `unknown object type ${name}`, in: where },
    ]);
  return found;
}
