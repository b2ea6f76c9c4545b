import { useCallback, useEffect, useRef, useState } from 'react';
import { validateMeetingParametersAsCodes } from '@meeting-card/core';
import type {
  BookedMeeting,
  FieldIssues,
  MeetingCheck,
  MeetingError,
  MeetingField,
  MeetingParameters,
} from '@meeting-card/core';
import { newRequestId } from '../form/requestId';
import type { MeetingServer } from '../server/meetingServer';
import { mayHaveBooked } from '../server/outcomes';

/** `checking`: HubSpot has not confirmed an earlier attempt yet; the card asks again in the background. */
export type BookingPhase = 'editing' | 'submitting' | 'checking' | 'booked';

export interface Booking {
  phase: BookingPhase;
  /** Per-field messages, from the core's validation or the server's, in one place. */
  fieldIssues: FieldIssues;
  /** The last failed attempt; cleared when a booking succeeds or the rep starts over. */
  failure: MeetingError | null;
  meeting: BookedMeeting | null;
  /**
   * Validates with the core, then sends; does nothing while a submission or a check is in flight.
   * While an earlier request may have booked, it checks that request (unchanged) instead.
   */
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

/** Checks that got no answer at all (a lost call) are retried this many times before the rep is asked. */
const LOST_CHECKS = 3;

export function useBooking({ server, onBooked, now = Date.now }: BookingOptions): Booking {
  // The request that may have booked and is not resolved yet (VERIFYING, OUTCOME_UNKNOWN, a lost
  // call): checked with its requestId and parameters unchanged (checkExisting), never replaced by an
  // edited form, until the server says found (booked) or absent (then the next submit is a new request).
  const pending = useRef<(MeetingParameters & MeetingCheck) | null>(null);
  // A ref, not state: a second click can arrive before React re-renders the disabled button.
  const inFlight = useRef(false);
  const lost = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [phase, setPhase] = useState<BookingPhase>('editing');
  const [fieldIssues, setFieldIssues] = useState<FieldIssues>({});
  const [failure, setFailure] = useState<MeetingError | null>(null);
  const [meeting, setMeeting] = useState<BookedMeeting | null>(null);

  useEffect(() => () => clearTimeout(timer.current), []);

  const send = useCallback(
    function go(params: MeetingParameters & MeetingCheck) {
      inFlight.current = true;
      setPhase(params.checkExisting ? 'checking' : 'submitting');
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
            pending.current = null;
            setFailure(null);
            setMeeting(result.meeting);
            setPhase('booked');
            onBooked(result.meeting);
            return;
          }
          const { code, details } = result.error;
          const since = details?.attemptedSince;
          pending.current = mayHaveBooked(code)
            ? { ...params, checkExisting: true, attemptedSince: since ?? params.attemptedSince }
            : null;
          setFailure(result.error);
          setFieldIssues(result.error.fields ?? {});
          // VERIFYING: ask again after the pause the server named. A check that got no answer at all
          // (no attemptedSince) is retried too, a few times; a final OUTCOME_UNKNOWN waits for the rep.
          if (
            code === 'VERIFYING' ||
            (params.checkExisting && pending.current && !since && lost.current++ < LOST_CHECKS)
          ) {
            const next = pending.current!;
            timer.current = setTimeout(() => go(next), details?.checkAfterMs ?? 3_000);
            inFlight.current = true;
            setPhase('checking');
          } else setPhase('editing');
        });
    },
    [server, onBooked],
  );

  const submit = useCallback(
    (build: (requestId: string) => MeetingParameters) => {
      if (inFlight.current) return;
      lost.current = 0;
      if (pending.current) return send(pending.current);
      const params = build(newRequestId());
      const checked = validateMeetingParametersAsCodes(params, undefined, { now: now() });
      if (!checked.ok) {
        setFieldIssues(checked.fields);
        setFailure(null);
        return;
      }
      send(params);
    },
    [send, now],
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
    pending.current = null;
    setMeeting(null);
    setFailure(null);
    setFieldIssues({});
    setPhase('editing');
  }, []);

  return { phase, fieldIssues, failure, meeting, submit, clearIssues, startOver };
}
