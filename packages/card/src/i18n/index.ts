import type { FieldIssue } from '@meeting-card/core';
import { en, type Catalogue, type MessageKey } from './en';
import { es } from './es';
import { ptBR } from './pt-BR';

export type { Catalogue, MessageKey } from './en';

/** The languages the card speaks, as BCP 47 tags. */
export type Language = 'en' | 'pt-BR' | 'es';

export const CATALOGUES: Record<Language, Catalogue> = { en, 'pt-BR': ptBR, es };

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

export function createTranslator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) => {
    const template = catalogue[key] ?? en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      params[name] === undefined ? whole : String(params[name]),
    );
  };
}

/** A field issue from the core (or the server) in the rep's language, by its code and params. */
export function describeIssue(t: Translate, issue: FieldIssue): string {
  const params = issue.params ?? {};
  if (issue.code === 'duration_too_long') {
    return t('issue.duration_too_long', { hours: Number(params.maxMinutes ?? 0) / 60 });
  }
  return t(`issue.${issue.code}`, params);
}
