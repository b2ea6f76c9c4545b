// The card's bundle carries English only: the form-options route sends the rep's language with every
// answer, refusals included, over real HTTP from the backend to the emulator.
import { installApp, signedFetch, startStack, type Stack } from '../test-support';

describe("the card's language from the form-options route", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ storage: 'sqlite' });
    expect((await installApp(stack, 1001, '7001')).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const formOptions = (body: Record<string, unknown>) =>
    signedFetch(stack, { method: 'POST', path: '/api/form-options', body });

  it('sends Brazilian Portuguese with the options when the card asks for it', async () => {
    const response = await formOptions({ portalId: '1001', userId: '7001', language: 'pt-BR' });
    const answer = (await response.json()) as { ok: boolean; messages?: Record<string, string> };
    expect(answer.ok).toBe(true);
    expect(answer.messages?.['field.title']).toBe('Título');
    expect(answer.messages?.['submit.book']).toBe('Agendar reunião');
  });

  it('sends Spanish with a refusal too, so the card can say in Spanish that the app is not installed', async () => {
    const response = await formOptions({ portalId: '1002', userId: '7101', language: 'es' });
    expect(response.status).toBe(403);
    const answer = (await response.json()) as { ok: boolean; messages?: Record<string, string> };
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(answer.messages?.['install.heading']).toBe(
      'Meeting Card no puede acceder a esta cuenta de HubSpot',
    );
  });

  it.each([
    ['English', 'en'],
    ['a language the card does not speak', 'fr'],
    ['no language', undefined],
    ['something that is not a language', { 'field.title': 'injected' }],
  ])('sends no messages for %s', async (_name, language) => {
    const response = await formOptions({ portalId: '1001', userId: '7001', language });
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer.ok).toBe(true);
    expect(answer).not.toHaveProperty('messages');
  });
});
