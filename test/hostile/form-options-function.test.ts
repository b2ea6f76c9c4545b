// The built form_options function given hostile input: a structured { ok: false, error }, never a
// throw, and no HubSpot call (counted at the emulator).
import type { FormOptionsResult } from '@meeting-card/core';
import { ACME_TOKEN, startEmulator, type Emulator } from '@meeting-card/hubspot-emulator';
import { requireBuiltFunction } from '../test-support/functions';
import { deeplyNested, ONE_MEGABYTE, parsedJson } from './hostile-input';

const { main } = requireBuiltFunction<FormOptionsResult>('form-options');

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: false, searchRateLimit: false });
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  emulator.reset();
});

const onContact = (parameters: unknown) => ({ parameters, propertiesToSend: { hs_object_id: '101' } });

async function answeredSafely(context: unknown): Promise<void> {
  const result = await main(context);

  expect(result).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_ERROR', message: expect.any(String) },
  });
  expect(JSON.stringify(result).length).toBeLessThan(10_000);
  expect(emulator.calls().total).toBe(0);
}

describe('the built form_options function given hostile input', () => {
  it.each([
    ['no context at all', () => undefined],
    ['a null context', () => null],
    ['an array as the context', () => [onContact({ organizerUserId: '7001' })]],
    ['a context without parameters', () => ({ propertiesToSend: { hs_object_id: '101' } })],
    ['parameters as an array', () => onContact(['7001'])],
    ['parameters as broken JSON text', () => onContact('{"organizerUserId": "70')],
    ['an organizer as an object', () => onContact({ organizerUserId: { id: '7001' } })],
    ['an organizer that is a path', () => onContact({ organizerUserId: '../../crm/owners' })],
    ['a 1 MB organizer', () => onContact({ organizerUserId: ONE_MEGABYTE })],
    ['an organizer nested 10,000 levels deep', () => onContact({ organizerUserId: deeplyNested(10_000) })],
    [
      'an organizer only on the prototype',
      () => onContact(parsedJson('{"__proto__": {"organizerUserId": "7001"}}')),
    ],
  ])('answers %s with a structured error and calls no HubSpot API', async (_name, context) => {
    await answeredSafely(context());
  });
});
