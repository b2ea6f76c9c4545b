import {
  Alert,
  DateInput,
  Flex,
  Form,
  Input,
  LoadingButton,
  MultiSelect,
  Select,
  Text,
  TextArea,
  TimeInput,
  Toggle,
} from '@hubspot/ui-extensions';
import { LIMITS, wallClockToUtc } from '@meeting-card/core';
import type { FieldIssue, FieldIssues, LocationType, MeetingError, MeetingField } from '@meeting-card/core';
import {
  DURATION_PRESETS,
  REMINDER_PRESETS,
  effectiveLocation,
  effectiveTimezone,
  effectiveTitle,
  toWallClock,
  type BookingForm,
  type DurationChoice,
  type FormDefaults,
  type ReminderPreset,
} from '../form/bookingForm';
import type { FormOptionsState } from '../hooks/useFormOptions';
import type { OwnerSearch } from '../hooks/useOwnerSearch';
import { describeIssue, type Translate } from '../i18n';
import { formatInstant } from '../i18n/format';
import { FailureAlert } from './FailureAlert';

const LOCATION_TYPES: readonly LocationType[] = ['PHONE', 'ADDRESS', 'CUSTOM'];
const REMINDER_KEYS = Object.keys(REMINDER_PRESETS) as ReminderPreset[];
/** Parameters with no input of their own: their messages are listed above the button. */
const FIELDLESS: readonly MeetingField[] = [
  'requestId',
  'organizerUserId',
  'outcome',
  'includeDescriptionInReminders',
  'checkExisting',
];

export interface BookingFormViewProps {
  form: BookingForm;
  defaults: FormDefaults;
  contactZone: string | null;
  options: FormOptionsState;
  /** Finds owners past the listed ones; its input shows only when the list was truncated. */
  ownerSearch: OwnerSearch;
  fieldIssues: FieldIssues;
  failure: MeetingError | null;
  submitting: boolean;
  t: Translate;
  locale: string;
  onChange: <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => void;
  onLocationTypeChange: (locationType: LocationType | '') => void;
  onSubmit: () => void;
}

