import type { FormOptionsResult, MeetingTypeOption } from '../types';
import { systemClock, type Clock } from './clock';
import { failure, failureFromResponse } from './failures';
import { isCallFailure, type HubSpotApi } from './hubspot-api';
import { isSuccess } from './hubspot-error';
import { processOwnerCache, type OwnerCache } from './owner-cache';
import { fetchOwnerOfUser, listActiveOwners, toOwnerOption, type HubSpotOwner } from './owners';
import { nowOf, sendRead, type ReadOptions } from './send-read';
import { processFormReads, type SingleFlight } from './single-flight';

export interface FormOptionsDeps {
  api: HubSpotApi;
  ownerCache?: OwnerCache;
  clock?: Clock;
  /** At most this many owners are listed; past it `ownersTruncated` tells the card to search. */
  maxOwners?: number;
  timeoutMs?: number;
  /** Identical reads under way for the same account are shared (a cold cache would otherwise stampede). */
  singleFlight?: SingleFlight;
  /**
   * Take the organizer from the owners list when it is there (one HubSpot call fewer; the card's
   * combined load, issue 10), looking the user up only when the list does not hold them.
   */
  organizerFromOwnerList?: boolean;
}

export const DEFAULT_MAX_OWNERS = 1_000;

/**
 * Everything the card's form needs, in one call from the card: the organizer's owner, the owners
 * that can be invited, the account's meeting types. The three HubSpot reads run side by side.
 */
export async function loadFormOptions(
  deps: FormOptionsDeps,
  request: { organizerUserId: unknown },
): Promise<FormOptionsResult> {
  const userId =
    typeof request.organizerUserId === 'number' ? String(request.organizerUserId) : request.organizerUserId;
  if (typeof userId !== 'string' || !/^\d{1,20}$/.test(userId)) {
    return failure('VALIDATION_ERROR', 'The organizer is not a HubSpot user id.', {
      fields: {
        organizerUserId: { code: 'invalid_format', message: 'Organizer is not in the expected format.' },
      },
    });
  }
  const clock = deps.clock ?? systemClock;
  const reads: ReadOptions = {
    deadline: clock.now() + (deps.timeoutMs ?? 8_000),
    timeoutMs: 4_000,
    now: clock.now,
  };
  const flights = deps.singleFlight ?? processFormReads;
  const maxOwners = deps.maxOwners ?? DEFAULT_MAX_OWNERS;
  // One HubSpot read per (account, what) at a time; concurrent requests for the form share it.
  const shared = <T>(what: string, read: () => Promise<T>) =>
    flights.run(`form-options\u0000${deps.api.accountKey}\u0000${what}`, read);
  try {
    const lookUpOrganizer = () =>
      shared(`organizer:${userId}`, () => fetchOwnerOfUser(deps.api, userId, reads));
    const [listed, owners, meetingTypes] = await Promise.all([
      deps.organizerFromOwnerList ? Promise.resolve(undefined) : lookUpOrganizer(),
      shared(`owners:${maxOwners}`, () => listActiveOwners(deps.api, maxOwners, reads)),
      shared('meeting-types', () => listMeetingTypes(deps.api, reads)),
    ]);
    const inList = owners.ok ? owners.owners.find((o) => o.userId === userId) : undefined;
    const organizer =
      listed ??
      (inList
        ? {
            ok: true as const,
            owner: { id: inList.ownerId, userId: Number(userId) } as HubSpotOwner,
            option: inList,
          }
        : await lookUpOrganizer());
    if (!owners.ok) return owners;
    if (!meetingTypes.ok) return meetingTypes;
    // A user without an owner record can still see the form; booking will say why it cannot proceed.
    if (!organizer.ok && organizer.error.code !== 'NOT_FOUND') return organizer;
    if (organizer.ok)
      (deps.ownerCache ?? processOwnerCache).set(deps.api.accountKey, userId, organizer.owner.id);
    return {
      ok: true,
      options: {
        organizer: organizer.ok
          ? 'option' in organizer
            ? organizer.option
            : toOwnerOption(organizer.owner)
          : null,
        owners: owners.owners,
        ownersTruncated: owners.truncated,
        meetingTypes: meetingTypes.types,
      },
    };
  } catch (error) {
    if (isCallFailure(error)) {
      return failure('HUBSPOT_UNAVAILABLE', 'HubSpot could not be reached. Try again in a moment.', {
        retryable: true,
      });
    }
    throw error;
  }
}

async function listMeetingTypes(api: HubSpotApi, reads: ReadOptions) {
  const response = await sendRead(
    api,
    { method: 'GET', path: '/crm/properties/2026-03/meetings/hs_activity_type' },
    reads,
  );
  if (response.status === 404) return { ok: true as const, types: [] };
  if (!isSuccess(response)) return failureFromResponse(response, nowOf(reads));
  const options =
    (
      response.body as {
        options?: { label?: string; value?: string; hidden?: boolean; displayOrder?: number }[];
      }
    ).options ?? [];
  const types: MeetingTypeOption[] = options
    .filter((option) => !option.hidden && option.value)
    .sort((a, b) => (a.displayOrder ?? 0) - (b.displayOrder ?? 0))
    .map((option) => ({ value: String(option.value), label: String(option.label ?? option.value) }));
  return { ok: true as const, types };
}
