// Card-safe: English and the few Portuguese and Spanish messages the card shows before its server
// answers. The rest of each language is in ./pt-BR.ts and ./es.ts, reached from the server entry only.
export { EN_MESSAGES, type Catalogue, type MessageKey } from './en';
export { BOOT_KEYS, BOOT_MESSAGES, type BootKey } from './boot';

/** The languages the card speaks, as BCP 47 tags. */
export type Language = 'en' | 'pt-BR' | 'es';
export const LANGUAGES: readonly Language[] = ['en', 'pt-BR', 'es'];
