import { ACME_TOKEN, startEmulator, type Emulator } from '@meeting-card/hubspot-emulator';
import { loadFormOptions } from './form-options';
import { createHubSpotApi } from './create-hubspot-api';
import type { HubSpotApi } from './hubspot-api';
import { createSingleFlight } from './single-flight';

let emu: Emulator;
let acme: HubSpotApi;

beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false });
  acme = createHubSpotApi({ accessToken: ACME_TOKEN, baseUrl: emu.url });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.faults.clear();
  emu.resetCalls();
});

const totalCalls = () => emu.calls().total;

describe('form options under a cold stampede', () => {
  it('makes the HubSpot calls of one request for 50 concurrent identical requests', async () => {
    const single = await loadFormOptions(
      { api: acme, singleFlight: createSingleFlight() },
      {
        organizerUserId: '7001',
      },
    );
    expect(single.ok).toBe(true);
    const callsOfOne = totalCalls();
    expect(callsOfOne).toBeGreaterThanOrEqual(3);
    emu.resetCalls();

    const flights = createSingleFlight();
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        loadFormOptions({ api: acme, singleFlight: flights }, { organizerUserId: '7001' }),
      ),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(answers.map((a) => JSON.stringify(a))).toEqual(Array(50).fill(JSON.stringify(single)));
    expect(totalCalls()).toBe(callsOfOne);
    expect(flights.inFlight).toBe(0);
  });

  it('shares the account-wide reads between different users but looks each organizer up once', async () => {
    const flights = createSingleFlight();
    await Promise.all(
      ['7001', '7002', '7001', '7002'].map((organizerUserId) =>
        loadFormOptions({ api: acme, singleFlight: flights }, { organizerUserId }),
      ),
    );
    expect(emu.callCount('GET', '/crm/owners/2026-03/:ownerId')).toBe(2);
    expect(emu.callCount('GET', '/crm/owners/2026-03')).toBe(1);
    expect(emu.callCount('GET', '/crm/properties/2026-03/meetings/:propertyName')).toBe(1);
  });

  it('does not keep a failed read: the next request asks HubSpot again', async () => {
    const flights = createSingleFlight();
    emu.faults.add({ path: '/crm/properties', times: 1, action: { type: 'status', status: 400 } });
    const first = await loadFormOptions({ api: acme, singleFlight: flights }, { organizerUserId: '7001' });
    expect(first.ok).toBe(false);
    const second = await loadFormOptions({ api: acme, singleFlight: flights }, { organizerUserId: '7001' });
    expect(second.ok).toBe(true);
  });
});
