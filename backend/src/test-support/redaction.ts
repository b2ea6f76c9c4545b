import type { Stack } from './stack';

// Every credential the emulator issues carries one of these prefixes: a line containing one leaked a token or code.
const ISSUED_CREDENTIAL = /(oat-emu-|ort-emu-|code-emu-)/;

/** The log lines that contain a token, an auth code, the client secret or the encryption key. */
export function leakedLines(stack: Stack, extraSecrets: string[] = []): string[] {
  const secrets = [
    stack.config.clientSecret,
    stack.config.tokenEncryptionKey.toString('base64'),
    ...stack.sentSignatures,
    ...extraSecrets,
  ].filter((s) => s.length >= 8);
  return stack.logs.lines.filter(
    (line) => ISSUED_CREDENTIAL.test(line) || secrets.some((secret) => line.includes(secret)),
  );
}
