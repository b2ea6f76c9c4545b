import { Alert, Button, DescriptionList, DescriptionListItem, Flex, Text } from '@hubspot/ui-extensions';
import type { BookedMeeting, MeetingParameters, MeetingTypeOption } from '@meeting-card/core';
import { REMINDER_PRESETS, type ReminderPreset } from '../form/bookingForm';
import { describeCause, type Translate } from '../i18n';
import { formatMeetingRange } from '../i18n/format';

interface BookingSuccessProps {
  meeting: BookedMeeting;
  /** What the card sent for this booking: the confirmation describes exactly that. */
  sent: MeetingParameters | null;
  t: Translate;
  locale: string;
  /** The rep's own time zone and the contact's, when known. */
  repZone: string | null;
  contactZone: string | null;
  /** Owner id -> display name, from the form options (ids are shown when a name is unknown). */
  ownerNames: ReadonlyMap<string, string>;
  meetingTypes: readonly MeetingTypeOption[];
  onBookAnother: () => void;
}

export function BookingSuccess({
  meeting,
  sent,
  t,
  locale,
  repZone,
  contactZone,
  ownerNames,
  meetingTypes,
  onBookAnother,
}: BookingSuccessProps) {
  const attendees = meeting.attendeeOwnerIds.map((id) => ownerNames.get(id) ?? id);
  const when = (zone: string) => formatMeetingRange(meeting.startUtc, meeting.endUtc, zone, locale);
  const reminders = (sent?.reminders ?? []).map((reminder) => {
    const preset = (Object.keys(REMINDER_PRESETS) as ReminderPreset[]).find(
      (key) =>
        REMINDER_PRESETS[key].numberOfTimeUnits === reminder.numberOfTimeUnits &&
        REMINDER_PRESETS[key].timeUnit === reminder.timeUnit,
    );
    return preset ? t(`reminder.${preset}`) : `${reminder.numberOfTimeUnits} ${reminder.timeUnit}`;
  });
  const meetingType = sent?.activityType
    ? (meetingTypes.find((type) => type.value === sent.activityType)?.label ?? sent.activityType)
    : undefined;
  const location = sent?.location
    ? `${sent.locationType ? `${t(`locationType.${sent.locationType}`)}: ` : ''}${sent.location}`
    : sent?.locationType
      ? t(`locationType.${sent.locationType}`)
      : undefined;
  return (
    <Flex direction="column" gap="medium">
      <Alert testId="booking-success" variant="success" title={t('success.heading')}>
        <Text format={{ fontWeight: 'bold' }}>{meeting.title}</Text>
        {meeting.recovered ? (
          <Text testId="booking-recovered">
            {t('success.recovered', { cause: describeCause(t, meeting.recoveredFrom, 'unconfirmed') })}
          </Text>
        ) : null}
      </Alert>
      <DescriptionList direction="column">
        <DescriptionListItem label={t('success.when')}>
          <Text testId="booked-when">{when(meeting.timezone)}</Text>
        </DescriptionListItem>
        {repZone && repZone !== meeting.timezone ? (
          <DescriptionListItem label={t('success.yourTime')}>
            <Text testId="booked-your-when">{when(repZone)}</Text>
          </DescriptionListItem>
        ) : null}
        {contactZone && contactZone !== meeting.timezone ? (
          <DescriptionListItem label={t('success.contactTime')}>
            <Text testId="booked-contact-when">{when(contactZone)}</Text>
          </DescriptionListItem>
        ) : null}
        {location ? (
          <DescriptionListItem label={t('success.location')}>
            <Text testId="booked-location">{location}</Text>
          </DescriptionListItem>
        ) : null}
        <DescriptionListItem label={t('success.attendees')}>
          <Text testId="booked-attendees">
            {attendees.length > 0 ? attendees.join(', ') : t('success.noAttendees')}
          </Text>
        </DescriptionListItem>
        {meetingType ? (
          <DescriptionListItem label={t('success.meetingType')}>
            <Text testId="booked-meeting-type">{meetingType}</Text>
          </DescriptionListItem>
        ) : null}
        {reminders.length > 0 ? (
          <DescriptionListItem label={t('success.reminders')}>
            <Text testId="booked-reminders">{reminders.join(', ')}</Text>
          </DescriptionListItem>
        ) : null}
      </DescriptionList>
      <Button testId="book-another" onClick={onBookAnother}>
        {t('success.bookAnother')}
      </Button>
    </Flex>
  );
}
