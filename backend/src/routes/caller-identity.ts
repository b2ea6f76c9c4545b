/**
 * Which account and user a signed request speaks for.
 *
 * The signature proves HubSpot relayed the request from our card, and that nobody changed the
 * method, URI, body or timestamp since. HubSpot is documented to append `portalId` and `userId` to the
 * query of a `hubspot.fetch` call (unconfirmed without a real account). Those are HubSpot's own word
 * and win. The card also puts `portalId`/`userId` (from `context.portal.id` / `context.user.id`) and the
 * record id (`context.crm.objectId`) in the signed body: they reach us exactly as the card sent them
 * inside HubSpot, which is the same trust the private build gives the app function's context. When
 * both the query and the body carry an id, they must agree, or the request is refused.
 */
export interface CallerIdentity {
  hubId: string;
  userId: string | undefined;
}

export type IdentityResult =
  { ok: true; caller: CallerIdentity } | { ok: false; status: 400 | 403; message: string };

const ID = /^\d{1,20}$/;

function idOf(value: unknown): string | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  const text = typeof value === 'number' ? String(value) : value;
  return typeof text === 'string' && ID.test(text) ? text : null;
}

export function resolveCaller(
  query: Record<string, unknown>,
  body: Record<string, unknown> | undefined,
): IdentityResult {
  const pick = (name: 'portalId' | 'userId') => {
    const fromQuery = idOf(query[name]);
    const fromBody = idOf(body?.[name]);
    if (fromQuery === null || fromBody === null) return { error: `${name} is not a HubSpot id` };
    if (fromQuery !== undefined && fromBody !== undefined && fromQuery !== fromBody)
      return { mismatch: `${name} in the body does not match the one HubSpot sent` };
    return { value: fromQuery ?? fromBody };
  };
  const portal = pick('portalId');
  const user = pick('userId');
  for (const r of [portal, user]) {
    if ('mismatch' in r) return { ok: false, status: 403, message: r.mismatch as string };
    if ('error' in r) return { ok: false, status: 400, message: r.error as string };
  }
  const hubId = 'value' in portal ? portal.value : undefined;
  if (!hubId) return { ok: false, status: 400, message: 'portalId is required' };
  return { ok: true, caller: { hubId, userId: 'value' in user ? user.value : undefined } };
}
