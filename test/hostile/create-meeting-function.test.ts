// The built create_meeting function given hostile input: always a structured { ok: false, error },
// never a throw, and nothing sent to HubSpot (counted at the emulator, a real HTTP server).
import type { CreateMeetingResult } from '@meeting-card/core';
import { ACME_TOKEN, startEmulator, type Emulator } from '@meeting-card/hubspot-emulator';
import { requireBuiltFunction } from '../test-support/functions';
import { invalidFormCases, noContactCases, parsedJson, validParameters } from './hostile-input';

const CREATE_ROUTE = '/scheduler/2026-03/meetings/calendar';
const { main } = requireBuiltFunction<CreateMeetingResult>('create-meeting');

let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimit: false,
    searchRateLimit: false,
    lag: { search: { fixedMs: 0 } },
  });
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  emulator.reset();
});

afterEach(() => {
  // Nothing any case did may have reached Object.prototype.
  expect(Object.prototype).not.toHaveProperty('title');
  expect(Object.prototype).not.toHaveProperty('hs_object_id');
  expect(Object.prototype).not.toHaveProperty('requestId');
});

describe('the built create_meeting function given hostile input', () => {
  const answeredSafely = async (context: unknown, code: string) => {
    const result = await main(context);

    expect(result).toMatchObject({
      ok: false,
      error: { code, message: expect.any(String), retryable: false },
    });
    // The answer names problems; it does not echo megabytes of input back to the card.
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
    expect(JSON.stringify(result)).not.toContain(ACME_TOKEN);
    expect(emulator.calls().total).toBe(0);
  };

  const cases = [...noContactCases, ...invalidFormCases];
  it.each(cases.map(([name, context, code]) => [name, code, context] as const))(
    'answers %s with a structured %s and sends nothing to HubSpot',
    async (_name, code, context) => {
      await answeredSafely(context(), code);
    },
  );

  it('answers an empty context with a structured error and sends nothing to HubSpot', async () => {
    const result = await main(undefined);

    // Whatever the code, it is a structured failure, not a throw, and nothing was sent.
    expect(result).toMatchObject({
      ok: false,
      error: { code: expect.any(String), message: expect.any(String) },
    });
    expect(emulator.calls().total).toBe(0);
  });

  it('names the offending field for a wrongly typed or oversized form', async () => {
    const result = await main({
      parameters: { ...validParameters(), title: 'x'.repeat(1024 * 1024), reminders: 'soon' },
      propertiesToSend: { hs_object_id: '101' },
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields ?? {}).sort()).toEqual(['reminders', 'title']);
    expect(result.error.fields?.title?.code).toBe('too_long');
    expect(emulator.callCount('POST', CREATE_ROUTE)).toBe(0);
  });

  it('books for the contact HubSpot vouched for, ignoring unknown fields and a contact id in the parameters', async () => {
    const parameters = {
      ...validParameters(),
      contactId: '102',
      hs_object_id: '102',
      associations: [{ to: { id: '102' } }],
      ...(parsedJson('{"__proto__": {"contactId": "103"}}') as object),
    };

    const result = await main({ parameters, propertiesToSend: { hs_object_id: '101' } });

    expect(result).toMatchObject({ ok: true, meeting: { contactId: '101' } });
    const stored = emulator.meetings();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.associations.contacts).toEqual(['101']);
    expect(emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
  });
});
