import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LoadingSpinner, logger, type CrmContext } from '@hubspot/ui-extensions';
import {
  RECORD_TYPE_IDS,
  nextFreeSlots,
  type LocationType,
  type MeetingParameters,
  type TimeRange,
} from '@meeting-card/core';
import {
  FIELDS_OF_INPUT,
  effectiveTimezone,
  freshForm,
  endInstant,
  inZone,
  instantOf,
  slotAt,
  toMeetingParameters,
  type BookingForm,
  type FormDefaults,
} from '../form/bookingForm';
import { contactTimeZone, repTimeZone } from '../form/timeZones';
import { useBooking } from '../hooks/useBooking';
import { unresolvedKey } from '../hooks/unresolved-requests';
import { useFormOptions } from '../hooks/useFormOptions';
import { useOwnerSearch } from '../hooks/useOwnerSearch';
import { useRecordContext } from '../hooks/useRecordContext';
import { createTranslator, pickFormatLocale, pickLanguage, type Translate } from '../i18n';
import type { MeetingServer } from '../server/meetingServer';
import { BookingFormView } from './BookingFormView';
import { BookingSuccess } from './BookingSuccess';
import { InstallProblem, isInstallProblem } from './InstallProblem';
import { LanguageMissing } from './LanguageMissing';
import { RecordPanel } from './RecordPanel';
import { SlotsAndConflicts } from './SlotsAndConflicts';

/** The parts of HubSpot's card context the card reads. */
export interface MeetingCardContext {
  user: Pick<CrmContext['user'], 'id' | 'locale'>;
  portal: Pick<CrmContext['portal'], 'timezone'> & Partial<Pick<CrmContext['portal'], 'id'>>;
  /** The record the card is on (contact 0-1, deal 0-3, company 0-2; contacts when absent): with the
      portal and the user, whose unresolved booking is whose. */
  crm?: { objectId?: number | string; objectTypeId?: string };
}

/** The HubSpot actions the card calls. */
export interface MeetingCardActions {
  refreshObjectProperties: () => void;
}

/** The contact's properties the card reads, as HubSpot returns them (strings or null). */
export type RecordProperties = Partial<Record<(typeof RECORD_PROPERTIES)[number], string | null>>;
export const RECORD_PROPERTIES = ['firstname', 'lastname', 'phone', 'mobilephone', 'hs_timezone'] as const;

/** Where the card reads the time and the rep's zone: the runtime's, or a test's. */
export interface CardEnvironment {
  now: () => number;
  /** The rep's own IANA zone, or null when the runtime does not say. */
  repZone: () => string | null;
}

const RUNTIME: CardEnvironment = { now: () => Date.now(), repZone: () => repTimeZone() };

export interface MeetingCardViewProps {
  context: MeetingCardContext;
  actions: MeetingCardActions;
  server: MeetingServer;
  record: RecordProperties;
  environment?: CardEnvironment;
}

