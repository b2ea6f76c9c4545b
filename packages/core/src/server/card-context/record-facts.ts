// What HubSpot told this process about a contact, kept so a booking right after the card's load does not
// read the contact again: its primary company (null: none). Only HubSpot's own answers are written here,
// never anything the card sent. Stale by at most `ttlMs`: a company changed in the meantime is the cost.

export interface RecordFacts {
  /** The contact's primary company id as HubSpot last said (null: none); undefined: not known or too old. */
  primaryCompany(accountKey: string, contactId: string): string | null | undefined;
  rememberPrimaryCompany(accountKey: string, contactId: string, companyId: string | null): void;
}

export function createRecordFacts(
  options: { ttlMs?: number; maxEntries?: number; now?: () => number } = {},
): RecordFacts {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { companyId: string | null; expiresAt: number }>();
  const keyOf = (accountKey: string, contactId: string) => `${accountKey}\u0000${contactId}`;
  return {
    primaryCompany(accountKey, contactId) {
      const key = keyOf(accountKey, contactId);
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.companyId;
    },
    rememberPrimaryCompany(accountKey, contactId, companyId) {
      const key = keyOf(accountKey, contactId);
      entries.delete(key);
      // The oldest entry goes first: a Map iterates in insertion order.
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(key, { companyId, expiresAt: now() + ttlMs });
    },
  };
}

/** The process's facts, shared by the card's load and the booking (app functions; a backend instance). */
export const processRecordFacts = createRecordFacts();
