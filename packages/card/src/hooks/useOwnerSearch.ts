import { useCallback, useEffect, useRef, useState } from 'react';
import type { OwnerOption } from '@meeting-card/core';
import type { MeetingServer } from '../server/meetingServer';

/** Typing pauses this long before the card asks the server: one search per word, not per letter. */
export const OWNER_SEARCH_DEBOUNCE_MS = 300;

export interface OwnerSearchState {
  /** The latest search's owners; absent before one, after a blank query and after a refused one. */
  found?: OwnerOption[];
  /** The search could not run (HubSpot or the server unreachable). */
  failed?: boolean;
}

export interface OwnerSearch extends OwnerSearchState {
  /** Every owner any search found, by owner id: a picked one keeps its name when later results differ. */
  seen: ReadonlyMap<string, OwnerOption>;
  onInput: (text: string) => void;
}

/** The "find more people" search, used when the form options list was truncated. */
export function useOwnerSearch(server: MeetingServer): OwnerSearch {
  const [state, setState] = useState<OwnerSearchState>({});
  const [seen, setSeen] = useState<ReadonlyMap<string, OwnerOption>>(new Map());
  // The timer of the latest text typed; also how an older, slower answer knows to stay unseen.
  const latest = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(latest.current), []);

  const onInput = useCallback(
    (text: string) => {
      clearTimeout(latest.current);
      // Nothing typed is no search; anything else (even one letter) is the core's to judge.
      const timer = text.trim()
        ? setTimeout(async () => {
            const result = await server.searchOwners(text).catch(() => undefined);
            if (latest.current !== timer) return;
            // A query the core refuses (one letter, say) just finds nobody yet: no error while typing.
            if (!result?.ok) return setState(result?.error.fields ? {} : { failed: true });
            const { owners } = result.matches;
            setSeen(
              (known) => new Map([...known, ...owners.map((owner) => [owner.ownerId, owner] as const)]),
            );
            setState({ found: owners });
          }, OWNER_SEARCH_DEBOUNCE_MS)
        : undefined;
      latest.current = timer;
      if (!timer) setState({});
    },
    [server],
  );
  return { ...state, seen, onInput };
}
