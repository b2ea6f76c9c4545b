import type { MeetingCheck, MeetingParameters } from '@meeting-card/core';

/** A request that may have booked and is not resolved yet: checked with its parameters unchanged. */
export type UnresolvedRequest = MeetingParameters & MeetingCheck;

/**
 * Unresolved requests, outside any component: a remount (tab switch, locale change, a new context)
 * must not forget one, or the next click would mint a new requestId and book a second time. Keyed by
 * portal, user and record (see `unresolvedKey`); lives as long as the card's runtime does.
 */
const unresolved = new Map<string, UnresolvedRequest>();

export function unresolvedKey(portalId: unknown, userId: unknown, recordId: unknown): string {
  return JSON.stringify([String(portalId ?? ''), String(userId ?? ''), String(recordId ?? '')]);
}

/** A ref-like slot over one key's entry: `current` reads and writes the module-level store. */
export interface UnresolvedSlot {
  current: UnresolvedRequest | null;
}

export function unresolvedSlot(key: string): UnresolvedSlot {
  return {
    get current() {
      return unresolved.get(key) ?? null;
    },
    set current(request: UnresolvedRequest | null) {
      if (request) unresolved.set(key, request);
      else unresolved.delete(key);
    },
  };
}

/** Tests only: each test's card starts with nothing unresolved. */
export function forgetUnresolvedRequests(): void {
  unresolved.clear();
}
