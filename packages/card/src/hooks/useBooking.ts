import { useCallback, useRef, useState } from 'react';
import { checkMeetingParameters } from '@meeting-card/core';
import type {
  BookedMeeting,
  FieldIssues,
  MeetingError,
  MeetingField,
  MeetingParameters,
} from '@meeting-card/core';
import { newRequestId } from '../form/requestId';
import type { MeetingServer } from '../server/meetingServer';
import { mayHaveBooked } from '../server/outcomes';

export type BookingPhase = 'editing' | 'submitting' | 'booked';

export interface Booking {
  phase: BookingPhase;
  /** Per-field messages, from the core's validation or the server's, in one place. */
  fieldIssues: FieldIssues;
  /** The last failed attempt; cleared when a booking succeeds or the rep starts over. */
  failure: MeetingError | null;
  meeting: BookedMeeting | null;
  /** Validates with the core, then sends; does nothing while a submission is in flight. */
  submit: (build: (requestId: string) => MeetingParameters) => void;
  clearIssues: (fields: readonly MeetingField[]) => void;
  /** After a success: a fresh form with a new requestId. */
  startOver: () => void;
}

interface BookingOptions {
  server: MeetingServer;
  /** Called once a meeting is booked, e.g. to refresh the record's properties. */
  onBooked: (meeting: BookedMeeting) => void;
  /** The time, for the form's rules (no start in the past, no reminder before now). */
  now?: () => number;
}

export function useBooking({ server, onBooked, now = Date.now }: BookingOptions): Booking {
  // One requestId per form: kept across failed attempts so a resubmission after an unclear
  // failure is recognised by the server as the same booking, replaced only after a success.
  // Made on the first submit of a form (null until then and again after a success).
  const requestId = useRef<string | null>(null);
  // Once an attempt with this requestId ended ambiguously, every later attempt asks the server
  // to look for that meeting before creating one (MeetingParameters.checkExisting).
  const mustCheckExisting = useRef(false);
  // A ref, not state: a second click can arrive before React re-renders the disabled button.
  const inFlight = useRef(false);
  const [phase, setPhase] = useState<BookingPhase>('editing');
  const [fieldIssues, setFieldIssues] = useState<FieldIssues>({});
  const [failure, setFailure] = useState<MeetingError | null>(null);
  const [meeting, setMeeting] = useState<BookedMeeting | null>(null);

  const submit = useCallback(
    (build: (requestId: string) => MeetingParameters) => {
      if (inFlight.current) return;
      requestId.current ??= newRequestId();
      const params = build(requestId.current);
      if (mustCheckExisting.current) params.checkExisting = true;
      const checked = checkMeetingParameters(params, undefined, { now: now() });
      if (!checked.ok) {
        setFieldIssues(checked.fields);
        setFailure(null);
        return;
      }
      inFlight.current = true;
      setPhase('submitting');
      setFieldIssues({});
      server
        .createMeeting(params)
        .catch((): Awaited<ReturnType<MeetingServer['createMeeting']>> => ({
          ok: false,
          error: { code: 'OUTCOME_UNKNOWN', message: '', retryable: false },
        }))
        .then((result) => {
          inFlight.current = false;
          if (result.ok) {
            setFailure(null);
            setMeeting(result.meeting);
            setPhase('booked');
            onBooked(result.meeting);
          } else {
            if (mayHaveBooked(result.error.code)) mustCheckExisting.current = true;
            setFailure(result.error);
            setFieldIssues(result.error.fields ?? {});
            setPhase('editing');
          }
        });
    },
    [server, onBooked, now],
  );

  const clearIssues = useCallback((fields: readonly MeetingField[]) => {
    setFieldIssues((issues) => {
      if (!fields.some((field) => issues[field])) return issues;
      const next = { ...issues };
      for (const field of fields) delete next[field];
      return next;
    });
  }, []);

  const startOver = useCallback(() => {
    requestId.current = null;
    mustCheckExisting.current = false;
    setMeeting(null);
    setFailure(null);
    setFieldIssues({});
    setPhase('editing');
  }, []);

  return { phase, fieldIssues, failure, meeting, submit, clearIssues, startOver };
}
