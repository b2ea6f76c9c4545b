import { useCallback, useMemo, useRef, useState } from 'react';
import type { CrmContext } from '@hubspot/ui-extensions';
import type { LocationType } from '@meeting-card/core';
import {
  EMPTY_FORM,
  FIELDS_OF_INPUT,
  toMeetingParameters,
  type BookingForm,
  type FormDefaults,
} from '../form/bookingForm';
import { contactTimeZone } from '../form/timeZones';
import { useBooking } from '../hooks/useBooking';
import { useFormOptions } from '../hooks/useFormOptions';
import { useOwnerSearch } from '../hooks/useOwnerSearch';
import { createTranslator, pickFormatLocale, pickLanguage, type Translate } from '../i18n';
import type { MeetingServer } from '../server/meetingServer';
import { BookingFormView } from './BookingFormView';
import { BookingSuccess } from './BookingSuccess';

/** The parts of HubSpot's card context the card reads. */
export interface MeetingCardContext {
  user: Pick<CrmContext['user'], 'id' | 'locale'>;
  portal: Pick<CrmContext['portal'], 'timezone'>;
}

/** The HubSpot actions the card calls. */
export interface MeetingCardActions {
  refreshObjectProperties: () => void;
}

/** The contact's properties the card reads, as HubSpot returns them (strings or null). */
export type RecordProperties = Partial<Record<(typeof RECORD_PROPERTIES)[number], string | null>>;
export const RECORD_PROPERTIES = ['firstname', 'lastname', 'phone', 'mobilephone', 'hs_timezone'] as const;

export interface MeetingCardViewProps {
  context: MeetingCardContext;
  actions: MeetingCardActions;
  server: MeetingServer;
  record: RecordProperties;
}

/** The card itself, given the record's properties (see MeetingCard for the HubSpot-wired one). */
export function MeetingCardView({ context, actions, server, record }: MeetingCardViewProps) {
  const language = pickLanguage(context.user.locale);
  const t = useMemo(() => createTranslator(language), [language]);
  const locale = pickFormatLocale(context.user.locale, language);
  const organizerUserId = String(context.user.id);
  const contactZone = contactTimeZone(record.hs_timezone);
  const defaults = formDefaults(record, context.portal.timezone, t);

  const options = useFormOptions(server, organizerUserId);
  const ownerSearch = useOwnerSearch(server);
  const onBooked = useCallback(() => actions.refreshObjectProperties(), [actions]);
  const booking = useBooking({ server, onBooked });

  // The latest form lives in a ref too: the host may deliver an input's onChange and the form's
  // onSubmit back to back, before React has re-rendered with the new value.
  const latest = useRef<BookingForm>(EMPTY_FORM);
  const [form, setForm] = useState<BookingForm>(EMPTY_FORM);
  const { clearIssues } = booking;
  const replaceForm = useCallback((next: BookingForm) => {
    latest.current = next;
    setForm(next);
  }, []);
  const onChange = useCallback(
    <K extends keyof BookingForm>(key: K, value: BookingForm[K]) => {
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

  const onSubmit = () =>
    booking.submit((requestId) =>
      toMeetingParameters(latest.current, defaults, { requestId, organizerUserId }),
    );

  const onBookAnother = () => {
    replaceForm(EMPTY_FORM);
    booking.startOver();
  };

  if (booking.phase === 'booked' && booking.meeting) {
    const ownerNames = new Map(
      [...ownerSearch.seen.values(), ...(options.status === 'ready' ? options.options.owners : [])].map(
        (owner) => [owner.ownerId, owner.name],
      ),
    );
    return (
      <BookingSuccess
        meeting={booking.meeting}
        t={t}
        locale={locale}
        contactZone={contactZone}
        ownerNames={ownerNames}
        onBookAnother={onBookAnother}
      />
    );
  }

  return (
    <BookingFormView
      form={form}
      defaults={defaults}
      contactZone={contactZone}
      options={options}
      ownerSearch={ownerSearch}
      fieldIssues={booking.fieldIssues}
      failure={booking.failure}
      submitting={booking.phase === 'submitting' || booking.phase === 'checking'}
      t={t}
      locale={locale}
      onChange={onChange}
      onLocationTypeChange={onLocationTypeChange}
      onSubmit={onSubmit}
    />
  );
}

function formDefaults(record: RecordProperties, portalTimeZone: string, t: Translate): FormDefaults {
  const name = [record.firstname, record.lastname]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
  return {
    title: name ? t('title.suggestion', { name }) : '',
    timezone: portalTimeZone,
    phone: (record.phone || record.mobilephone || '').trim(),
  };
}
