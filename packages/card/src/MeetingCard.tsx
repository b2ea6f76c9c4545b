import { useCrmProperties } from '@hubspot/ui-extensions/crm';
import {
  MeetingCardView,
  RECORD_PROPERTIES,
  type MeetingCardActions,
  type MeetingCardContext,
} from './components/MeetingCardView';
import type { MeetingServer } from './server/meetingServer';

export interface MeetingCardProps {
  context: MeetingCardContext;
  actions: MeetingCardActions;
  server: MeetingServer;
}

const PROPERTY_NAMES = [...RECORD_PROPERTIES];

/**
 * The meeting card on a contact record. The record's properties come from HubSpot itself
 * (`useCrmProperties`), never from a call of ours; the form renders at once and fills the
 * suggestions in when they arrive.
 */
export function MeetingCard({ context, actions, server }: MeetingCardProps) {
  const { properties } = useCrmProperties(PROPERTY_NAMES);
  return <MeetingCardView context={context} actions={actions} server={server} record={properties} />;
}
