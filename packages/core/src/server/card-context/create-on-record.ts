import type { RecordType } from '../../record-context';
import { validateMeetingParametersInEnglish } from '../../input-schema';
import { isRecordId, type CreateMeetingBody } from '../../request-body';
import type { CreateMeetingResult, FieldIssues } from '../../types';
import { systemClock } from '../clock';
import { createMeeting, DEFAULT_CREATE_POLICY, type MeetingDeps } from '../create-meeting';
import { failure, failureFromResponse } from '../failures';
import { concurrentReads } from '../concurrent-reads';
import { isCallFailure } from '../hubspot-api';
import { processOwnerCache } from '../owner-cache';
import { resolveOrganizerOwnerId } from '../owners';
import type { ReadOptions } from '../send-read';
import {
  meetingAssociationTypes,
  processAssociationTypes,
  type AssociationTypeCache,
} from './association-types';
import { processRecordFacts, type RecordFacts } from './record-facts';
import { isAssociated, isContactOnRecord, readRecord } from './record-read';

export interface CreateOnRecordDeps extends MeetingDeps {
  associationTypes?: AssociationTypeCache;
  /** What this process last read of the contact (default: the process's): a booking after the load reads nothing. */
  recordFacts?: RecordFacts;
}

export interface CreateOnRecordCall {
  /** Untrusted: what the card sent (the form, plus `contactId` on a deal or company and `dealId`). */
  parameters: unknown;
  /** Trusted: the record HubSpot vouched for. */
  recordType: RecordType;
  recordId: unknown;
  /**
   * Trusted, contacts only: the contact's primary company as HubSpot handed it to an app function
   * (`propertiesToSend.associatedcompanyid`; '' or null: none). Absent: not vouched for.
   */
  vouchedCompanyId?: unknown;
}

/** The extras the card may send beside the form: both untrusted, both checked against HubSpot. */
function extrasOf(parameters: unknown): { contactId?: unknown; dealId?: unknown } {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) return {};
  const { contactId, dealId } = parameters as Record<string, unknown>;
  return { contactId, dealId };
}

/** A refused pick, keyed like a field (`fields.contactId` / `fields.dealId`) so the card shows it by its picker. */
const fieldFailure = (field: 'contactId' | 'dealId', message: string) =>
  failure('VALIDATION_ERROR', 'Some fields need attention.', {
    // Not fields of the form's MeetingParameters, hence the cast: the pickers live beside the form.
    fields: { [field]: { code: 'unknown_id', message } } as FieldIssues,
  });

/**
 * Books a meeting from a contact, deal or company record, associated with the contact, its company and
 * (when picked, or when on a deal) the deal — each id from what HubSpot says about the trusted record:
 * - contact record: the contact is the record; the company is its primary company (associatedcompanyid);
 *   a picked deal must be one of the contact's deals;
 * - deal record: the chosen contact must be associated with the deal; the company is the deal's primary one;
 * - company record: the chosen contact must be associated with the company.
 * Type ids come from the labels API, cached per account, with HubSpot's defined ids as the fallback.
 * Then the ordinary exactly-once create (create-meeting.ts) with those associations in its one body.
 */
