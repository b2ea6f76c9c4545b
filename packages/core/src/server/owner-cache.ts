/** user id -> owner id, per account, for a bounded time. A user's owner id practically never changes. */
export interface OwnerCache {
  get(accountKey: string, userId: string): string | undefined;
  set(accountKey: string, userId: string, ownerId: string): void;
}

export function createOwnerCache(
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): OwnerCache {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 5_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { ownerId: string; expiresAt: number }>();
  return {
    get(accountKey, userId) {
      const key = `${accountKey}:${userId}`;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.ownerId;
    },
    set(accountKey, userId, ownerId) {
      const key = `${accountKey}:${userId}`;
      entries.delete(key);
      // Map keeps insertion order: the first key is the oldest.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { ownerId, expiresAt: now() + ttlMs });
    },
  };
}

/** Shared by every call in a warm function instance or backend process. */
export const processOwnerCache = createOwnerCache();
