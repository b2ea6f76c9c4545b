import { useCallback, useMemo, useState, type ReactNode } from 'react';
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
import { LIMITS, isValidTimeZone } from '@meeting-card/core';
import type { FieldIssue, FieldIssues, LocationType, MeetingError, MeetingField } from '@meeting-card/core';
import {
  DURATION_PRESETS,
  REMINDER_PRESETS,
  customEndWallClock,
  effectiveLocation,
  effectiveTimezone,
  effectiveTitle,
  endInstant,
  instantOf,
  toWallClock,
  type BookingForm,
  type DateValue,
  type DurationChoice,
  type FormDefaults,
  type ReminderPreset,
  type TimeValue,
} from '../form/bookingForm';
import { searchZones, zoneLabel } from '../form/timeZones';
import type { FormOptionsState } from '../hooks/useFormOptions';
import type { OwnerSearch } from '../hooks/useOwnerSearch';
import { describeIssue, type MessageKey, type Translate } from '../i18n';
import { formatMeetingRange } from '../i18n/format';
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

/** The form's inputs in the order the rep reads them, with their labels (for the summary). */
const INPUT_LABELS = {
  title: 'field.title',
  date: 'field.date',
  startTime: 'field.startTime',
  duration: 'field.duration',
  endTime: 'field.endTime',
  timezone: 'field.timezone',
  locationType: 'field.locationType',
  location: 'field.location',
  description: 'field.description',
  internalNotes: 'field.internalNotes',
  attendeeOwnerIds: 'field.attendees',
  activityType: 'field.meetingType',
  reminders: 'field.reminders',
} as const satisfies Record<string, MessageKey>;
type InputName = keyof typeof INPUT_LABELS;

export interface BookingFormViewProps {
  /** Above the form: the record's upcoming meetings and pickers (issue 10). */
  top?: ReactNode;
  /** Right under the time inputs: free slots and conflict warnings (issue 10). */
  besideTime?: ReactNode;
  form: BookingForm;
  defaults: FormDefaults;
  /** The rep's own zone, when the runtime says it. */
  repZone: string | null;
  contactZone: string | null;
  options: FormOptionsState;
  /** Finds owners past the listed ones; its input shows only when the list was truncated. */
  ownerSearch: OwnerSearch;
  fieldIssues: FieldIssues;
  failure: MeetingError | null;
  /** An earlier request may have booked and is not resolved yet: the failure is told as "maybe booked". */
  unresolved: boolean;
  /** An earlier request is being checked: the button says so. */
  checking: boolean;
  submitting: boolean;
  /**
   * The form is read-only while a booking call is in flight (what is sent is what the rep sees);
   * not while an earlier, unresolved booking is checked in the background.
   */
  locked: boolean;
  t: Translate;
  locale: string;
  now: () => number;
  onChange: <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => void;
  onTimezoneChange: (timezone: string) => void;
  onLocationTypeChange: (locationType: LocationType | '') => void;
  onSubmit: () => void;
}

/**
 * Which input shows each parameter's issue. The start is one parameter fed by two inputs: each
 * missing one is flagged (both at once when both are missing), any other start issue at the time.
 */
export function issuesByInput(
  form: BookingForm,
  fields: FieldIssues,
): Partial<Record<InputName, FieldIssue>> {
  const byInput: Partial<Record<InputName, FieldIssue>> = {};
  const start = fields.start;
  if (start) {
    if (start.code === 'required') {
      if (!form.date) byInput.date = start;
      if (!form.startTime) byInput.startTime = start;
    } else byInput.startTime = start;
  }
  // A missing end follows from a missing start when the end is a duration: not shown twice.
  const end =
    fields.end && !(fields.end.code === 'required' && form.duration !== 'custom') ? fields.end : undefined;
  if (form.duration === 'custom') byInput.endTime = end;
  else byInput.duration = fields.durationMinutes ?? end;
  // The other inputs are named as the parameter they feed.
  for (const name of Object.keys(INPUT_LABELS) as InputName[]) byInput[name] ??= fields[name as MeetingField];
  for (const name of Object.keys(byInput) as InputName[]) if (!byInput[name]) delete byInput[name];
  return byInput;
}

