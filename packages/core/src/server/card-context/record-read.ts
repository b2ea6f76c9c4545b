import type { RecordType } from '../../record-context';
import type { ApiResponse, HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { sendRead, type ReadOptions } from '../send-read';

// One read of a CRM record with its associations (GET /crm/objects/2026-03/{type}/{id}?properties&associations):
// the primary store, not the search index, and one call for what would otherwise be one call per
// association kind.

export interface RecordWithAssociations {
  id: string;
  properties: Record<string, string | null>;
  /** Associated ids per kind, in HubSpot's order, each once; `primary` are those with a labeled (primary) type. */
  associations: Partial<
    Record<'contacts' | 'companies' | 'deals' | 'meetings', { ids: string[]; primary: string[] }>
  >;
}

interface ObjectAnswer {
  id?: string | number;
  properties?: Record<string, string | null>;
  associations?: Record<string, { results?: Array<{ id?: string | number; type?: string }> }>;
}

export type RecordRead = { ok: true; record: RecordWithAssociations } | { ok: false; response: ApiResponse };

export async function readRecord(
  api: HubSpotApi,
  type: RecordType,
  id: string,
  wanted: { properties: string[]; associations: string[] },
  reads: ReadOptions,
): Promise<RecordRead> {
  const response = await sendRead(
    api,
    {
      method: 'GET',
      path: `/crm/objects/2026-03/${type}/${encodeURIComponent(id)}`,
      query: { properties: wanted.properties.join(','), associations: wanted.associations.join(',') },
    },
    reads,
  );
  if (!isSuccess(response)) return { ok: false, response };
  const body = (response.body ?? {}) as ObjectAnswer;
  const associations: RecordWithAssociations['associations'] = {};
  for (const [kind, value] of Object.entries(body.associations ?? {})) {
    const key = kind as keyof RecordWithAssociations['associations'];
    const ids: string[] = [];
    const primary: string[] = [];
    for (const result of value.results ?? []) {
      if (result.id === undefined) continue;
      const resultId = String(result.id);
      if (!ids.includes(resultId)) ids.push(resultId);
      // v3 names: "contact_to_company" is the primary (labeled) type, "..._unlabeled" the plain one.
      if (result.type && !result.type.endsWith('_unlabeled') && !primary.includes(resultId))
        primary.push(resultId);
    }
    associations[key] = { ids, primary };
  }
  return { ok: true, record: { id: String(body.id ?? id), properties: body.properties ?? {}, associations } };
}

/**
 * Whether HubSpot says `contactId` is associated with the record (GET …/{type}/{id}/associations/contacts,
 * paged): the server-side check before a contact the card chose is used on a deal or company.
 */
export function isContactOnRecord(
  api: HubSpotApi,
  type: Exclude<RecordType, 'contacts'>,
  recordId: string,
  contactId: string,
  reads: ReadOptions,
): Promise<{ ok: true; associated: boolean } | { ok: false; response: ApiResponse }> {
  return isAssociated(api, type, recordId, 'contacts', contactId, reads);
}

/**
 * Whether HubSpot lists `toId` among the record's `toType` associations, every page read (an object read
 * inlines only the first ones): the check before an id the card picked is used.
 */
export async function isAssociated(
  api: HubSpotApi,
  type: RecordType,
  recordId: string,
  toType: RecordType,
  toId: string,
  reads: ReadOptions,
): Promise<{ ok: true; associated: boolean } | { ok: false; response: ApiResponse }> {
  let after: string | undefined;
  for (let page = 0; page < 20; page += 1) {
    const response = await sendRead(
      api,
      {
        method: 'GET',
        path: `/crm/objects/2026-03/${type}/${encodeURIComponent(recordId)}/associations/${toType}`,
        query: { limit: '500', ...(after ? { after } : {}) },
      },
      reads,
    );
    if (!isSuccess(response)) return { ok: false, response };
    const body = response.body as {
      results?: Array<{ toObjectId?: string | number }>;
      paging?: { next?: { after?: string } };
    };
    if ((body.results ?? []).some((r) => String(r.toObjectId) === toId))
      return { ok: true, associated: true };
    after = body.paging?.next?.after;
    if (!after) break;
  }
  return { ok: true, associated: false };
}
