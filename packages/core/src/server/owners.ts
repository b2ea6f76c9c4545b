import type { Failure, OwnerOption } from '../types';
import { failure, failureFromResponse } from './failures';
import { isCallFailure, type HubSpotApi } from './hubspot-api';
import { isSuccess } from './hubspot-error';
import type { OwnerCache } from './owner-cache';
import { concurrentReads } from './concurrent-reads';
import { nowOf, sendRead, type ReadOptions } from './send-read';

const OWNERS_PAGE_SIZE = 500;

export interface HubSpotOwner {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  userId?: number | string;
  archived?: boolean;
}

export function toOwnerOption(owner: HubSpotOwner): OwnerOption {
  const name =
    [owner.firstName, owner.lastName].filter(Boolean).join(' ').trim() || owner.email || `Owner ${owner.id}`;
  const option: OwnerOption = { ownerId: String(owner.id), name };
  if (owner.userId !== undefined && owner.userId !== null) option.userId = String(owner.userId);
  if (owner.email) option.email = owner.email;
  return option;
}

export type OwnerLookup = { ok: true; owner: HubSpotOwner } | Failure;

/** GET /crm/owners/2026-03/{userId}?idProperty=userId: the owner record of a HubSpot user. */
export async function fetchOwnerOfUser(
  api: HubSpotApi,
  userId: string,
  options: ReadOptions,
): Promise<OwnerLookup> {
  try {
    const response = await sendRead(
      api,
      {
        method: 'GET',
        path: `/crm/owners/2026-03/${encodeURIComponent(userId)}`,
        query: { idProperty: 'userId' },
      },
      options,
    );
    if (!isSuccess(response))
      return failureFromResponse(response, nowOf(options), { kind: 'organizer', id: userId });
    const owner = response.body as HubSpotOwner;
    if (!owner || owner.id === undefined)
      return failure('NOT_FOUND', 'HubSpot has no owner record for your user.', {
        details: { kind: 'organizer', id: userId },
      });
    return { ok: true, owner: { ...owner, id: String(owner.id) } };
  } catch (error) {
    if (isCallFailure(error)) {
      return failure(
        'HUBSPOT_UNAVAILABLE',
        'HubSpot could not be reached. Nothing was booked; try again in a moment.',
        { retryable: true },
      );
    }
    throw error;
  }
}

/** The organizer's owner id, from the cache when fresh: one HubSpot call per meeting, not two. */
export async function resolveOrganizerOwnerId(
  api: HubSpotApi,
  cache: OwnerCache,
  userId: string,
  options: ReadOptions,
): Promise<{ ok: true; ownerId: string } | Failure> {
  const cached = cache.get(api.accountKey, userId);
  if (cached) return { ok: true, ownerId: cached };
  const lookup = await concurrentReads.run(`owner\u0000${api.accountKey}\u0000${userId}`, () =>
    fetchOwnerOfUser(api, userId, options),
  );
  if (!lookup.ok) return lookup;
  cache.set(api.accountKey, userId, lookup.owner.id);
  return { ok: true, ownerId: lookup.owner.id };
}

/**
 * GET /crm/owners/2026-03, page by page: the account's active owners sorted by name, at most
 * `maxOwners` of them; `truncated` says the account has more. Throws TransportError or NotSentError.
 */
export async function listActiveOwners(api: HubSpotApi, maxOwners: number, reads: ReadOptions) {
  const owners: OwnerOption[] = [];
  let after: string | undefined;
  do {
    const query: Record<string, string> = {
      limit: String(Math.min(OWNERS_PAGE_SIZE, maxOwners + 1 - owners.length)),
      archived: 'false',
    };
    if (after) query.after = after;
    const response = await sendRead(api, { method: 'GET', path: '/crm/owners/2026-03', query }, reads);
    if (!isSuccess(response)) return failureFromResponse(response, nowOf(reads), { kind: 'owner' });
    const page = response.body as { results?: HubSpotOwner[]; paging?: { next?: { after?: string } } };
    for (const owner of page.results ?? []) if (!owner.archived) owners.push(toOwnerOption(owner));
    after = page.paging?.next?.after;
  } while (after && owners.length <= maxOwners);
  const truncated = owners.length > maxOwners || Boolean(after);
  owners.length = Math.min(owners.length, maxOwners);
  owners.sort((a, b) => a.name.localeCompare(b.name));
  return { ok: true as const, owners, truncated };
}
