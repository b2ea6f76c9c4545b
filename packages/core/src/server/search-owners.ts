import type { Failure, OwnerSearchError, OwnerSearchResult } from '../types';
import { systemClock, type Clock } from './clock';
import { isCallFailure, type HubSpotApi } from './hubspot-api';
import { processOwnerListCache, type OwnerListCache, type OwnerListLoad } from './owner-list-cache';
import { checkOwnerQuery, foldForSearch, OWNER_QUERY_LIMITS } from './owner-query';
import { listActiveOwners } from './owners';
import type { ReadOptions } from './send-read';

export interface SearchOwnersDeps {
  api: HubSpotApi;
  ownerListCache?: OwnerListCache;
  clock?: Clock;
  /**
   * At most this many owners are read into the list a search looks through: 20 pages, which HubSpot
   * serves well within the card's wait. Owners past it are not found.
   */
  maxOwners?: number;
  timeoutMs?: number;
}

export const DEFAULT_MAX_SEARCHED_OWNERS = 10_000;

/**
 * Active owners whose name or email contains `query`, sorted by name. HubSpot's owners API has no
 * name search (only an exact email), so the account's whole list is read once and kept for a few
 * minutes (see owner-list-cache.ts); a query that fails the checks costs no HubSpot call.
 */
export async function searchOwners(
  deps: SearchOwnersDeps,
  request: { query: unknown; limit?: number },
): Promise<OwnerSearchResult> {
  const checked = checkOwnerQuery(request.query);
  if (!checked.ok) {
    return {
      ok: false,
      error: {
        code: 'VALIDATION_ERROR',
        message: 'The search text cannot be used.',
        retryable: false,
        fields: { ownerQuery: checked.issue },
      },
    };
  }
  const limit = resultLimit(request.limit);
  const clock = deps.clock ?? systemClock;
  const reads: ReadOptions = {
    deadline: clock.now() + (deps.timeoutMs ?? 8_000),
    timeoutMs: 4_000,
    now: clock.now,
  };
  const maxOwners = deps.maxOwners ?? DEFAULT_MAX_SEARCHED_OWNERS;
  try {
    const list = await (deps.ownerListCache ?? processOwnerListCache).get(deps.api.accountKey, () =>
      loadOwnerList(deps.api, maxOwners, reads),
    );
    if (!list.ok) return { ok: false, error: withoutFields(list) };
    const needle = foldForSearch(checked.query);
    const owners = [];
    let more = false;
    for (const entry of list.owners) {
      if (!entry.text.includes(needle)) continue;
      if (owners.length === limit) {
        more = true;
        break;
      }
      owners.push(entry.owner);
    }
    return { ok: true, matches: { owners, more } };
  } catch (error) {
    if (isCallFailure(error)) {
      return {
        ok: false,
        error: {
          code: 'HUBSPOT_UNAVAILABLE',
          message: 'HubSpot could not be reached. Try again in a moment.',
          retryable: true,
        },
      };
    }
    throw error;
  }
}

async function loadOwnerList(api: HubSpotApi, maxOwners: number, reads: ReadOptions): Promise<OwnerListLoad> {
  const listed = await listActiveOwners(api, maxOwners, reads);
  if (!listed.ok) return listed;
  // Name and email on separate lines: a query (its white space folded to spaces) never spans both.
  const owners = listed.owners.map((owner) => ({
    owner,
    text: `${foldForSearch(owner.name)}\n${foldForSearch(owner.email ?? '')}`,
  }));
  return { ok: true, owners };
}

function resultLimit(limit: number | undefined): number {
  const max = OWNER_QUERY_LIMITS.maxResults;
  return Number.isInteger(limit) && (limit as number) > 0 ? Math.min(limit as number, max) : max;
}

/** A HubSpot failure carries no field issues; spelled out because the two `fields` types differ. */
function withoutFields({ error }: Failure): OwnerSearchError {
  const { fields: _fields, ...rest } = error;
  return rest;
}
