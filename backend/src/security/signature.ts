import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request timestamp may lie in the past (HubSpot's rule) and in the future (clock skew). */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000;
export const MAX_CLOCK_SKEW_MS = 30 * 1000;

export interface SignedRequest {
  method: string;
  /** Full URI as HubSpot called it: APP_BASE_URL + path + query. */
  uri: string;
  rawBody: string;
  /** X-HubSpot-Request-Timestamp: Unix milliseconds. */
  timestamp: string | undefined;
  /** X-HubSpot-Signature-v3. */
  signature: string | undefined;
}

export type SignatureVerdict =
  | { valid: true }
  | { valid: false; reason: 'missing_headers' | 'bad_timestamp' | 'stale' | 'future' | 'mismatch' };

// HubSpot's v3 rule: decode these percent-escapes in the URI before signing.
const DECODED_IN_URI: Record<string, string> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

export function canonicalUri(uri: string): string {
  return uri.replace(
    /%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi,
    (escape) => DECODED_IN_URI[escape.toUpperCase()] ?? escape,
  );
}

/** base64 HMAC-SHA256(clientSecret, METHOD + URI + body + timestamp). Also what tests and the workbench sign with. */
export function computeSignatureV3(
  clientSecret: string,
  method: string,
  uri: string,
  rawBody: string,
  timestamp: string,
): string {
  return createHmac('sha256', clientSecret)
    .update(`${method.toUpperCase()}${canonicalUri(uri)}${rawBody}${timestamp}`, 'utf8')
    .digest('base64');
}

export function verifySignatureV3(
  clientSecret: string,
  request: SignedRequest,
  now = Date.now(),
): SignatureVerdict {
  const { signature, timestamp } = request;
  if (!signature || !timestamp) return { valid: false, reason: 'missing_headers' };
  if (!/^\d{1,16}$/.test(timestamp)) return { valid: false, reason: 'bad_timestamp' };
  const sentAt = Number(timestamp);
  if (now - sentAt > MAX_SIGNATURE_AGE_MS) return { valid: false, reason: 'stale' };
  if (sentAt - now > MAX_CLOCK_SKEW_MS) return { valid: false, reason: 'future' };

  const expected = Buffer.from(
    computeSignatureV3(clientSecret, request.method, request.uri, request.rawBody, timestamp),
    'utf8',
  );
  const given = Buffer.from(signature, 'utf8');
  // timingSafeEqual needs equal lengths; a length difference reveals nothing about the secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { valid: false, reason: 'mismatch' };
  return { valid: true };
}