export function BookingFormView(props: BookingFormViewProps) {
  const { form, defaults, repZone, contactZone, options, ownerSearch, fieldIssues, failure, submitting } =
    props;
  const { t, locale, now, onChange, onTimezoneChange, onLocationTypeChange } = props;
  const { locked, unresolved, checking } = props;

  // Stable handlers: remote-ui sends a prop again whenever its identity changes.
  const on = useMemo(
    () => ({
      title: (value: string) => onChange('title', value),
      date: (value: DateValue | null) =>
        onChange('date', value ? { year: value.year, month: value.month, date: value.date } : null),
      startTime: (value: TimeValue | null) =>
        onChange('startTime', value ? { hours: value.hours, minutes: value.minutes } : null),
      endTime: (value: TimeValue | null) =>
        onChange('endTime', value ? { hours: value.hours, minutes: value.minutes } : null),
      duration: (value: string | number | boolean) => onChange('duration', toDuration(value)),
      timezone: (value: string | number | boolean) => onTimezoneChange(String(value)),
      locationType: (value: string | number | boolean) => onLocationTypeChange(toLocationType(value)),
      location: (value: string) => onChange('location', value),
      description: (value: string) => onChange('description', value),
      internalNotes: (value: string) => onChange('internalNotes', value),
      attendees: (value: (string | number | boolean)[]) => onChange('attendeeOwnerIds', value.map(String)),
      activityType: (value: string | number | boolean) => onChange('activityType', String(value)),
      includeDescription: (checked: boolean) => onChange('includeDescriptionInReminders', checked),
    }),
    [onChange, onTimezoneChange, onLocationTypeChange],
  );

  // At most three reminders: a fourth tick is refused on the spot, with the reason under the field.
  const [reminderCapHit, setReminderCapHit] = useState(false);
  const { reminders } = form;
  const onReminders = useCallback(
    (value: (string | number | boolean)[]) => {
      const picked = value.map(String).filter(isReminderPreset);
      const overCap = picked.length > LIMITS.maxReminders;
      setReminderCapHit(overCap);
      // Refused: the same three again, as a new array, so the host re-renders the box unticked.
      onChange('reminders', overCap ? [...reminders] : picked);
    },
    [onChange, reminders],
  );

  const timezone = effectiveTimezone(form, defaults);
  const start = instantOf(form.date, form.startTime, timezone);
  const end = endInstant(form, timezone);
  // Offsets shown in the zone list are those at the chosen moment (or now, before there is one).
  const at = start ?? now();
  const atHour = Math.floor(at / 3_600_000);

  const [zoneQuery, setZoneQuery] = useState('');
  const foundZones = useMemo(() => searchZones(zoneQuery), [zoneQuery]);
  const zoneOptions = useZoneOptions({
    t,
    locale,
    atHour,
    chosen: timezone,
    found: foundZones,
    rep: repZone,
    account: defaults.timezone,
    contact: contactZone,
  });

  const durationOptions = useMemo(
    () => [
      ...DURATION_PRESETS.map((minutes) => ({ label: t('duration.minutes', { minutes }), value: minutes })),
      { label: t('duration.custom'), value: 'custom' },
    ],
    [t],
  );
  const locationTypeOptions = useMemo(
    () => [
      { label: t('locationType.none'), value: '' },
      ...LOCATION_TYPES.map((type) => ({ label: t(`locationType.${type}`), value: type })),
    ],
    [t],
  );
  const reminderOptions = useMemo(
    () => REMINDER_KEYS.map((key) => ({ label: t(`reminder.${key}`), value: key })),
    [t],
  );

  const ready = options.status === 'ready' ? options.options : undefined;
  const noOwner = ready?.organizer === null;
  // Search results first, then attendees picked from earlier results, then the listed owners: an
  // attendee once picked stays an option whatever the rep searches next. Up to 1,000 owners: built
  // only when one of those changes, never per keystroke.
  const attendeeOptions = useMemo(() => {
    const organizerOwnerId = ready?.organizer?.ownerId;
    const byId = new Map<string, string>();
    for (const owner of [
      ...(ownerSearch.found ?? []),
      ...form.attendeeOwnerIds.map((id) => ownerSearch.seen.get(id)),
      ...(ready?.owners ?? []),
    ]) {
      if (owner && owner.ownerId !== organizerOwnerId && !byId.has(owner.ownerId))
        byId.set(owner.ownerId, owner.name);
    }
    return [...byId].map(([value, label]) => ({ label, value }));
  }, [ready, ownerSearch.found, ownerSearch.seen, form.attendeeOwnerIds]);
  const meetingTypeOptions = useMemo(
    () =>
      ready?.meetingTypes.length ? [{ label: t('meetingType.none'), value: '' }, ...ready.meetingTypes] : [],
    [ready, t],
  );

  const byInput = issuesByInput(form, fieldIssues);
  const issueProps = (name: InputName) => {
    const issue = byInput[name];
    return issue ? { error: true, validationMessage: describeIssue(t, issue) } : {};
  };
  // What every input of the form has: its name, its label, read-only while booking, its issue.
  const field = (name: InputName) => ({
    name,
    label: t(INPUT_LABELS[name]),
    readOnly: locked,
    ...issueProps(name),
  });
  const generalIssues = FIELDLESS.flatMap((field) => {
    const issue = fieldIssues[field];
    return issue ? [describeIssue(t, issue)] : [];
  });
  const flagged = (Object.keys(INPUT_LABELS) as InputName[]).filter((name) => byInput[name]);

  // The rep's and the contact's clocks, whenever they differ from the zone the form is in.
  const seenFrom = (zone: string | null) =>
    zone && zone !== timezone && start !== null && end !== null && end > start
      ? formatMeetingRange(start, end, zone, locale)
      : null;
  const yourTime = seenFrom(repZone);
  const contactTime = seenFrom(contactZone);
  const endsNextDay =
    form.duration === 'custom' &&
    form.endTime !== null &&
    customEndWallClock(form).slice(0, 10) !== toWallClock(form.date, form.startTime).slice(0, 10);

  return (
    // Without an owner record nothing can be booked: Enter in a field does not submit either.
    <Form onSubmit={noOwner ? ignore : props.onSubmit} autoComplete="off">
      <Flex direction="column" gap="small">
        {noOwner ? (
          <Alert testId="no-owner" variant="warning" title={t('error.heading')}>
            {t('error.noOwner')}
          </Alert>
        ) : null}
        {props.top}
        <Input {...field('title')} required value={effectiveTitle(form, defaults)} onChange={on.title} />
        <Flex direction="row" gap="small" wrap="wrap">
          <DateInput
            {...field('date')}
            required
            format="medium"
            value={form.date ?? undefined}
            onChange={on.date}
          />
          <TimeInput
            {...field('startTime')}
            required
            interval={15}
            value={form.startTime ?? undefined}
            onChange={on.startTime}
          />
          <Select
            {...field('duration')}
            value={form.duration}
            options={durationOptions}
            onChange={on.duration}
          />
          {form.duration === 'custom' ? (
            <TimeInput
              {...field('endTime')}
              required
              interval={15}
              description={endsNextDay ? t('duration.endsNextDay') : undefined}
              value={form.endTime ?? undefined}
              onChange={on.endTime}
            />
          ) : null}
        </Flex>
        {props.besideTime}
        <Flex direction="row" gap="small" wrap="wrap">
          <Select {...field('timezone')} value={timezone} options={zoneOptions} onChange={on.timezone} />
          <Input
            name="zoneQuery"
            label={t('field.timezone.search')}
            readOnly={locked}
            description={
              zoneQuery.trim() && foundZones.length === 0
                ? t('field.timezone.search.none')
                : t('field.timezone.search.help')
            }
            onInput={setZoneQuery}
          />
        </Flex>
        {yourTime ? (
          <Text testId="your-local-time" variant="microcopy">
            {t('timezone.yourTime', { time: yourTime })}
          </Text>
        ) : null}
        {contactTime ? (
          <Text testId="contact-local-time" variant="microcopy">
            {t('timezone.contactLocalTime', { time: contactTime })}
          </Text>
        ) : null}
        <Flex direction="row" gap="small" wrap="wrap">
          <Select
            {...field('locationType')}
            value={form.locationType}
            options={locationTypeOptions}
            onChange={on.locationType}
          />
          {form.locationType ? (
            <Input
              {...field('location')}
              placeholder={t(`location.placeholder.${form.locationType}`)}
              value={effectiveLocation(form, defaults)}
              onChange={on.location}
            />
          ) : null}
        </Flex>
        <TextArea
          {...field('description')}
          description={t('field.description.help')}
          rows={3}
          value={form.description}
          onChange={on.description}
        />
        <TextArea
          {...field('internalNotes')}
          description={t('field.internalNotes.help')}
          rows={2}
          value={form.internalNotes}
          onChange={on.internalNotes}
        />
        <MultiSelect
          name="attendeeOwnerIds"
          label={t('field.attendees')}
          readOnly={locked || options.status === 'loading'}
          placeholder={options.status === 'loading' ? t('field.attendees.loading') : undefined}
          description={options.status === 'failed' ? t('field.attendees.unavailable') : undefined}
          value={form.attendeeOwnerIds}
          options={attendeeOptions}
          onChange={on.attendees}
          {...issueProps('attendeeOwnerIds')}
        />
        {ready?.ownersTruncated ? (
          <Input
            name="ownerQuery"
            label={t('field.findPeople')}
            readOnly={locked}
            onInput={ownerSearch.onInput}
            description={
              ownerSearch.failed
                ? t('field.attendees.unavailable')
                : ownerSearch.found && t('field.findPeople.found', { count: ownerSearch.found.length })
            }
          />
        ) : null}
        {meetingTypeOptions.length > 0 ? (
          <Select
            {...field('activityType')}
            value={form.activityType}
            options={meetingTypeOptions}
            onChange={on.activityType}
          />
        ) : null}
        <MultiSelect
          name="reminders"
          label={t('field.reminders')}
          description={t('field.reminders.help', { max: LIMITS.maxReminders })}
          readOnly={locked}
          value={form.reminders}
          options={reminderOptions}
          onChange={onReminders}
          {...(reminderCapHit
            ? { error: true, validationMessage: t('field.reminders.max', { max: LIMITS.maxReminders }) }
            : issueProps('reminders'))}
        />
        {form.reminders.length > 0 ? (
          <Toggle
            name="includeDescriptionInReminders"
            label={t('field.includeDescription')}
            size="sm"
            readOnly={locked}
            checked={form.includeDescriptionInReminders}
            onChange={on.includeDescription}
          />
        ) : null}
        {failure ? <FailureAlert failure={failure} maybeBooked={unresolved} t={t} /> : null}
        {generalIssues.length > 0 ? (
          <Alert testId="general-issues" variant="danger" title={t('error.heading')}>
            {generalIssues.join(' ')}
          </Alert>
        ) : null}
        {locked ? (
          <Text testId="booking-progress" variant="microcopy">
            {t('submit.progress')}
          </Text>
        ) : null}
        {noOwner ? (
          <Text testId="submit-blocked" variant="microcopy">
            {t('submit.noOwner')}
          </Text>
        ) : null}
        {/* The summary sits beside the button the rep just pressed: the card cannot move focus
            (the SDK has no focus API), and a message above the fold alone goes unseen. */}
        <Flex direction="row" gap="small" align="center" wrap="wrap">
          <LoadingButton
            type="submit"
            variant="primary"
            loading={submitting}
            disabled={submitting || noOwner}
          >
            {checking ? t('submit.checking') : failure ? t('submit.retry') : t('submit.book')}
          </LoadingButton>
          {flagged.length > 0 ? (
            <Text testId="issue-summary" format={{ fontWeight: 'demibold' }}>
              {t('summary.fields', { fields: flagged.map((name) => t(INPUT_LABELS[name])).join(', ') })}
            </Text>
          ) : null}
        </Flex>
      </Flex>
    </Form>
  );
}

