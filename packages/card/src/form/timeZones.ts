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

/**
 * The rep's own time zone. HubSpot's card context (0.17) has none for the user, so it is the zone of
 * the browser HubSpot runs the card in (its worker shares the browser's Intl); null when the runtime
 * does not say, and then the form offers the account's and the contact's only.
 */
export function repTimeZone(resolve = () => Intl.DateTimeFormat().resolvedOptions().timeZone): string | null {
  try {
    const zone = resolve();
    return zone && isValidTimeZone(zone) ? zone : null;
  } catch {
    return null;
  }
}

// The IANA database names zones after a city without its accents; these are the ones reps in
// Brazil and Latin America read most. Every other city is shown as spelled in the database.
const PLACE_SPELLINGS: Record<string, string> = {
  Sao_Paulo: 'São Paulo',
  Bogota: 'Bogotá',
  Asuncion: 'Asunción',
  Belem: 'Belém',
  Cuiaba: 'Cuiabá',
  Maceio: 'Maceió',
  Merida: 'Mérida',
  Cancun: 'Cancún',
};

/** "São Paulo" for "America/Sao_Paulo", "Indiana / Indianapolis" style for deeper names, "UTC" as is. */
export function placeName(timeZone: string): string {
  const parts = timeZone.split('/');
  const city = parts.length > 1 ? parts.slice(1) : parts;
  return city.map((part) => PLACE_SPELLINGS[part] ?? part.replace(/_/g, ' ')).join(' / ');
}

/** "GMT-3", "GMT+5:45", "GMT" at `instant`, in the rep's locale. */
export function offsetName(timeZone: string, locale: string, instant: number): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(
    instant,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** "São Paulo (GMT-3)": a place, with the offset at `instant` as a detail. */
export function zoneLabel(timeZone: string, locale: string, instant: number): string {
  return `${placeName(timeZone)} (${offsetName(timeZone, locale, instant)})`;
}

let allZones: readonly string[] | undefined;
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_/]/g, ' ');

/**
 * Zones whose place or IANA name contains `query` (case and accents ignored: "sao" finds São
 * Paulo), those whose place starts with it first; at most `limit`.
 */
export function searchZones(query: string, limit = 20): string[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  allZones ??= [...Intl.supportedValuesOf('timeZone'), 'UTC'];
  const found: [rank: number, zone: string][] = [];
  for (const zone of allZones) {
    const place = fold(placeName(zone));
    const rank = place.startsWith(wanted)
      ? 0
      : place.includes(wanted)
        ? 1
        : fold(zone).includes(wanted)
          ? 2
          : -1;
    if (rank >= 0) found.push([rank, zone]);
  }
  return found
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, limit)
    .map(([, zone]) => zone);
}
