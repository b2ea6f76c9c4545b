import {
  MeetingCardView,
  RECORD_PROPERTIES,
  type CardEnvironment,
  type MeetingCardActions,
  type MeetingCardContext,
} from './components/MeetingCardView';
import { useRecordProperties } from './hooks/useRecordProperties';
import type { MeetingServer } from './server/meetingServer';

export interface MeetingCardProps {
  context: MeetingCardContext;
  /** HubSpot's card actions: refreshObjectProperties after a booking, fetchCrmObjectProperties for the record. */
  actions: MeetingCardActions & {
    fetchCrmObjectProperties: (names: string[]) => Promise<Record<string, string | null>>;
  };
  server: MeetingServer;
  /** The clock and the rep's zone; the runtime's unless a test or the workbench sets them. */
  environment?: CardEnvironment;
}

/**
 * The meeting card on a contact record. The form renders at once; the record's properties
 * (for the title, the phone and the contact's time zone) fill the suggestions in when they arrive.
 */
export function MeetingCard({ context, actions, server, environment }: MeetingCardProps) {
  const record = useRecordProperties(actions.fetchCrmObjectProperties, RECORD_PROPERTIES);
  return (
    <MeetingCardView
      context={context}
      actions={actions}
      server={server}
      record={record}
      environment={environment}
    />
  );
}
