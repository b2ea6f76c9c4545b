// Server entry: the HubSpot calls. Used by the app functions and the marketplace backend, never by the card.
export {
  createHubSpotTransport,
  accountKeyOfToken,
  NotSentError,
  isCallFailure,
  DEFAULT_HUBSPOT_BASE_URL,
} from './hubspot-api';
export { createHubSpotApi } from './create-hubspot-api';
export * from './pipeline';
export { createFakeClock, type FakeClock } from './fake-clock';
export {
  meetingFingerprint,
  readFromPrimaryStore,
  readFromSearch,
  verificationRound,
  CLOCK_SKEW_MS,
  MAX_ASSOCIATED_MEETINGS,
  type MeetingFingerprint,
  type ReadVerdict,
} from './verify-meeting';
export { requestFingerprint, requestFingerprintOf } from './request-fingerprint';
export type { ApiRequest, ApiResponse, HubSpotApi } from './hubspot-api';
export { createMeeting } from './create-meeting';
export type { CreatePolicy, MeetingLog } from './create-meeting';
export { loadFormOptions } from './form-options';
export { createOwnerCache, type OwnerCache } from './owner-cache';
export { systemClock, type Clock } from './clock';
export { failure } from './failures';
export { searchOwners } from './search-owners';
export { createSingleFlight, processFormReads, type SingleFlight } from './single-flight';
export * from './card-context';
export { CARD_CATALOGUES, cardMessagesFor, withCardMessages, type CardMessages } from './card-messages';
