import { BOOT_MESSAGES, EN_MESSAGES, type Catalogue, type Language } from '../messages';
import { ES_MESSAGES } from '../messages/es';
import { PT_BR_MESSAGES } from '../messages/pt-BR';

/** The messages a server sends the card for a language its bundle does not carry. */
export type CardMessages = Partial<Catalogue>;

const SENT: Record<Exclude<Language, 'en'>, CardMessages> = { 'pt-BR': PT_BR_MESSAGES, es: ES_MESSAGES };

/**
 * The card's messages in `language`, as the card asked (untrusted): Brazilian Portuguese or Spanish;
 * English and anything else get none (the card carries English itself).
 */
export function cardMessagesFor(language: unknown): CardMessages | undefined {
  return language === 'pt-BR' || language === 'es' ? SENT[language] : undefined;
}

/** An answer to the card's first call with its language's messages beside it (success or failure alike). */
export function withCardMessages<T extends object>(
  answer: T,
  language: unknown,
): T & { messages?: CardMessages } {
  const messages = cardMessagesFor(language);
  return messages ? { ...answer, messages } : answer;
}

/** Every language whole, as a rep sees it once the server answered (tests and tools). */
export const CARD_CATALOGUES: Record<Language, Catalogue> = {
  en: EN_MESSAGES,
  'pt-BR': { ...EN_MESSAGES, ...BOOT_MESSAGES['pt-BR'], ...PT_BR_MESSAGES },
  es: { ...EN_MESSAGES, ...BOOT_MESSAGES.es, ...ES_MESSAGES },
};
