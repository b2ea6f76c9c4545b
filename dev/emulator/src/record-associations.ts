// Contact ↔ company, contact ↔ deal and deal ↔ company associations of the seeded records, with the
// HUBSPOT_DEFINED type ids HubSpot documents for them ("Primary" labels included).
import type { SeedAccount } from './types';

export type RecordKind = 'contacts' | 'companies' | 'deals';

export interface AssociationType {
  category: 'HUBSPOT_DEFINED' | 'USER_DEFINED';
  typeId: number;
  label?: string;
}

export interface AssociatedRecord {
  id: string;
  types: AssociationType[];
}

/** HubSpot-defined type ids between these objects: [unlabeled, Primary] for each direction. */
const TYPE_IDS = {
  contactToCompany: { unlabeled: 279, primary: 1 },
  companyToContact: { unlabeled: 280, primary: 2 },
  dealToContact: { unlabeled: 3 },
  contactToDeal: { unlabeled: 4 },
  dealToCompany: { unlabeled: 341, primary: 5 },
  companyToDeal: { unlabeled: 342, primary: 6 },
} as const;

const unlabeled = (typeId: number): AssociationType => ({ category: 'HUBSPOT_DEFINED', typeId });
const primary = (typeId: number): AssociationType => ({
  category: 'HUBSPOT_DEFINED',
  typeId,
  label: 'Primary',
});

export function recordAssociations(
  account: SeedAccount,
  from: RecordKind,
  to: RecordKind,
  id: string,
): AssociatedRecord[] {
  const companies = account.companies ?? [];
  const deals = account.deals ?? [];
  const contact = account.contacts.find((c) => c.id === id);
  if (from === 'contacts' && to === 'companies') {
    return companies
      .filter((c) => c.contactIds.includes(id))
      .map((c) => ({
        id: c.id,
        types:
          contact?.primaryCompanyId === c.id
            ? [primary(TYPE_IDS.contactToCompany.primary), unlabeled(TYPE_IDS.contactToCompany.unlabeled)]
            : [unlabeled(TYPE_IDS.contactToCompany.unlabeled)],
      }));
  }
  if (from === 'companies' && to === 'contacts') {
    const company = companies.find((c) => c.id === id);
    return (company?.contactIds ?? []).map((contactId) => ({
      id: contactId,
      types:
        account.contacts.find((c) => c.id === contactId)?.primaryCompanyId === id
          ? [primary(TYPE_IDS.companyToContact.primary), unlabeled(TYPE_IDS.companyToContact.unlabeled)]
          : [unlabeled(TYPE_IDS.companyToContact.unlabeled)],
    }));
  }
  if (from === 'contacts' && to === 'deals') {
    return deals
      .filter((d) => d.contactIds.includes(id))
      .map((d) => ({ id: d.id, types: [unlabeled(TYPE_IDS.contactToDeal.unlabeled)] }));
  }
  if (from === 'deals' && to === 'contacts') {
    const deal = deals.find((d) => d.id === id);
    return (deal?.contactIds ?? []).map((contactId) => ({
      id: contactId,
      types: [unlabeled(TYPE_IDS.dealToContact.unlabeled)],
    }));
  }
  if (from === 'deals' && to === 'companies') {
    const deal = deals.find((d) => d.id === id);
    return (deal?.companyIds ?? []).map((companyId, i) => ({
      id: companyId,
      types:
        i === 0
          ? [primary(TYPE_IDS.dealToCompany.primary), unlabeled(TYPE_IDS.dealToCompany.unlabeled)]
          : [unlabeled(TYPE_IDS.dealToCompany.unlabeled)],
    }));
  }
  if (from === 'companies' && to === 'deals') {
    return deals
      .filter((d) => d.companyIds.includes(id))
      .map((d) => ({
        id: d.id,
        types:
          d.companyIds[0] === id
            ? [primary(TYPE_IDS.companyToDeal.primary), unlabeled(TYPE_IDS.companyToDeal.unlabeled)]
            : [unlabeled(TYPE_IDS.companyToDeal.unlabeled)],
      }));
  }
  return [];
}

type AnyKind = RecordKind | 'meetings';
const SINGULAR: Record<AnyKind, string> = {
  contacts: 'contact',
  companies: 'company',
  deals: 'deal',
  meetings: 'meeting',
};
const PLURAL: Record<string, AnyKind> = {
  contacts: 'contacts',
  contact: 'contacts',
  companies: 'companies',
  company: 'companies',
  deals: 'deals',
  deal: 'deals',
  meetings: 'meetings',
  meeting: 'meetings',
};

/**
 * The `associations` part of a CRM object read (`GET /crm/objects/2026-03/{type}/{id}?associations=…`):
 * `{ companies: { results: [{ id, type: 'contact_to_company' }, { id, type: 'contact_to_company_unlabeled' }] } }`.
 * A primary association is listed twice, as HubSpot does: once labeled, once unlabeled. Only kinds with
 * results appear. Meeting associations follow the meetings' associationRead lag (`visibleMeetingIds`).
 */
export function objectReadAssociations(
  account: SeedAccount,
  from: RecordKind,
  id: string,
  wanted: string[],
  meetingIdsOf: (kind: RecordKind, id: string) => string[],
): Record<string, { results: Array<{ id: string; type: string }> }> {
  const out: Record<string, { results: Array<{ id: string; type: string }> }> = {};
  for (const name of wanted) {
    const to = PLURAL[name.toLowerCase()];
    if (!to || to === from) continue;
    const base = `${SINGULAR[from]}_to_${SINGULAR[to]}`;
    const results =
      to === 'meetings'
        ? meetingIdsOf(from, id).map((mid) => ({ id: mid, type: base }))
        : recordAssociations(account, from, to, id).flatMap((r) =>
            r.types.map((t) => ({ id: r.id, type: t.label ? base : `${base}_unlabeled` })),
          );
    if (results.length) out[to] = { results };
  }
  return out;
}
