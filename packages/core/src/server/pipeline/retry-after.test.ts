import { response } from './test-api';
import { isDailyLimit, retryAfterMs } from './retry-after';

const NOW = Date.parse('2026-10-21T07:28:00Z');

describe('retryAfterMs, the one Retry-After parser', () => {
  it('reads delay-seconds, whole or fractional', () => {
    expect(retryAfterMs('2', NOW)).toBe(2_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
    expect(retryAfterMs('1.5', NOW)).toBe(1_500);
  });

  it('reads an HTTP date as the time until it, and a past date as no wait', () => {
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:03 GMT', NOW)).toBe(3_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:27:00 GMT', NOW)).toBe(0);
  });

  it('gives null for a missing or unreadable header, never a guess', () => {
    for (const header of [undefined, null, '', 'soon', '-1', '1e3', '2026-10-21', 'NaN'])
      expect(retryAfterMs(header, NOW)).toBeNull();
  });
});

describe('isDailyLimit', () => {
  it('tells a DAILY 429 from the rolling ones', () => {
    expect(isDailyLimit(response(429, { policyName: 'DAILY' }))).toBe(true);
    expect(isDailyLimit(response(429, { policyName: 'TEN_SECONDLY_ROLLING' }))).toBe(false);
    expect(isDailyLimit(response(429, 'not json'))).toBe(false);
  });
});
