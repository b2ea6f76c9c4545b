// A Retry-After given as an HTTP date is counted from the injected clock, not the machine's: on a
// fake clock far from today the wait still comes out as HubSpot asked.
import type { MeetingParameters } from '../types';
import { createMeeting } from './create-meeting';
import { createFakeClock } from './fake-clock';
import { fakeHubSpot } from './fake-hubspot.test-support';
import { failureFromResponse } from './failures';
import type { ApiResponse } from './hubspot-api';
import { createOwnerCache } from './owner-cache';

const PARAMS: MeetingParameters = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizerUserId: '7001',
  title: 'Quarterly review',
  start: '2026-03-12T10:00',
  end: '2026-03-12T10:30',
  timezone: 'America/New_York',
};

function limited(retryAfter: string): ApiResponse {
  return {
    status: 429,
    header: (name) => (name.toLowerCase() === 'retry-after' ? retryAfter : undefined),
    body: { policyName: 'DAILY' },
  };
}

describe('failureFromResponse: Retry-After as an HTTP date', () => {
  it('is counted from the time it is given', () => {
    const now = Date.UTC(2026, 2, 12, 9, 0);
    const failure = failureFromResponse(limited(new Date(now + 30_000).toUTCString()), now);
    expect(failure.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 30 } });
  });

  it('createMeeting passes its own clock (a refused create, 40 s asked)', async () => {
    const clock = createFakeClock();
    const hubspot = fakeHubSpot({ clock });
    const deps = { api: hubspot.api, clock, ownerCache: createOwnerCache({ now: clock.now }) };
    // DAILY: not waited out, so the answer carries the wait HubSpot asked for.
    hubspot.nextCreates({
      status: 429,
      headers: { 'retry-after': new Date(clock.now() + 40_000).toUTCString() },
      body: { policyName: 'DAILY' },
    });
    const result = await clock.run(createMeeting(deps, { parameters: PARAMS, contactId: '101' }));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: 40 } },
    });
  });
});
