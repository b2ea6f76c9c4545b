import type { DealChoice } from '../../record-context';
import type { HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { sendRead, type ReadOptions } from '../send-read';

export type BatchRecord = { id: string; properties: Record<string, string | null> };

/** POST /crm/objects/2026-03/{type}/batch/read; 'forbidden' when the app lacks the type's read scope. */
export async function batchRead(
  api: HubSpotApi,
  type: 'deals' | 'companies' | 'contacts',
  ids: string[],
  properties: string[],
  reads: ReadOptions,
): Promise<BatchRecord[] | 'forbidden'> {
  const response = await sendRead(
    api,
    {
      method: 'POST',
      path: `/crm/objects/2026-03/${type}/batch/read`,
      body: { inputs: ids.slice(0, 100).map((id) => ({ id })), properties },
    },
    reads,
  );
  if (response.status === 403) return 'forbidden';
  if (!isSuccess(response)) return [];
  const results = (
    response.body as { results?: Array<{ id?: string | number; properties?: Record<string, string | null> }> }
  ).results;
  return (results ?? []).map((r) => ({ id: String(r.id), properties: r.properties ?? {} }));
}

export function dealChoice(id: string, p: Record<string, string | null>): DealChoice {
  return {
    id,
    name: p.dealname ?? id,
    ...(p.dealstage ? { stage: p.dealstage } : {}),
    ...(p.amount ? { amount: p.amount } : {}),
  };
}