/** The card itself, given the record's properties (see MeetingCard for the HubSpot-wired one). */
export function MeetingCardView({
  context,
  actions,
  server,
  record,
  environment = RUNTIME,
}: MeetingCardViewProps) {
  const language = pickLanguage(context.user.locale);
  const locale = pickFormatLocale(context.user.locale, language);
  const organizerUserId = String(context.user.id);
  const contactZone = contactTimeZone(record.hs_timezone);
  const accountZone = context.portal.timezone;
  const [repZone] = useState(environment.repZone);

  // Issue 10: the record's context (slots, meetings, deals) comes with the options, in the same call,
  // and so does the rep's language when it is not English (the bundle carries English only).
  const recordType = RECORD_TYPE_IDS[context.crm?.objectTypeId ?? '0-1'] ?? 'contacts';
  const options = useFormOptions(server, organizerUserId, {
    withContext: true,
    recordType,
    timeZone: accountZone,
    ...(language === 'en' ? {} : { language }),
  });
  const sentMessages = options.messages;
  const t = useMemo(() => createTranslator(language, locale, sentMessages), [language, locale, sentMessages]);
  const languageMissing = language !== 'en' && !sentMessages;
  const recordContext = useRecordContext(server, options, recordType, t);
  // On a deal or a company the meeting is with the contact the rep chose: the title names them.
  const chosen =
    recordType === 'contacts'
      ? undefined
      : recordContext.context?.contacts.find((c) => c.id === recordContext.choices.contactId);
  const named = useMemo(
    () => (chosen ? { ...record, firstname: chosen.name, lastname: null } : record),
    [record, chosen],
  );
  const defaults = useFormDefaults(named, accountZone, t);
  const ownerSearch = useOwnerSearch(server);
  const onBooked = useCallback(() => actions.refreshObjectProperties(), [actions]);
  const scope = unresolvedKey(context.portal.id, context.user.id, context.crm?.objectId);
  const booking = useBooking({ server, onBooked, now: environment.now, scope });

  // The latest form lives in a ref too: the host may deliver an input's onChange and the form's
  // onSubmit back to back, before React has re-rendered with the new value.
  const [form, setForm] = useState<BookingForm>(() => freshForm(environment.now(), accountZone));
  const latest = useRef<BookingForm>(form);
  const timeTouched = useRef(false);
  const latestDefaults = useRef(defaults);
  useEffect(() => {
    latestDefaults.current = defaults;
  }, [defaults]);
  // What the last submit sent: the confirmation describes exactly that.
  const [sent, setSent] = useState<MeetingParameters | null>(null);
  const { clearIssues, submit, startOver } = booking;
  const replaceForm = useCallback((next: BookingForm) => {
    latest.current = next;
    setForm(next);
  }, []);
  const onChange = useCallback(
    <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => {
      if (key === 'date' || key === 'startTime') timeTouched.current = true;
      replaceForm({ ...latest.current, [key]: value });
      clearIssues(FIELDS_OF_INPUT[key]);
    },
    [replaceForm, clearIssues],
  );
  const onLocationTypeChange = useCallback(
    (locationType: LocationType | '') => {
      // A new location type starts from its own default (the contact's phone for a call).
      replaceForm({ ...latest.current, locationType, location: undefined });
      clearIssues(FIELDS_OF_INPUT.locationType);
    },
    [replaceForm, clearIssues],
  );
  const onTimezoneChange = useCallback(
    (timezone: string) => {
      // The meeting keeps its moment: the clock times shown move to the new zone.
      const current = latest.current;
      replaceForm(inZone(current, effectiveTimezone(current, latestDefaults.current), timezone));
      clearIssues(FIELDS_OF_INPUT.timezone);
    },
    [replaceForm, clearIssues],
  );
  const { extras } = recordContext;
  const onSubmit = useCallback(
    () =>
      submit((requestId) => {
        const params = {
          ...toMeetingParameters(latest.current, latestDefaults.current, { requestId, organizerUserId }),
          ...extras(),
        };
        setSent(params);
        return params;
      }),
    [submit, organizerUserId, extras],
  );
  // A free slot fills date and time in the form's zone; the first one becomes the default start,
  // unless the rep has already moved the time.
  const onPickSlot = useCallback(
    (slot: TimeRange) => {
      const zone = effectiveTimezone(latest.current, latestDefaults.current);
      const { date, time } = slotAt(slot.start, zone);
      replaceForm({ ...latest.current, date, startTime: time });
      clearIssues(FIELDS_OF_INPUT.startTime);
    },
    [replaceForm, clearIssues],
  );
  // A slot the rep clicked is the rep's time: the first-free-slot default never replaces it, even when
  // the default's effect runs after the click.
  const onRepPicksSlot = useCallback(
    (slot: TimeRange) => {
      timeTouched.current = true;
      onPickSlot(slot);
    },
    [onPickSlot],
  );
  const cardContext = recordContext.context;
  useEffect(() => {
    if (!cardContext || timeTouched.current) return;
    const minutes = latest.current.duration === 'custom' ? 30 : latest.current.duration;
    const [first] = nextFreeSlots(cardContext.slots, minutes, environment.now(), 1);
    if (first) onPickSlot(first);
  }, [cardContext, onPickSlot, environment]);

  const onBookAnother = useCallback(() => {
    replaceForm(freshForm(environment.now(), accountZone));
    startOver();
  }, [replaceForm, startOver, environment, accountZone]);

  // Failures reach `hs project logs` by code and support reference only: no names, no contents.
  const { failure } = booking;
  useEffect(() => {
    if (failure)
      logger.warn(
        `booking failed: ${failure.code}${failure.details?.cause ? ` (${failure.details.cause})` : ''}${failure.correlationId ? ` ref ${failure.correlationId}` : ''}`,
      );
  }, [failure]);
  useEffect(() => {
    if (options.status === 'failed') logger.error(`form options failed: ${options.error.code}`);
  }, [options]);

  const ownerNames = useMemo(
    () =>
      new Map(
        [...ownerSearch.seen.values(), ...(options.status === 'ready' ? options.options.owners : [])].map(
          (owner) => [owner.ownerId, owner.name],
        ),
      ),
    [ownerSearch.seen, options],
  );

  // A rep who reads Portuguese or Spanish waits for the first answer rather than read the form in English.
  if (languageMissing && options.status === 'loading') {
    return <LoadingSpinner label={t('load.waiting')} showLabel layout="centered" />;
  }
  if (options.status === 'failed' && isInstallProblem(options.error)) {
    return <InstallProblem error={options.error} t={t} onRetry={options.reload} />;
  }
  if (booking.phase === 'booked' && booking.meeting) {
    return (
      <BookingSuccess
        meeting={booking.meeting}
        sent={sent}
        t={t}
        locale={locale}
        repZone={repZone}
        contactZone={contactZone}
        ownerNames={ownerNames}
        meetingTypes={options.status === 'ready' ? options.options.meetingTypes : []}
        onBookAnother={onBookAnother}
      />
    );
  }
  const zone = effectiveTimezone(form, defaults);
  const startMs = instantOf(form.date, form.startTime, zone);
  const endMs = endInstant(form, zone);
  const planned =
    startMs !== null && endMs !== null
      ? {
          startUtc: new Date(startMs).toISOString(),
          endUtc: new Date(endMs).toISOString(),
          title: form.title ?? defaults.title,
        }
      : null;
  const recordHref = `https://app.hubspot.com/contacts/${context.portal.id ?? ''}/record/${context.crm?.objectTypeId ?? '0-1'}/${context.crm?.objectId ?? ''}`;
  return (
    <BookingFormView
      top={
        <>
          {languageMissing ? <LanguageMissing t={t} onRetry={options.reload} /> : null}
          {cardContext ? (
            <RecordPanel
              context={cardContext}
              choices={recordContext.choices}
              onChoose={recordContext.setChoices}
              locked={booking.unresolved || booking.phase === 'submitting' || booking.phase === 'checking'}
              onOutcome={recordContext.onOutcome}
              outcomeMessage={recordContext.outcomeMessage}
              now={environment.now()}
              zone={repZone ?? accountZone}
              locale={locale}
              t={t}
            />
          ) : null}
        </>
      }
      besideTime={
        cardContext ? (
          <SlotsAndConflicts
            context={cardContext}
            planned={planned}
            durationMinutes={startMs !== null && endMs !== null ? Math.round((endMs - startMs) / 60_000) : 30}
            zone={zone}
            contactZone={contactZone}
            now={environment.now()}
            locale={locale}
            recordHref={recordHref}
            onPick={onRepPicksSlot}
            t={t}
          />
        ) : null
      }
      form={form}
      defaults={defaults}
      repZone={repZone}
      contactZone={contactZone}
      options={options}
      ownerSearch={ownerSearch}
      fieldIssues={booking.fieldIssues}
      failure={booking.failure}
      unresolved={booking.unresolved}
      checking={booking.phase === 'checking'}
      submitting={booking.phase === 'submitting' || booking.phase === 'checking'}
      locked={booking.phase === 'submitting'}
      t={t}
      locale={locale}
      now={environment.now}
      onChange={onChange}
      onTimezoneChange={onTimezoneChange}
      onLocationTypeChange={onLocationTypeChange}
      onSubmit={onSubmit}
    />
  );
}

/** What HubSpot already knows, used where the rep has not typed anything; the same object while it holds. */
function useFormDefaults(record: RecordProperties, accountZone: string, t: Translate): FormDefaults {
  const name = [record.firstname, record.lastname]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
  const title = name ? t('title.suggestion', { name }) : '';
  const phone = (record.phone || record.mobilephone || '').trim();
  return useMemo(() => ({ title, timezone: accountZone, phone }), [title, accountZone, phone]);
}
