import { hubspot } from '@hubspot/ui-extensions';
import { MeetingCard, createServerlessMeetingServer } from '@meeting-card/card';

// The private project's card: the shared card, talking to this app's functions through
// hubspot.serverless. Everything else lives in packages/card.
const server = createServerlessMeetingServer();

hubspot.extend<'crm.record.tab'>(({ context, actions }) => (
  <MeetingCard context={context} actions={actions} server={server} />
));
