// @meeting-card/card: the card UI shared by the private and the marketplace projects.
export { MeetingCard, type MeetingCardProps } from './MeetingCard';
export {
  MeetingCardView,
  RECORD_PROPERTIES,
  type CardEnvironment,
  type MeetingCardActions,
  type MeetingCardContext,
  type MeetingCardViewProps,
  type RecordProperties,
} from './components/MeetingCardView';
export {
  createServerlessMeetingServer,
  asCreateResult,
  asOptionsResult,
  FUNCTION_UIDS,
  PROPERTIES_TO_SEND,
  type MeetingServer,
} from './server/meetingServer';
export { pickLanguage, type Language } from './i18n';
export { createFetchMeetingServer, BACKEND_ROUTES, type FetchCaller } from './server/fetch-server';
