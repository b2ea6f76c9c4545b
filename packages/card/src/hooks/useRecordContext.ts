import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CardContext, ContactMeeting, OutcomeChange, RecordType } from '@meeting-card/core';
import type { RecordChoices } from '../components/RecordPanel';
import type { Translate } from '../i18n';
import type { FormOptionsState } from './useFormOptions';
import type { MeetingServer } from '../server/meetingServer';

export interface RecordContextState {
  /** The record's context once the form-options call brought it (null while loading or when it failed). */
  context: CardContext | null;
  choices: RecordChoices;
  setChoices: (choices: RecordChoices) => void;
  /** The record's type and the chosen contact and deal, to add to a request's parameters when it is built. */
  extras: () => Record<string, string>;
  onOutcome?: (meeting: ContactMeeting, outcome: OutcomeChange) => void;
  outcomeMessage: string | null;
}

/**
 * The record's context from the options call, the contact/deal the rep picked, and outcome changes.
 * The server checks every pick against HubSpot: the card only proposes.
 */
export function useRecordContext(
  server: MeetingServer,
  options: FormOptionsState,
  recordType: RecordType,
  t: Translate,
): RecordContextState {
  const loaded = options.status === 'ready' && options.context?.ok ? options.context.context : null;
  // Meetings the rep just marked leave the list; the picks override what the record preselects.
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const [picked, setPicked] = useState<Partial<RecordChoices>>({});
  // On a contact, its open deals come by their own request, fired beside the options call.
  const { deals } = options;
  const context = useMemo(
    () =>
      loaded
        ? {
            ...loaded,
            meetings: loaded.meetings.filter((m) => !removed.has(m.id)),
            ...(deals?.ok ? { deals: deals.deals, limited: [...loaded.limited, ...deals.limited] } : {}),
          }
        : null,
    [loaded, removed, deals],
  );
  const choices = useMemo<RecordChoices>(
    () => ({
      contactId: picked.contactId ?? loaded?.selectedContactId ?? null,
      dealId: picked.dealId ?? (loaded?.recordType === 'deals' ? loaded.recordId : ''),
    }),
    [picked, loaded],
  );
  const latest = useRef(choices);
  useEffect(() => {
    latest.current = choices;
  }, [choices]);
  const setChoices = useCallback((next: RecordChoices) => {
    latest.current = next;
    setPicked(next);
  }, []);

  // Added to the parameters when a request is built, so they are kept with it: a check of an unresolved
  // request asks about the contact it was sent for, never the one picked since (or preselected after a
  // remount). Not form fields: the server reads and checks them (create-on-record.ts).
  const extras = useCallback(() => {
    const { contactId, dealId } = latest.current;
    return {
      // On a contact the record type is the default, and nothing is added.
      ...(recordType !== 'contacts' ? { recordType } : {}),
      ...(recordType !== 'contacts' && contactId ? { contactId } : {}),
      ...(recordType === 'contacts' && dealId ? { dealId } : {}),
    };
  }, [recordType]);

  const [outcomeMessage, setOutcomeMessage] = useState<string | null>(null);
  const canChange = typeof server.changeOutcome === 'function';
  const onOutcome = useMemo(
    () =>
      canChange
        ? (meeting: ContactMeeting, outcome: OutcomeChange) => {
            setOutcomeMessage(null);
            void server.changeOutcome?.({ meetingId: meeting.id, outcome, recordType }).then((result) => {
              if (!result.ok) return setOutcomeMessage(t('record.outcomeFailed'));
              setOutcomeMessage(
                t('record.outcomeDone', { title: meeting.title, outcome: t(`record.${outcome}`) }),
              );
              setRemoved((ids) => new Set([...ids, meeting.id]));
            });
          }
        : undefined,
    [canChange, server, recordType, t],
  );
  return { context, choices, setChoices, extras, onOutcome, outcomeMessage };
}