export function BookingFormView(props: BookingFormViewProps) {
  const { form, defaults, contactZone, options, ownerSearch, fieldIssues, failure, submitting, t, locale } =
    props;
  const { onChange } = props;

  // Props that show one field's message (from the core's rules or the server) under that input.
  const issueProps = (issue: FieldIssue | undefined) =>
    issue ? { error: true, validationMessage: describeIssue(t, issue) } : {};

  // The start is one parameter fed by two inputs: a missing date is the date's fault, else the time's.
  const startIssue = fieldIssues.start;
  const endIssue =
    fieldIssues.end && !(fieldIssues.end.code === 'required' && form.duration !== 'custom')
      ? fieldIssues.end
      : undefined;

  const timezone = effectiveTimezone(form, defaults);
  const zoneOptions = [
    { label: t('timezone.account', { zone: defaults.timezone }), value: defaults.timezone },
  ];
  if (contactZone && contactZone !== defaults.timezone) {
    zoneOptions.push({ label: t('timezone.contact', { zone: contactZone }), value: contactZone });
  }
  const contactLocalTime = contactSlot(form, timezone, contactZone, locale);

  const ready = options.status === 'ready' ? options.options : undefined;
  const organizerOwnerId = ready?.organizer?.ownerId;
  // Search results first, then attendees picked from earlier results, then the listed owners: an
  // attendee once picked stays an option whatever the rep searches next.
  const attendeeOptions = new Map<string, string>();
  for (const owner of [
    ...(ownerSearch.found ?? []),
    ...form.attendeeOwnerIds.map((id) => ownerSearch.seen.get(id)),
    ...(ready?.owners ?? []),
  ]) {
    if (owner && owner.ownerId !== organizerOwnerId && !attendeeOptions.has(owner.ownerId))
      attendeeOptions.set(owner.ownerId, owner.name);
  }
  const meetingTypes = options.status === 'ready' ? options.options.meetingTypes : [];
  const generalIssues = FIELDLESS.flatMap((field) => {
    const issue = fieldIssues[field];
    return issue ? [describeIssue(t, issue)] : [];
  });

  return (
    <Form onSubmit={props.onSubmit} autoComplete="off">
      <Flex direction="column" gap="small">
        {options.status === 'ready' && options.options.organizer === null ? (
          <Alert testId="no-owner" variant="warning" title={t('error.heading')}>
            {t('error.noOwner')}
          </Alert>
        ) : null}

        <Input
          name="title"
          label={t('field.title')}
          required
          value={effectiveTitle(form, defaults)}
          onInput={(value) => onChange('title', value)}
          onChange={(value) => onChange('title', value)}
          {...issueProps(fieldIssues.title)}
        />

        <Flex direction="row" gap="small" wrap="wrap">
          <DateInput
            name="date"
            label={t('field.date')}
            required
            format="medium"
            timezone="portalTz"
            value={form.date ?? undefined}
            onChange={(value) =>
              onChange('date', value ? { year: value.year, month: value.month, date: value.date } : null)
            }
            {...issueProps(startIssue && !form.date ? startIssue : undefined)}
          />
          <TimeInput
            name="startTime"
            label={t('field.startTime')}
            required
            interval={15}
            value={form.startTime ?? undefined}
            onChange={(value) =>
              onChange('startTime', value ? { hours: value.hours, minutes: value.minutes } : null)
            }
            {...issueProps(startIssue && form.date ? startIssue : undefined)}
          />
          <Select
            name="duration"
            label={t('field.duration')}
            value={form.duration}
            options={[
              ...DURATION_PRESETS.map((minutes) => ({
                label: t('duration.minutes', { minutes }),
                value: minutes,
              })),
              { label: t('duration.custom'), value: 'custom' },
            ]}
            onChange={(value) => onChange('duration', toDuration(value))}
            {...issueProps(form.duration === 'custom' ? undefined : endIssue)}
          />
          {form.duration === 'custom' ? (
            <TimeInput
              name="endTime"
              label={t('field.endTime')}
              required
              interval={15}
              value={form.endTime ?? undefined}
              onChange={(value) =>
                onChange('endTime', value ? { hours: value.hours, minutes: value.minutes } : null)
              }
              {...issueProps(endIssue)}
            />
          ) : null}
        </Flex>

        <Select
          name="timezone"
          label={t('field.timezone')}
          value={timezone}
          options={zoneOptions}
          onChange={(value) => onChange('timezone', String(value))}
          {...issueProps(fieldIssues.timezone)}
        />
        {contactLocalTime ? (
          <Text testId="contact-local-time" variant="microcopy">
            {t('timezone.contactLocalTime', { time: contactLocalTime })}
          </Text>
        ) : null}

        <Flex direction="row" gap="small" wrap="wrap">
          <Select
            name="locationType"
            label={t('field.locationType')}
            value={form.locationType}
            options={[
              { label: t('locationType.none'), value: '' },
              ...LOCATION_TYPES.map((type) => ({ label: t(`locationType.${type}`), value: type })),
            ]}
            onChange={(value) => props.onLocationTypeChange(toLocationType(value))}
            {...issueProps(fieldIssues.locationType)}
          />
          {form.locationType ? (
            <Input
              name="location"
              label={t('field.location')}
              placeholder={t(`location.placeholder.${form.locationType}`)}
              value={effectiveLocation(form, defaults)}
              onInput={(value) => onChange('location', value)}
              onChange={(value) => onChange('location', value)}
              {...issueProps(fieldIssues.location)}
            />
          ) : null}
        </Flex>

        <TextArea
          name="description"
          label={t('field.description')}
          description={t('field.description.help')}
          rows={3}
          value={form.description}
          onInput={(value) => onChange('description', value)}
          onChange={(value) => onChange('description', value)}
          {...issueProps(fieldIssues.description)}
        />
        <TextArea
          name="internalNotes"
          label={t('field.internalNotes')}
          description={t('field.internalNotes.help')}
          rows={2}
          value={form.internalNotes}
          onInput={(value) => onChange('internalNotes', value)}
          onChange={(value) => onChange('internalNotes', value)}
          {...issueProps(fieldIssues.internalNotes)}
        />

        <MultiSelect
          name="attendeeOwnerIds"
          label={t('field.attendees')}
          readOnly={options.status === 'loading'}
          placeholder={options.status === 'loading' ? t('field.attendees.loading') : undefined}
          description={options.status === 'failed' ? t('field.attendees.unavailable') : undefined}
          value={form.attendeeOwnerIds}
          options={[...attendeeOptions].map(([value, label]) => ({ label, value }))}
          onChange={(value) => onChange('attendeeOwnerIds', value.map(String))}
          {...issueProps(fieldIssues.attendeeOwnerIds)}
        />
        {ready?.ownersTruncated ? (
          <Input
            name="ownerQuery"
            label={t('field.findPeople')}
            onInput={ownerSearch.onInput}
            description={
              ownerSearch.failed
                ? t('field.attendees.unavailable')
                : ownerSearch.found && t('field.findPeople.found', { count: ownerSearch.found.length })
            }
          />
        ) : null}

        {meetingTypes.length > 0 ? (
          <Select
            name="activityType"
            label={t('field.meetingType')}
            value={form.activityType}
            options={[{ label: t('meetingType.none'), value: '' }, ...meetingTypes]}
            onChange={(value) => onChange('activityType', String(value))}
            {...issueProps(fieldIssues.activityType)}
          />
        ) : null}

        <MultiSelect
          name="reminders"
          label={t('field.reminders')}
          description={t('field.reminders.help', { max: LIMITS.maxReminders })}
          value={form.reminders}
          options={REMINDER_KEYS.map((key) => ({ label: t(`reminder.${key}`), value: key }))}
          onChange={(value) => onChange('reminders', value.map(String).filter(isReminderPreset))}
          {...issueProps(fieldIssues.reminders)}
        />
        {form.reminders.length > 0 ? (
          <Toggle
            name="includeDescriptionInReminders"
            label={t('field.includeDescription')}
            size="sm"
            checked={form.includeDescriptionInReminders}
            onChange={(checked) => onChange('includeDescriptionInReminders', checked)}
          />
        ) : null}

        {failure ? <FailureAlert failure={failure} t={t} /> : null}
        {generalIssues.length > 0 ? (
          <Alert testId="general-issues" variant="danger" title={t('error.heading')}>
            {generalIssues.join(' ')}
          </Alert>
        ) : null}

        <LoadingButton type="submit" variant="primary" loading={submitting} disabled={submitting}>
          {failure ? t('submit.retry') : t('submit.book')}
        </LoadingButton>
      </Flex>
    </Form>
  );
}

/** The chosen slot seen from the contact's time zone, when that zone differs from the chosen one. */
function contactSlot(
  form: BookingForm,
  timezone: string,
  contactZone: string | null,
  locale: string,
): string | null {
  if (!contactZone || contactZone === timezone) return null;
  const converted = wallClockToUtc(toWallClock(form.date, form.startTime), timezone);
  return converted.ok ? formatInstant(converted.utc, contactZone, locale) : null;
}

function toDuration(value: string | number | boolean): DurationChoice {
  const minutes = Number(value);
  return (DURATION_PRESETS as readonly number[]).includes(minutes) ? (minutes as DurationChoice) : 'custom';
}

function toLocationType(value: string | number | boolean): LocationType | '' {
  return (LOCATION_TYPES as readonly unknown[]).includes(value) ? (value as LocationType) : '';
}

function isReminderPreset(value: string): value is ReminderPreset {
  return value in REMINDER_PRESETS;
}
