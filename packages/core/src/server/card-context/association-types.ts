import type { HubSpotApi } from '../hubspot-api';
import { isSuccess } from '../hubspot-error';
import { concurrentReads } from '../concurrent-reads';
import { sendRead, type ReadOptions } from '../send-read';

// Meeting association type ids per account, from GET /crm/associations/2026-03/meetings/{toType}/labels
// (the HUBSPOT_DEFINED unlabeled type), cached per account. HubSpot's defined ids are the fallback when the
// labels API cannot be read: an unread label must never stop a booking.

export type AssociatedKind = 'contacts' | 'companies' | 'deals';

/** HubSpot's defined meeting → X type ids (HUBSPOT_DEFINED, unlabeled). */
export const DEFINED_MEETING_ASSOCIATION_TYPES: Record<AssociatedKind, number> = {
  contacts: 200,
  companies: 188,
  deals: 212,
};

/** The type ids read so far for an account, kind by kind (a kind never needed is never read). */
export interface AssociationTypeCache {
  get(accountKey: string): Partial<Record<AssociatedKind, number>> | undefined;
  set(accountKey: string, types: Partial<Record<AssociatedKind, number>>): void;
}

export function createAssociationTypeCache(
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): AssociationTypeCache {
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const maxEntries = options.maxEntries ?? 2_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { types: Partial<Record<AssociatedKind, number>>; expiresAt: number }>();
  return {
    get(accountKey) {
      const entry = entries.get(accountKey);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(accountKey);
        return undefined;
      }
      return entry.types;
    },
    set(accountKey, types) {
      entries.delete(accountKey);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(accountKey, { types, expiresAt: now() + ttlMs });
    },
  };
}

export const processAssociationTypes = createAssociationTypeCache();

interface LabelsAnswer {
  results?: Array<{ category?: string; typeId?: number; label?: string | null }>;
}

/**
 * The type ids for `kinds` in this account: each cached kind as cached, the others read (in parallel) and
 * cached when their read answered. A read that fails leaves HubSpot's defined id for that kind (not cached).
 */
export async function meetingAssociationTypes(
  api: HubSpotApi,
  cache: AssociationTypeCache,
  reads: ReadOptions,
  kinds: readonly AssociatedKind[] = ['contacts', 'companies', 'deals'],
): Promise<Record<AssociatedKind, number>> {
  const cached = cache.get(api.accountKey) ?? {};
  const types = { ...DEFINED_MEETING_ASSOCIATION_TYPES, ...cached };
  const missing = kinds.filter((kind) => cached[kind] === undefined);
  if (missing.length === 0) return types;
  const read: Partial<Record<AssociatedKind, number>> = {};
  await Promise.all(
    missing.map(async (kind) => {
      try {
        const response = await concurrentReads.run(`labels\u0000${api.accountKey}\u0000${kind}`, () =>
          sendRead(api, { method: 'GET', path: `/crm/associations/2026-03/meetings/${kind}/labels` }, reads),
        );
        const unlabeled = isSuccess(response)
          ? (response.body as LabelsAnswer).results?.find(
              (r) => r.category === 'HUBSPOT_DEFINED' && !r.label && Number.isInteger(r.typeId),
            )
          : undefined;
        if (unlabeled?.typeId !== undefined) types[kind] = read[kind] = unlabeled.typeId;
      } catch {
        // HubSpot's defined id stays, uncached: the next booking asks again.
      }
    }),
  );
  if (Object.keys(read).length > 0)
    cache.set(api.accountKey, { ...(cache.get(api.accountKey) ?? {}), ...read });
  return types;
}
