// The card's bundle carries English and, in Portuguese and Spanish, only what it says before its
// server answers: the rest of the rep's language comes with that first answer.
import { Alert, Button, Input, LoadingButton, LoadingSpinner } from '@hubspot/ui-extensions';
import type { FormOptionsResult } from '@meeting-card/core';
import { withCardMessages } from '@meeting-card/core/server';
import { createTranslator } from '.';
import { OPTIONS, RecordingServer, deferred, renderCard } from '../test-support';

/** Answers each form-options call with the next queued answer, as given (messages or none). */
class QueuedOptionsServer extends RecordingServer {
  readonly asked: Record<string, unknown>[] = [];
  constructor(private readonly answers: Promise<FormOptionsResult>[]) {
    super();
  }
  override loadFormOptions(req: { organizerUserId: string; language?: string }): Promise<FormOptionsResult> {
    this.asked.push(req);
    return this.answers.shift() ?? Promise.resolve({ ok: true, options: OPTIONS });
  }
}

const unreachable: FormOptionsResult = {
  ok: false,
  error: { code: 'HUBSPOT_UNAVAILABLE', message: 'The form options could not be loaded.', retryable: true },
};

describe("the rep's language from the server", () => {
  it('asks for Portuguese and shows a Portuguese wait, not an English form, until the answer brings it', async () => {
    const first = deferred<FormOptionsResult>();
    const server = new QueuedOptionsServer([first.promise]);
    const card = await renderCard({ server, locale: 'pt-br' });
    expect(server.asked[0]).toMatchObject({ language: 'pt-BR' });
    expect(card.find(LoadingSpinner).props.label).toBe('Carregando o Meeting Card…');
    expect(card.maybeFind(LoadingButton)).toBeNull();

    first.resolve(withCardMessages({ ok: true, options: OPTIONS }, 'pt-BR'));
    await card.waitFor(() => expect(card.find(LoadingButton).text).toBe('Agendar reunião'));
    expect(card.find(Input, { name: 'title' }).props.label).toBe('Título');
    expect(card.maybeFind(Alert, { testId: 'language-missing' })).toBeNull();
  });

  it('says in Spanish that its language did not arrive, keeps the form usable in English, and gets it on retry with the typing kept', async () => {
    const server = new QueuedOptionsServer([
      Promise.resolve(unreachable),
      Promise.resolve(withCardMessages({ ok: true, options: OPTIONS }, 'es')),
    ]);
    const card = await renderCard({ server, locale: 'es' });
    await card.waitFor(() => expect(card.find(Alert, { testId: 'language-missing' })).toBeTruthy());
    expect(card.find(Alert, { testId: 'language-missing' }).props.title).toMatch(/^El español no se cargó/);
    expect(card.find(LoadingButton).text).toBe('Book meeting');
    card.find(Input, { name: 'title' }).trigger('onChange', 'Revisión de precios' as never);

    card.find(Button, { testId: 'language-retry' }).trigger('onClick');
    await card.waitFor(() => expect(card.find(LoadingButton).text).toBe('Agendar reunión'));
    expect(card.find(Input, { name: 'title' }).props.value).toBe('Revisión de precios');
    expect(card.maybeFind(Alert, { testId: 'language-missing' })).toBeNull();
    expect(server.asked).toHaveLength(2);
  });

  it('does not ask for English, which the bundle carries, and shows the form at once', async () => {
    const first = deferred<FormOptionsResult>();
    const server = new QueuedOptionsServer([first.promise]);
    const card = await renderCard({ server, locale: 'en-us' });
    expect(server.asked[0]).not.toHaveProperty('language');
    expect(card.find(LoadingButton).text).toBe('Book meeting');
    first.resolve({ ok: true, options: OPTIONS });
  });
});

describe('translating with what the server sent', () => {
  it('uses the sent text, reads keys nobody sent in English and the bundled wait in the language', () => {
    const t = createTranslator('pt-BR', 'pt-BR', { 'field.title': 'Título' });
    expect(t('field.title')).toBe('Título');
    expect(t('field.date')).toBe('Date');
    expect(t('load.retry')).toBe('Tentar novamente');
  });

  it('ignores sent keys English does not have and values that are not text', () => {
    const sent = { 'no.such.key': 'x', 'field.date': 42 } as unknown as Record<string, string>;
    const t = createTranslator('es', 'es', sent);
    expect(t('field.date')).toBe('Date');
  });
});
