// Issue 10, server side: the record's context for the card, booking from any record type, outcome changes.
export { loadCardContext, type CardContextDeps, type CardContextRequest } from './load-card-context';
export { loadContactDeals } from './contact-deals';
export { createMeetingOnRecord, type CreateOnRecordCall, type CreateOnRecordDeps } from './create-on-record';
export { setMeetingOutcome, type OutcomeCall, type OutcomeDeps } from './meeting-outcome';
export {
  meetingAssociationTypes,
  createAssociationTypeCache,
  processAssociationTypes,
  DEFINED_MEETING_ASSOCIATION_TYPES,
  type AssociationTypeCache,
} from './association-types';
export { createRecordFacts, processRecordFacts, type RecordFacts } from './record-facts';
export { loadSlotSource, toSlotSource } from './slot-source';
export { meetingsOfRecord } from './meetings-of-record';
export { readRecord, isContactOnRecord } from './record-read';
export { trustedRecordType, RECORD_PROPERTIES_TO_SEND } from './record-type';
