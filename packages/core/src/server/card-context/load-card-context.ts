import type {
  CardContext,
  CardContextResult,
  ContactChoice,
  DealChoice,
  RecordType,
} from '../../record-context';
import { isRecordId } from '../../request-body';
import { isValidTimeZone } from '../../time';
import type { SlotSource } from '../../slots';
import { systemClock, type Clock } from '../clock';
import { failure, failureFromResponse } from '../failures';
import { isCallFailure, type HubSpotApi } from '../hubspot-api';
import type { ReadOptions } from '../send-read';
import { batchRead, dealChoice } from './batch-read';
import { meetingsOfRecord } from './meetings-of-record';
import { readRecord } from './record-read';
import { processRecordFacts, type RecordFacts } from './record-facts';
import { loadSlotSource } from './slot-source';

export interface CardContextDeps {
  api: HubSpotApi;
  clock?: Clock;
  timeoutMs?: number;
  /** Where the contact's primary company is remembered for the booking that follows (default: the process's). */
  recordFacts?: RecordFacts;
}

export interface CardContextRequest {
  /** Trusted: the record type and id HubSpot vouched for. */
  recordType: RecordType;
  recordId: unknown;
  /** Trusted as the signed-in user (context.user.id / the signed request). */
  organizerUserId: string;
  /** Untrusted: the zone the card shows times in (availability is asked in it). */
  timeZone: unknown;
}

const WANTED: Record<RecordType, { properties: string[]; associations: string[] }> = {
  contacts: {
    properties: ['firstname', 'lastname', 'email', 'associatedcompanyid', 'company'],
    // Not deals: the contact's deals are their own request (contact-deals.ts), beside this one.
    associations: ['meetings'],
  },
  deals: {
    properties: ['dealname', 'dealstage', 'amount'],
    associations: ['meetings', 'contacts', 'companies'],
  },
  companies: { properties: ['name'], associations: ['meetings', 'contacts'] },
};
const MAX_CONTACT_CHOICES = 100;

const nameOf = (p: Record<string, string | null>) =>
  [p.firstname, p.lastname].filter(Boolean).join(' ') || p.email || '';

/**
 * The record's context for the card, in parallel: the record with its associations (one read), then the
 * meetings (one batch read), on a deal or company its contacts (one batch read) and a deal's company, and
 * the organizer's free time (meeting links, availability page). On a contact, its open deals are not read
 * here: the card asks for them beside this load (loadContactDeals), so this stays within the issue's
 * 6-call budget. Optional parts the app may not read are left out and named in `limited`; only a failed
 * record read fails the whole.
 */
export async function loadCardContext(
  deps: CardContextDeps,
  request: CardContextRequest,
): Promise<CardContextResult> {
  if (!isRecordId(request.recordId)) return failure('NO_CONTACT', 'Open a contact, deal or company record.');
  const recordId = String(request.recordId);
  const timeZone =
    typeof request.timeZone === 'string' && isValidTimeZone(request.timeZone) ? request.timeZone : 'UTC';
  const clock = deps.clock ?? systemClock;
  const now = clock.now();
  const reads: ReadOptions = { now: clock.now, deadline: now + (deps.timeoutMs ?? 8_000), timeoutMs: 4_000 };
  const limited = new Set<CardContext['limited'][number]>();
  const slotsRead: Promise<SlotSource> = loadSlotSource(deps.api, request.organizerUserId, timeZone, reads);
  try {
    const read = await readRecord(deps.api, request.recordType, recordId, WANTED[request.recordType], reads);
    if (!read.ok) return failureFromResponse(read.response, clock.now(), { kind: 'contact', id: recordId });
    const { record } = read;
    const assoc = record.associations;
    const p = record.properties;

    const meetingsRead = meetingsOfRecord(deps.api, assoc.meetings?.ids ?? [], now, reads);
    let contacts: ContactChoice[] = [];
    // On a contact: filled by its own request (loadContactDeals).
    let deals: DealChoice[] = [];
    let company: CardContext['company'] = null;
    let selectedContactId: string | null = null;

    if (request.recordType === 'contacts') {
      selectedContactId = recordId;
      contacts = [{ id: recordId, name: nameOf(p), ...(p.email ? { email: p.email } : {}) }];
      if (p.associatedcompanyid && isRecordId(p.associatedcompanyid))
        company = { id: p.associatedcompanyid, ...(p.company ? { name: p.company } : {}) };
      (deps.recordFacts ?? processRecordFacts).rememberPrimaryCompany(
        deps.api.accountKey,
        recordId,
        company?.id ?? null,
      );
    } else {
      const contactIds = (assoc.contacts?.ids ?? []).slice(0, MAX_CONTACT_CHOICES);
      const contactsRead = contactIds.length
        ? batchRead(deps.api, 'contacts', contactIds, ['firstname', 'lastname', 'email'], reads)
        : Promise.resolve([]);
      if (request.recordType === 'deals') {
        deals = [dealChoice(recordId, p)];
        const companyId = assoc.companies?.primary[0] ?? assoc.companies?.ids[0];
        if (companyId) {
          const answer = await batchRead(deps.api, 'companies', [companyId], ['name'], reads);
          if (answer === 'forbidden') limited.add('companies');
          const name = answer === 'forbidden' ? undefined : answer[0]?.properties.name;
          company = { id: companyId, ...(name ? { name } : {}) };
        }
      } else {
        company = { id: recordId, ...(p.name ? { name: p.name } : {}) };
      }
      const answer = await contactsRead;
      if (answer !== 'forbidden') {
        // Keep HubSpot's association order: the first is preselected.
        const byId = new Map(answer.map((c) => [c.id, c]));
        contacts = contactIds.flatMap((id) => {
          const c = byId.get(id);
          return c
            ? [
                {
                  id,
                  name: nameOf(c.properties) || id,
                  ...(c.properties.email ? { email: c.properties.email } : {}),
                },
              ]
            : [];
        });
      }
      selectedContactId = contacts[0]?.id ?? null;
    }

    const [meetings, slots] = await Promise.all([meetingsRead, slotsRead]);
    if (slots.kind === 'none' && slots.reason === 'missing_scope') limited.add('slots');
    return {
      ok: true,
      context: {
        recordType: request.recordType,
        recordId,
        contacts,
        selectedContactId,
        company,
        deals,
        meetings: meetings.ok ? meetings.meetings : [],
        slots,
        limited: [...limited],
      },
    };
  } catch (error) {
    if (isCallFailure(error))
      return failure('HUBSPOT_UNAVAILABLE', 'HubSpot could not be reached. Try again in a moment.', {
        retryable: true,
      });
    throw error;
  }
}
