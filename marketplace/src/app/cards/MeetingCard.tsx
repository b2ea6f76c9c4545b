import { hubspot } from '@hubspot/ui-extensions';
import { MeetingCard, createFetchMeetingServer } from '@meeting-card/card';

// The marketplace project's card: the same shared card as the private project, talking to the app's
// backend through hubspot.fetch instead of app functions (an OAuth app may not have any).
// BACKEND_ORIGIN comes from the profile (src/hsprofile.<env>.json) and is the one origin listed in
// permittedUrls.fetch, so each environment points at its own backend without code changes.
hubspot.extend<'crm.record.tab'>(({ context, actions }) => {
  const server = createFetchMeetingServer(String(context.variables?.BACKEND_ORIGIN ?? ''), {
    portalId: context.portal.id,
    userId: context.user.id,
    contactId: context.crm.objectId,
  });
  return <MeetingCard context={context} actions={actions} server={server} />;
});
