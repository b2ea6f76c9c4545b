import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Cookies for the uninstall trip. No cookie library: two cookies, read and written here only.

/** Double-submit token of the uninstall form: SameSite=Strict, so a cross-site form post never carries it. */
export const FORM_COOKIE = 'mc_uninstall_form';
/** Ties HubSpot's callback to the browser that started the trip: SameSite=Lax, sent on HubSpot's redirect back. */
export const TRIP_COOKIE = 'mc_oauth_trip';

export const newSecret = () => randomBytes(24).toString('base64url');
export const bindingOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function cookie(
  name: string,
  value: string,
  options: { path: string; sameSite: 'Strict' | 'Lax'; secure: boolean; maxAgeSeconds: number },
): string {
  return [
    `${name}=${value}`,
    `Path=${options.path}`,
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    `SameSite=${options.sameSite}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
