import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormOptions, MeetingError } from '@meeting-card/core';
import type { MeetingServer } from '../server/meetingServer';

export type FormOptionsState = (
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions }
  | { status: 'failed'; error: MeetingError }
) & {
  /** Asks again (after an admin fixed the install, say). */
  reload: () => void;
};

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions }
  | { status: 'failed'; error: MeetingError };

/** The one form-options call, started on mount; the form is usable while it runs. */
export function useFormOptions(server: MeetingServer, organizerUserId: string): FormOptionsState {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let current = true;
    server
      .loadFormOptions({ organizerUserId })
      .then((result) => {
        if (!current) return;
        setState(
          result.ok
            ? { status: 'ready', options: result.options }
            : { status: 'failed', error: result.error },
        );
      })
      .catch(() => {
        // A server that breaks its no-reject promise still must not break the form.
        if (current)
          setState({ status: 'failed', error: { code: 'INTERNAL_ERROR', message: '', retryable: true } });
      });
    return () => {
      current = false;
    };
  }, [server, organizerUserId, attempt]);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
