import { Alert, Button, DescriptionList, DescriptionListItem, Flex, Text } from '@hubspot/ui-extensions';
import type { BookedMeeting } from '@meeting-card/core';
import type { Translate } from '../i18n';
import { formatMeetingRange } from '../i18n/format';

interface BookingSuccessProps {
  meeting: BookedMeeting;
  t: Translate;
  locale: string;
  /** The contact's own time zone, when HubSpot knows it. */
  contactZone: string | null;
  /** Owner id -> display name, from the form options (ids are shown when a name is unknown). */
  ownerNames: ReadonlyMap<string, string>;
  onBookAnother: () => void;
}

export function BookingSuccess({
  meeting,
  t,
  locale,
  contactZone,
  ownerNames,
  onBookAnother,
}: BookingSuccessProps) {
  const attendees = meeting.attendeeOwnerIds.map((id) => ownerNames.get(id) ?? id);
  return (
    <Flex direction="column" gap="medium">
      <Alert testId="booking-success" variant="success" title={t('success.heading')}>
        <Text format={{ fontWeight: 'bold' }}>{meeting.title}</Text>
        {meeting.recovered ? <Text>{t('success.recovered')}</Text> : null}
      </Alert>
      <DescriptionList direction="column">
        <DescriptionListItem label={t('success.when')}>
          <Text testId="booked-when">
            {formatMeetingRange(meeting.startUtc, meeting.endUtc, meeting.timezone, locale)}
          </Text>
        </DescriptionListItem>
        {contactZone && contactZone !== meeting.timezone ? (
          <DescriptionListItem label={t('success.contactTime')}>
            <Text testId="booked-contact-when">
              {formatMeetingRange(meeting.startUtc, meeting.endUtc, contactZone, locale)}
            </Text>
          </DescriptionListItem>
        ) : null}
        <DescriptionListItem label={t('success.attendees')}>
          <Text testId="booked-attendees">
            {attendees.length > 0 ? attendees.join(', ') : t('success.noAttendees')}
          </Text>
        </DescriptionListItem>
      </DescriptionList>
      <Button testId="book-another" onClick={onBookAnother}>
        {t('success.bookAnother')}
      </Button>
    </Flex>
  );
}
