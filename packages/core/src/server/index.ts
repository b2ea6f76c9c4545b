// Server entry: the HubSpot calls. Used by the app functions and the marketplace backend, never by the card.
export {
  createHubSpotTransport,
  accountKeyOfToken,
  TransportError,
  NotSentError,
  isCallFailure,
  DEFAULT_HUBSPOT_BASE_URL,
} from './hubspot-api';
export { createHubSpotApi, hubSpotApiFromEnv } from './create-hubspot-api';
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
export type { ApiRequest, ApiResponse, HubSpotApi, HubSpotApiConfig, HttpMethod } from './hubspot-api';
export { createMeeting, DEFAULT_CREATE_POLICY } from './create-meeting';
export type { CreateMeetingCall, CreatePolicy, MeetingDeps, MeetingLog } from './create-meeting';
export { loadFormOptions, DEFAULT_MAX_OWNERS } from './form-options';
export type { FormOptionsDeps } from './form-options';
export { createOwnerCache, processOwnerCache, type OwnerCache } from './owner-cache';
export { systemClock, type Clock } from './clock';
export { failure } from './failures';
export { searchOwners, DEFAULT_MAX_SEARCHED_OWNERS } from './search-owners';
export type { SearchOwnersDeps } from './search-owners';
export { OWNER_QUERY_LIMITS } from './owner-query';
export {
  createOwnerListCache,
  processOwnerListCache,
  type OwnerListCache,
  type OwnerListCacheOptions,
} from './owner-list-cache';
export { createSingleFlight, processFormReads, type SingleFlight } from './single-flight';
export * from './card-context';
