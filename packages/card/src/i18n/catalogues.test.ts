import { BOOT_MESSAGES } from '@meeting-card/core';
import { CARD_CATALOGUES as CATALOGUES, cardMessagesFor } from '@meeting-card/core/server';
import { createTranslator, describeIssue, pickFormatLocale, pickLanguage } from '.';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  const english = CATALOGUES.en;

  it.each(['pt-BR', 'es'] as const)(
    '%s has exactly the English keys between what the bundle carries and what the server sends',
    (language) => {
      const bundled = Object.keys(BOOT_MESSAGES[language]);
      const sent = Object.keys(cardMessagesFor(language) ?? {});
      expect(bundled.filter((key) => sent.includes(key))).toEqual([]);
      expect([...bundled, ...sent].sort()).toEqual(Object.keys(english).sort());
    },
  );

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])('%s has no empty message', (language) => {
    const empty = Object.entries(CATALOGUES[language]).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(['pt-BR', 'es'] as const)(
    '%s uses the same placeholders as English in every message',
    (language) => {
      const mismatched = Object.entries(CATALOGUES[language])
        .filter(
          ([key, text]) =>
            placeholders(text).join() !== placeholders(english[key as keyof typeof english]).join(),
        )
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    },
  );
});

describe('choosing the language', () => {
  it.each([
    ['pt-br', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['en-us', 'en'],
    ['fr-fr', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ])('picks %s -> %s', (locale, language) => {
    expect(pickLanguage(locale)).toBe(language);
  });

  it("formats with the user's own locale when it belongs to the chosen language", () => {
    expect(pickFormatLocale('es-MX', 'es')).toBe('es-MX');
    expect(pickFormatLocale('fr-FR', 'en')).toBe('en');
    expect(pickFormatLocale(undefined, 'pt-BR')).toBe('pt-BR');
  });
});

describe('translating', () => {
  it('fills placeholders and localises field issues by code and params', () => {
    const t = createTranslator('pt-BR', 'pt-BR', cardMessagesFor('pt-BR'));
    expect(describeIssue(t, { code: 'too_long', message: 'Title is too long', params: { max: 255 } })).toBe(
      'Longo demais: no máximo 255 caracteres.',
    );
    expect(
      describeIssue(createTranslator('es', 'es', cardMessagesFor('es')), {
        code: 'duration_too_long',
        message: '',
        params: { maxMinutes: 1440 },
      }),
    ).toBe('Una reunión puede durar como máximo 24 horas.');
  });
});
