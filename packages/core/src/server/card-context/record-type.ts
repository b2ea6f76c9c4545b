import { RECORD_TYPE_IDS, RECORD_TYPES, type RecordType } from '../../record-context';

export { RECORD_PROPERTIES_TO_SEND } from '../../record-context';

// Which record the card is on, for an app function: the card names the type, and HubSpot's
// `propertiesToSend` must agree. Each type is vouched for by a property only it has, which the card asks
// HubSpot to send; a card that claims "deals" on a contact record gets no `dealname` and is refused.

const MARKERS: Record<RecordType, string[]> = {
  contacts: ['email', 'firstname', 'lastname'],
  deals: ['dealname'],
  companies: ['domain', 'name'],
};

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The trusted record type: `claimed` (a type name or object type id from the card) when a property only
 * that type has came from HubSpot and none of another type's did. No claim: a contact (the card before
 * issue 10 sent none). Undefined when they disagree.
 */
export function trustedRecordType(
  claimed: unknown,
  propertiesToSend: Record<string, unknown> | undefined,
): RecordType | undefined {
  if (claimed === undefined || claimed === null || claimed === '') return 'contacts';
  const type =
    typeof claimed === 'string'
      ? (RECORD_TYPES.find((t) => t === claimed) ?? RECORD_TYPE_IDS[claimed])
      : undefined;
  if (!type) return undefined;
  if (type === 'contacts') {
    // Contacts predate the markers: refuse only when another type's marker came.
    const other = [...MARKERS.deals, ...MARKERS.companies].some((p) => present(propertiesToSend?.[p]));
    return other ? undefined : 'contacts';
  }
  const own = MARKERS[type].some((p) => present(propertiesToSend?.[p]));
  const others = RECORD_TYPES.filter((t) => t !== type).some((t) =>
    MARKERS[t].some((p) => present(propertiesToSend?.[p])),
  );
  return own && !others ? type : undefined;
}
