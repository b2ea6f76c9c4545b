import { randomBytes } from 'node:crypto';
import { computeSignatureV3, MAX_SIGNATURE_AGE_MS, verifySignatureV3 } from './signature';
import { createTokenCipher } from './token-cipher';

describe('the v3 request signature', () => {
  const secret = 'client-secret-for-tests';
  const now = 1_800_000_000_000;
  const signed = (
    overrides: Partial<{ method: string; uri: string; body: string; timestamp: string }> = {},
  ) => {
    const request = {
      method: 'POST',
      uri: 'https://cards.example.com/api/meetings?portalId=1',
      body: '{"a":1}',
      timestamp: String(now),
      ...overrides,
    };
    return {
      ...request,
      rawBody: request.body,
      signature: computeSignatureV3(secret, request.method, request.uri, request.body, request.timestamp),
    };
  };

  it('matches HubSpot’s formula: base64 HMAC-SHA256 of method, URI, body and timestamp', () => {
    // Reference value computed independently with `openssl dgst -sha256 -hmac`.
    expect(computeSignatureV3('secret', 'POST', 'https://x.test/p?q=1', '{}', '1700000000000')).toBe(
      'BYMmgxwjszZ8lb+8Ccfd/H8YCBqYPKbY467c7L7jbBM=',
    );
  });

  it('accepts an untouched request', () => {
    expect(verifySignatureV3(secret, signed(), now)).toEqual({ valid: true });
  });

  it('accepts a URI whose reserved characters HubSpot decoded before signing', () => {
    const request = signed({ uri: 'https://cards.example.com/api/form-options?email=a@b.test' });
    expect(
      verifySignatureV3(
        secret,
        { ...request, uri: 'https://cards.example.com/api/form-options?email=a%40b.test' },
        now,
      ),
    ).toEqual({ valid: true });
  });

  it('rejects a timestamp just past five minutes, and one from the future', () => {
    const stale = String(now - MAX_SIGNATURE_AGE_MS - 1);
    expect(verifySignatureV3(secret, signed({ timestamp: stale }), now)).toEqual({
      valid: false,
      reason: 'stale',
    });
    expect(verifySignatureV3(secret, signed({ timestamp: String(now + 60_000) }), now)).toEqual({
      valid: false,
      reason: 'future',
    });
    expect(verifySignatureV3(secret, signed({ timestamp: 'yesterday' }), now)).toEqual({
      valid: false,
      reason: 'bad_timestamp',
    });
  });

  it('rejects a signature of a different length without comparing it', () => {
    expect(verifySignatureV3(secret, { ...signed(), signature: 'c2hvcnQ=' }, now)).toEqual({
      valid: false,
      reason: 'mismatch',
    });
  });
});

describe('sealing tokens at rest', () => {
  const key = randomBytes(32);

  it('round-trips a token and never stores it in clear', () => {
    const cipher = createTokenCipher(key);
    const sealed = cipher.encrypt('ort-emu-secret-refresh-token');
    expect(sealed).not.toContain('ort-emu');
    expect(cipher.decrypt(sealed)).toBe('ort-emu-secret-refresh-token');
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('refuses a sealed value that was altered or sealed with another key', () => {
    const sealed = createTokenCipher(key).encrypt('token');
    const parts = sealed.split('.');
    const flipped = [
      parts[0],
      parts[1],
      parts[2],
      Buffer.from('x' + Buffer.from(parts[3] ?? '', 'base64url').toString('latin1')).toString('base64url'),
    ].join('.');
    expect(() => createTokenCipher(key).decrypt(flipped)).toThrow();
    expect(() => createTokenCipher(randomBytes(32)).decrypt(sealed)).toThrow();
  });
});
