// Card-safe entry: no Node APIs, no HubSpot client. The server half is `@meeting-card/core/server`.
export * from './types';
export { LIMITS, LOCATION_TYPES, MEETING_OUTCOMES, REMINDER_UNITS, REMINDER_UNIT_MINUTES } from './limits';
export {
  isValidTimeZone,
  parseWallClock,
  utcToWallClock,
  wallClockToUtc,
  type WallClockToUtcResult,
} from './time';
export { checkMeetingParameters, validateMeetingParameters, type DescribeIssue } from './input-schema';
export { fieldIssue } from './field-messages';
export {
  buildCreateMeetingRequest,
  isRecordId,
  MEETING_TO_CONTACT_ASSOCIATION,
  type CreateMeetingBody,
  type CreateMeetingRequest,
} from './request-body';
export { mayHaveBooked } from './outcomes';
