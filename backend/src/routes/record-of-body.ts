import { RECORD_TYPE_IDS, RECORD_TYPES, type RecordType } from '@meeting-card/core';

/**
 * The record the card is on, from the signed body (issue 10): `recordType` (a type name or object type id,
 * context.crm.objectTypeId; absent = contacts, as cards before issue 10 sent none) and `recordId`
 * (context.crm.objectId; `contactId` is its older name). The signature vouches for both: see caller-identity.ts.
 */
export function recordOfBody(
  body: Record<string, unknown>,
): { ok: true; recordType: RecordType; recordId: unknown } | { ok: false } {
  // The card puts it in the body (form options, outcome) or in the booking's parameters: both are signed.
  const parameters = body.parameters;
  const claimed =
    body.recordType ??
    (typeof parameters === 'object' && parameters !== null
      ? (parameters as { recordType?: unknown }).recordType
      : undefined);
  const recordType =
    claimed === undefined || claimed === null || claimed === ''
      ? 'contacts'
      : typeof claimed === 'string'
        ? (RECORD_TYPES.find((t) => t === claimed) ?? RECORD_TYPE_IDS[claimed])
        : undefined;
  if (!recordType) return { ok: false };
  return { ok: true, recordType, recordId: body.recordId ?? body.contactId };
}

/**
 * What the idempotency fingerprint calls the contact: the record id on a contact without a deal (as before
 * issue 10, so keys claimed then still match), else the record, the chosen contact and the deal together.
 */
export function fingerprintContactOf(recordType: RecordType, recordId: unknown, parameters: unknown): string {
  const { contactId, dealId } = (typeof parameters === 'object' && parameters !== null ? parameters : {}) as {
    contactId?: unknown;
    dealId?: unknown;
  };
  if (recordType === 'contacts' && (dealId === undefined || dealId === null || dealId === ''))
    return String(recordId);
  return [
    recordType,
    String(recordId),
    recordType === 'contacts' ? '' : String(contactId),
    String(dealId ?? ''),
  ].join(':');
}