const ignore = () => {};

/**
 * The zones offered: the rep's, the account's and the contact's (each once, saying whose), then the
 * chosen one and those the search found. Each is named by its place, the offset at the meeting's
 * hour as a detail; rebuilt only when one of those changes.
 */
function useZoneOptions(z: {
  t: Translate;
  locale: string;
  atHour: number;
  chosen: string;
  found: readonly string[];
  rep: string | null;
  account: string;
  contact: string | null;
}) {
  const { t, locale, atHour, chosen, found, rep, account, contact } = z;
  return useMemo(() => {
    const instant = atHour * 3_600_000;
    const roles = new Map<string, string[]>();
    const role = (zone: string | null, key: MessageKey) => {
      if (zone && isValidTimeZone(zone)) roles.set(zone, [...(roles.get(zone) ?? []), t(key)]);
    };
    role(rep, 'timezone.role.you');
    role(account, 'timezone.role.account');
    role(contact, 'timezone.role.contact');
    const named = [...roles].map(([zone, who]) => ({
      label: `${zoneLabel(zone, locale, instant)} · ${who.join(', ')}`,
      value: zone,
    }));
    const others = [chosen, ...found].filter(
      (zone, i, all) => !roles.has(zone) && all.indexOf(zone) === i && isValidTimeZone(zone),
    );
    return [...named, ...others.map((zone) => ({ label: zoneLabel(zone, locale, instant), value: zone }))];
  }, [t, locale, atHour, chosen, found, rep, account, contact]);
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
