import {
  BOOT_MESSAGES,
  EN_MESSAGES,
  type Catalogue,
  type FieldIssue,
  type Language,
  type MessageKey,
} from '@meeting-card/core';

export type { Catalogue, Language, MessageKey } from '@meeting-card/core';

/** The rep's language's messages as the server sent them: text by key (anything else is dropped). */
export type SentMessages = Partial<Record<string, string>>;

/**
 * The catalogue for `language`: English as the bundle carries it, then the few messages the bundle
 * carries in the rep's language, then what the server sent. A key nobody translated reads in English.
 */
function catalogueOf(language: Language, sent: SentMessages | undefined): Catalogue {
  if (language === 'en') return EN_MESSAGES;
  const catalogue: Record<string, string> = { ...EN_MESSAGES, ...BOOT_MESSAGES[language] };
  for (const [key, text] of Object.entries(sent ?? {}))
    if (key in EN_MESSAGES && typeof text === 'string') catalogue[key] = text;
  return catalogue as Catalogue;
}

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
export function createTranslator(
  language: Language,
  locale: string = language,
  sent?: SentMessages,
): Translate {
  const catalogue = catalogueOf(language, sent);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = catalogue[key] ?? EN_MESSAGES[key];
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
