// Card-safe entry: no Node APIs, no HubSpot client. The server half is `@meeting-card/core/server`.
export * from './types';
export { LIMITS, LOCATION_TYPES } from './limits';
export { isValidTimeZone, utcToWallClock, wallClockToUtc } from './time';
export { validateMeetingParametersAsCodes, validateMeetingParametersInEnglish } from './input-schema';
export { buildCreateMeetingRequest } from './request-body';
export { mayHaveBooked, type BookingCall } from './outcomes';
