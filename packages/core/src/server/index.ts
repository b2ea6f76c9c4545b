// Server entry: the HubSpot calls. Used by the app functions and the marketplace backend, never by the card.
export { createHubSpotApi, hubSpotApiFromEnv, TransportError, DEFAULT_HUBSPOT_BASE_URL } from './hubspot-api';
export type { ApiRequest, ApiResponse, HubSpotApi, HubSpotApiConfig, HttpMethod } from './hubspot-api';
export { createMeeting, DEFAULT_CREATE_POLICY } from './create-meeting';
export type { CreateMeetingCall, CreatePolicy, MeetingDeps, MeetingLog } from './create-meeting';
export { loadFormOptions, DEFAULT_MAX_OWNERS } from './form-options';
export type { FormOptionsDeps } from './form-options';
export { createOwnerCache, processOwnerCache, type OwnerCache } from './owner-cache';
export { systemClock, type Clock } from './clock';
export { failure } from './failures';
