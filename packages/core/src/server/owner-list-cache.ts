import type { Failure, OwnerOption } from '../types';

/** An active owner with the text a search compares (folded name and email). */
export interface SearchableOwner {
  owner: OwnerOption;
  text: string;
}

export type OwnerListLoad = { ok: true; owners: readonly SearchableOwner[] } | Failure;

/**
 * Each account's active owners, per account, for a bounded time: a search reads the whole list, and
 * a rep types several searches in a row, so only the first one pages through HubSpot.
 */
export interface OwnerListCache {
  /**
   * The account's list while it is fresh, else the answer of `load`. Callers that ask while a load
   * is under way share it. A failure (or a throw) is not kept: the next call loads again.
   */
  get(accountKey: string, load: () => Promise<OwnerListLoad>): Promise<OwnerListLoad>;
}

export interface OwnerListCacheOptions {
  /** How long a list is served before HubSpot is read again (new hires show up within this). */
  ttlMs?: number;
  /** At most this many owners are held over all accounts; the least recently used lists go first. */
  maxOwners?: number;
  now?: () => number;
}

interface Entry {
  load: Promise<OwnerListLoad>;
  /** Infinity while the load is under way. */
  expiresAt: number;
  size: number;
}

export function createOwnerListCache(options: OwnerListCacheOptions = {}): OwnerListCache {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const maxOwners = options.maxOwners ?? 50_000;
  const now = options.now ?? Date.now;
  // Map keeps insertion order: re-inserting on use makes the first key the least recently used.
  const entries = new Map<string, Entry>();
  let held = 0;

  const drop = (accountKey: string, entry: Entry) => {
    if (entries.get(accountKey) !== entry) return;
    entries.delete(accountKey);
    held -= entry.size;
  };

  const settle = (accountKey: string, entry: Entry, result: OwnerListLoad) => {
    if (entries.get(accountKey) !== entry) return;
    if (!result.ok) return drop(accountKey, entry);
    entry.expiresAt = now() + ttlMs;
    entry.size = result.owners.length;
    held += entry.size;
    for (const [key, other] of entries) {
      if (held <= maxOwners) break;
      // Loads under way hold nothing yet, and dropping one would only start it twice.
      if (other !== entry && other.expiresAt !== Infinity) drop(key, other);
    }
    // A list larger than the whole budget is used once and not kept.
    if (held > maxOwners) drop(accountKey, entry);
  };

  return {
    get(accountKey, load) {
      const cached = entries.get(accountKey);
      if (cached && cached.expiresAt > now()) {
        entries.delete(accountKey);
        entries.set(accountKey, cached);
        return cached.load;
      }
      if (cached) drop(accountKey, cached);
      const entry: Entry = { load: load(), expiresAt: Infinity, size: 0 };
      entries.set(accountKey, entry);
      entry.load.then(
        (result) => settle(accountKey, entry, result),
        () => drop(accountKey, entry),
      );
      return entry.load;
    },
  };
}

/** Shared by every search in a warm function instance or backend process. */
export const processOwnerListCache = createOwnerListCache();
