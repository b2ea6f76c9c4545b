import type { BackendConfig } from './config/config';
import type { Db } from './db/database';
import { ensureTokenKey } from './security/key-check';
import { createTokenCipher } from './security/token-cipher';

/** The backend refuses to start; cli.ts prints `message` and exits with code 2, like a bad configuration. */
export class StartupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusedError';
  }
}

/** What must hold before the backend serves anyone: today, that the token key opens what is stored. */
export async function checkBeforeServing(config: BackendConfig, db: Db, now: number): Promise<void> {
  const key = await ensureTokenKey(db, createTokenCipher(config.tokenEncryptionKey), now);
  if (!key.ok) throw new StartupRefusedError(key.reason);
}
