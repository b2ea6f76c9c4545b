import { useEffect, useState } from 'react';
import type { FormOptions, MeetingError } from '@meeting-card/core';
import type { MeetingServer } from '../server/meetingServer';

export type FormOptionsState =
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions }
  | { status: 'failed'; error: MeetingError };

/** The one form-options call, started on mount; the form is usable while it runs. */
export function useFormOptions(server: MeetingServer, organizerUserId: string): FormOptionsState {
  const [state, setState] = useState<FormOptionsState>({ status: 'loading' });
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
  }, [server, organizerUserId]);
  return state;
}
