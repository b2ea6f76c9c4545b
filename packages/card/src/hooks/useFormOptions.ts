import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CardContextResult, ContactDealsResult, FormOptions, MeetingError } from '@meeting-card/core';
import type { SentMessages } from '../i18n';
import type { FormOptionsRequest, MeetingServer } from '../server/meetingServer';

export type FormOptionsState = (
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions; context?: CardContextResult }
  | { status: 'failed'; error: MeetingError }
) & {
  /** On a contact: its open deals, from their own request beside the options call (issue 10). */
  deals?: ContactDealsResult;
  /** Asks again (after an admin fixed the install, say): the options and the deals. */
  reload: () => void;
  /** The rep's language as the server sent it with any answer (kept across reloads); absent for English. */
  messages?: SentMessages;
};

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; options: FormOptions; context?: CardContextResult }
  | { status: 'failed'; error: MeetingError };

/**
 * The one form-options call, started on mount; the form is usable while it runs. On a contact (with the
 * record's context asked), the deals request goes out beside it.
 */
export function useFormOptions(
  server: MeetingServer,
  organizerUserId: string,
  /** Also asks for the record's context in the same call (issue 10). */
  extra: Omit<FormOptionsRequest, 'organizerUserId'> = {},
): FormOptionsState {
  const extraKey = JSON.stringify(extra);
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  const [deals, setDeals] = useState<ContactDealsResult>();
  const [attempt, setAttempt] = useState(0);
  const [messages, setMessages] = useState<SentMessages>();
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let current = true;
    const ask = JSON.parse(extraKey) as typeof extra;
    if (ask.recordType === 'contacts')
      server.loadDeals?.().then(
        (answer) => current && setDeals(answer),
        () => undefined,
      );
    server
      .loadFormOptions({ ...ask, organizerUserId })
      .then((result) => {
        if (!current) return;
        const sent = (result as { messages?: unknown }).messages;
        if (typeof sent === 'object' && sent !== null) setMessages(sent as SentMessages);
        setState(
          result.ok
            ? {
                status: 'ready',
                options: result.options,
                ...('context' in result
                  ? { context: (result as { context?: CardContextResult }).context }
                  : {}),
              }
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
  }, [server, organizerUserId, attempt, extraKey]);
  return useMemo(() => ({ ...state, deals, reload, messages }), [state, deals, reload, messages]);
}
