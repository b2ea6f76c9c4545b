import type { FieldIssue } from '@meeting-card/core';
import { MESSAGES, type Catalogue, type MessageKey } from './messages';

export type { Catalogue, MessageKey } from './messages';

/** The languages the card speaks, as BCP 47 tags, in the order of MESSAGES' columns. */
export type Language = 'en' | 'pt-BR' | 'es';
const COLUMNS: readonly Language[] = ['en', 'pt-BR', 'es'];

/** One language's column of MESSAGES, by key. */
function column(language: Language): Catalogue {
  const index = COLUMNS.indexOf(language);
  const catalogue = {} as Catalogue;
  for (const key of Object.keys(MESSAGES) as MessageKey[]) catalogue[key] = MESSAGES[key][index]!;
  return catalogue;
}

export const CATALOGUES: Record<Language, Catalogue> = {
  en: column('en'),
  'pt-BR': column('pt-BR'),
  es: column('es'),
};
const en = CATALOGUES.en;

/**
 * Picks the catalogue for a HubSpot user locale ("pt-br", "es-MX", "en-us", ...). Any Portuguese
 * gets Brazilian Portuguese and any Spanish gets Spanish; everything else falls back to English.
 */
export function pickLanguage(locale: string | undefined | null): Language {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'es') return 'es';
  return 'en';
}

/**
 * The locale to format dates with: the user's own when the runtime knows it (so "es-MX" gets
 * Mexican date order), else the catalogue's language.
 */
export function pickFormatLocale(locale: string | undefined | null, language: Language): string {
  if (locale) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(locale.replace('_', '-'));
      if (supported && primaryTag(supported) === primaryTag(language)) return supported;
    } catch {
      // A malformed locale tag: use the language below.
    }
  }
  return language;
}

const primaryTag = (tag: string) => tag.toLowerCase().split('-')[0];

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Numbers in placeholders are written for `locale` ("10,000" in English, "10.000" in Portuguese). */
export function createTranslator(language: Language, locale: string = language): Translate {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = catalogue[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

const CAUSES = ['rate_limit', 'hubspot_error', 'timeout', 'connection', 'unconfirmed'] as const;

/** The sentence naming what went wrong ("HubSpot did not answer in time."); `fallback` when unknown. */
export function describeCause(
  t: Translate,
  cause: string | undefined,
  fallback: (typeof CAUSES)[number],
): string {
  return t(
    `cause.${(CAUSES as readonly string[]).includes(cause ?? '') ? (cause as typeof fallback) : fallback}`,
  );
}

/** A field issue from the core (or the server) in the rep's language, by its code and params. */
export function describeIssue(t: Translate, issue: FieldIssue): string {
  const params = issue.params ?? {};
  if (issue.code === 'duration_too_long') {
    return t('issue.duration_too_long', { hours: Number(params.maxMinutes ?? 0) / 60 });
  }
  return t(`issue.${issue.code}`, params);
}