export async function createMeetingOnRecord(
  deps: CreateOnRecordDeps,
  call: CreateOnRecordCall,
): Promise<CreateMeetingResult> {
  if (!isRecordId(call.recordId))
    return failure('NO_CONTACT', 'Open a contact, deal or company record to book a meeting.');
  const recordId = String(call.recordId);
  const extras = extrasOf(call.parameters);
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const startedAt = clock.now();
  // The checks spend at most a third of the budget; the create keeps the rest (its own deadline).
  const reads: ReadOptions = {
    now: clock.now,
    deadline: clock.now() + policy.totalBudgetMs / 3,
    timeoutMs: policy.readTimeoutMs,
  };

  // Bad input is answered before anything is sent to HubSpot, the checks below included.
  const validation = validateMeetingParametersInEnglish(call.parameters);
  if (!validation.ok)
    return failure('VALIDATION_ERROR', 'Some fields need attention.', { fields: validation.fields });
  // Checking on an earlier attempt only reads meetings of the contact: no associations to build.
  if (validation.value.checkExisting && call.recordType === 'contacts')
    return createMeeting(deps, { parameters: call.parameters, contactId: recordId });
  if (
    extras.dealId !== undefined &&
    extras.dealId !== null &&
    extras.dealId !== '' &&
    !isRecordId(extras.dealId)
  )
    return fieldFailure('dealId', 'Pick one of the listed deals.');
  if (call.recordType !== 'contacts' && !isRecordId(extras.contactId))
    return fieldFailure('contactId', 'Pick the contact to meet.');

  // The organizer's owner is looked up while the record is checked and the labels are read, not after:
  // the create's own lookup joins this one (shared while under way) or finds it cached.
  resolveOrganizerOwnerId(deps.api, deps.ownerCache ?? processOwnerCache, validation.value.organizerUserId, {
    ...reads,
    deadline: startedAt + policy.totalBudgetMs,
  }).catch(() => undefined);

  try {
    let contactId: string;
    let companyId: string | undefined;
    let dealId: string | undefined;
    if (call.recordType === 'contacts') {
      contactId = recordId;
      const wantsDeal = isRecordId(extras.dealId);
      const facts = deps.recordFacts ?? processRecordFacts;
      // Without a deal to check, what HubSpot already said of the contact's company is enough.
      const known = wantsDeal
        ? undefined
        : knownCompany(call.vouchedCompanyId, facts, deps.api.accountKey, recordId);
      if (known !== undefined) companyId = known ?? undefined;
      const read =
        known !== undefined
          ? null
          : await concurrentReads
              .run(
                `contact\u0000${deps.api.accountKey}\u0000${recordId}\u0000${wantsDeal ? 'deals' : ''}`,
                () =>
                  readRecord(
                    deps.api,
                    'contacts',
                    recordId,
                    { properties: ['associatedcompanyid'], associations: wantsDeal ? ['deals'] : [] },
                    reads,
                  ),
              )
              .catch((error: unknown) => {
                // Without a deal to check, a contact HubSpot did not answer for only costs the company
                // association (nothing was sent yet): book anyway. With one, refuse as below.
                if (!wantsDeal && isCallFailure(error)) return null;
                throw error;
              });
      if (read && !read.ok && wantsDeal)
        return failureFromResponse(read.response, clock.now(), { kind: 'contact', id: recordId });
      // Without a deal to check, an unreadable contact only costs the company association: book anyway.
      if (read?.ok) {
        const primary = read.record.properties.associatedcompanyid;
        companyId = primary && isRecordId(primary) ? primary : undefined;
        facts.rememberPrimaryCompany(deps.api.accountKey, recordId, companyId ?? null);
      }
      if (wantsDeal && read?.ok) {
        dealId = String(extras.dealId);
        // The object read may list only the contact's first deals: page the rest before refusing.
        if (!read.record.associations.deals?.ids.includes(dealId)) {
          const paged = await isAssociated(deps.api, 'contacts', recordId, 'deals', dealId, reads);
          if (!paged.ok)
            return failureFromResponse(paged.response, clock.now(), { kind: 'contact', id: recordId });
          if (!paged.associated)
            return fieldFailure('dealId', 'That deal is not associated with this contact in HubSpot.');
        }
      }
    } else {
      contactId = String(extras.contactId);
      const read = await readRecord(
        deps.api,
        call.recordType,
        recordId,
        {
          properties: [],
          associations: call.recordType === 'deals' ? ['contacts', 'companies'] : ['contacts'],
        },
        reads,
      );
      if (!read.ok) return failureFromResponse(read.response, clock.now(), { kind: 'contact', id: recordId });
      // The trust rule: a contact the card chose counts only if HubSpot lists it on the record.
      // An object read may list only the first associations of a big record: page the rest before refusing.
      if (!read.record.associations.contacts?.ids.includes(contactId)) {
        const paged = await isContactOnRecord(deps.api, call.recordType, recordId, contactId, reads);
        if (!paged.ok)
          return failureFromResponse(paged.response, clock.now(), { kind: 'contact', id: contactId });
        if (!paged.associated)
          return fieldFailure('contactId', 'That contact is not associated with this record in HubSpot.');
      }
      if (call.recordType === 'deals') {
        dealId = recordId;
        const companies = read.record.associations.companies;
        companyId = companies?.primary[0] ?? companies?.ids[0];
      } else {
        companyId = recordId;
      }
    }
    // Only the kinds this meeting is associated with: a contact-only booking reads no company label.
    const types = await meetingAssociationTypes(
      deps.api,
      deps.associationTypes ?? processAssociationTypes,
      reads,
      ['contacts', ...(companyId ? (['companies'] as const) : []), ...(dealId ? (['deals'] as const) : [])],
    );
    const extra: CreateMeetingBody['associations'] = [];
    if (companyId)
      extra.push({
        to: { id: companyId },
        types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: types.companies }],
      });
    if (dealId)
      extra.push({
        to: { id: dealId },
        types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: types.deals }],
      });
    // The checks came out of the same budget: the create gets what is left (it never sends without a full try).
    const left = Math.max(0, policy.totalBudgetMs - (clock.now() - startedAt));
    return await createMeeting(
      { ...deps, policy: { ...deps.policy, totalBudgetMs: left } },
      {
        parameters: call.parameters,
        contactId,
        associations: { contactTypeId: types.contacts, extra },
      },
    );
  } catch (error) {
    if (isCallFailure(error))
      return failure(
        'HUBSPOT_UNAVAILABLE',
        'HubSpot could not be reached. Nothing was booked; try again in a moment.',
        {
          retryable: true,
        },
      );
    throw error;
  }
}

/** The contact's company as HubSpot vouched for it in this call, else as this process last read it. */
function knownCompany(
  vouched: unknown,
  facts: RecordFacts,
  accountKey: string,
  contactId: string,
): string | null | undefined {
  if (vouched === '' || vouched === null) return null;
  if (isRecordId(vouched)) return String(vouched);
  return facts.primaryCompany(accountKey, contactId);
}
