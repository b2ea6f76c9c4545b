// One requestId per form: the server's duplicate guard. It is an idempotency key, not a secret.

type WebCrypto = Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string };

/** A random UUID v4 from the runtime's Web Crypto (the HubSpot card worker has it). */
export function newRequestId(webCrypto: WebCrypto = globalThis.crypto): string {
  if (typeof webCrypto.randomUUID === 'function') return webCrypto.randomUUID();
  const bytes = webCrypto.getRandomValues(new Uint8Array(16));
  // RFC 9562 section 5.4: version 4 in the high nibble of byte 6, variant 10 in byte 8.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
