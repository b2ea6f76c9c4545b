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
  type MeetingAssociations,
} from './request-body';
export { mayHaveBooked } from './outcomes';
// Issue 10: free slots, conflicts, the record's context.
export {
  freeSlots,
  mergeRanges,
  slotsInWindows,
  workingWindows,
  DEFAULT_SLOT_LIMIT,
  type SlotSource,
  type SlotOptions,
  type TimeRange,
  type WorkingHours,
} from './slots';
export { findConflicts, type Conflict, type ContactMeeting, type PlannedMeeting } from './conflicts';
export * from './record-context';
