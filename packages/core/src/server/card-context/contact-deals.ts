import type { ContactDealsResult, DealChoice } from '../../record-context';
import { isRecordId } from '../../request-body';
import { systemClock } from '../clock';
import { failure, failureFromResponse } from '../failures';
import { isCallFailure } from '../hubspot-api';
import type { ReadOptions } from '../send-read';
import { batchRead, dealChoice } from './batch-read';
import type { CardContextDeps } from './load-card-context';
import { readRecord } from './record-read';

/**
 * A contact's open deals, for the card's optional "also link a deal" choice: its own request, fired beside
 * the card's main load (which leaves deals out, to stay within its HubSpot call budget). The contact is the
 * record HubSpot vouched for; its deals are the ones HubSpot lists on it (GET …/contacts/{id}?associations=deals),
 * in HubSpot's order, then one batch read for their names and stages, closed ones dropped. No deal
 * associations: that one call, no batch read. Without the deals read scope: no deals, `limited: ['deals']`.
 */
export async function loadContactDeals(
  deps: CardContextDeps,
  request: { recordId: unknown },
): Promise<ContactDealsResult> {
  if (!isRecordId(request.recordId)) return failure('NO_CONTACT', 'Open a contact record.');
  const recordId = String(request.recordId);
  const clock = deps.clock ?? systemClock;
  const reads: ReadOptions = {
    now: clock.now,
    deadline: clock.now() + (deps.timeoutMs ?? 8_000),
    timeoutMs: 4_000,
  };
  try {
    const read = await readRecord(
      deps.api,
      'contacts',
      recordId,
      { properties: ['hs_object_id'], associations: ['deals'] },
      reads,
    );
    // Refused for the deal associations asked (the contact itself is read by the main load): no deals.
    if (!read.ok && read.response.status === 403) return { ok: true, deals: [], limited: ['deals'] };
    if (!read.ok) return failureFromResponse(read.response, clock.now(), { kind: 'contact', id: recordId });
    const dealIds = read.record.associations.deals?.ids ?? [];
    if (!dealIds.length) return { ok: true, deals: [], limited: [] };
    const answer = await batchRead(
      deps.api,
      'deals',
      dealIds,
      ['dealname', 'dealstage', 'amount', 'hs_is_closed'],
      reads,
    );
    if (answer === 'forbidden') return { ok: true, deals: [], limited: ['deals'] };
    // HubSpot's association order, not the batch answer's.
    const byId = new Map(answer.map((d) => [d.id, d]));
    const deals: DealChoice[] = dealIds.flatMap((id) => {
      const d = byId.get(id);
      return d && d.properties.hs_is_closed !== 'true' ? [dealChoice(id, d.properties)] : [];
    });
    return { ok: true, deals, limited: [] };
  } catch (error) {
    if (isCallFailure(error))
      return failure('HUBSPOT_UNAVAILABLE', 'HubSpot could not be reached. Try again in a moment.', {
        retryable: true,
      });
    throw error;
  }
}
