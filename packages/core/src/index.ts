// Card-safe entry: no Node APIs, no HubSpot client. The server half is `@meeting-card/core/server`.
export * from './types';
export { LIMITS, LOCATION_TYPES } from './limits';
export { isValidTimeZone, utcToWallClock, wallClockToUtc } from './time';
export { validateMeetingParametersAsCodes, validateMeetingParametersInEnglish } from './input-schema';
export { buildCreateMeetingRequest } from './request-body';
export { mayHaveBooked, type BookingCall } from './outcomes';
// Issue 10: free slots, conflicts, the record's context.
export {
  freeIntervals,
  freeSlots,
  mergeRanges,
  nextFreeSlots,
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
export * from './messages';
