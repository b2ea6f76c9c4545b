import { isValidTimeZone } from '@meeting-card/core';

/**
 * The IANA name behind a contact's `hs_timezone` value. HubSpot stores that property as an
 * enumeration whose internal values look like "america_slash_sao_paulo"; an IANA name as such
 * ("America/Sao_Paulo") is accepted too. Returns null for an empty or unknown value.
 */
export function contactTimeZone(hsTimezone: string | null | undefined): string | null {
  const candidate = (hsTimezone ?? '').trim().replace(/_slash_/gi, '/');
  if (!candidate || !isValidTimeZone(candidate)) return null;
  // Intl matches zone names case-insensitively and answers with the canonical spelling.
  return new Intl.DateTimeFormat('en-US', { timeZone: candidate }).resolvedOptions().timeZone;
}
