import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';
import { verifyTokenKey } from '../security/key-check';
import type { TokenCipher } from '../security/token-cipher';

/** One part of the backend as /healthz reports it. */
export interface ComponentHealth {
  ok: boolean;
  status: string;
  detail?: string;
}

export type HealthCheck = () => Promise<ComponentHealth>;

/** What /healthz says of a part that is not set up in this deployment. */
export const NOT_CONFIGURED: ComponentHealth = { ok: true, status: 'not configured' };

export interface HealthOptions {
  db: Db;
  databaseKind: 'sqlite' | 'postgres';
  cipher: TokenCipher;
  /** The store every instance shares the HubSpot rate budget in; absent until one is configured. */
  sharedBudget?: HealthCheck;
  timeoutMs?: number;
}

const STORAGE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const failed = (error: unknown): ComponentHealth => ({
  ok: false,
  status: 'unavailable',
  detail: error instanceof Error ? error.message.slice(0, 200) : 'failed',
});

/**
 * GET /healthz: 200 when storage answers, the token key opens what is stored, and the shared rate
 * budget's store (when there is one) answers; 503 with the part that is wrong otherwise. Says nothing
 * secret: no key, no token, no connection string.
 */
export function registerHealthRoute(app: FastifyInstance, options: HealthOptions): void {
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  app.get('/healthz', async (_request, reply) => {
    const storage = await withTimeout(
      options.db.selectFrom('accounts').select('hub_id').limit(1).execute(),
      timeoutMs,
    ).then((): ComponentHealth => ({ ok: true, status: 'ok' }), failed);
    const tokenKey: ComponentHealth = storage.ok
      ? await withTimeout(verifyTokenKey(options.db, options.cipher), timeoutMs).then(
          (verdict): ComponentHealth =>
            verdict === undefined
              ? {
                  ok: false,
                  status: 'unverified',
                  detail: 'no sealed canary or token to check the key against',
                }
              : verdict.ok
                ? { ok: true, status: 'verified' }
                : { ok: false, status: 'wrong key', detail: verdict.reason },
          failed,
        )
      : { ok: false, status: 'unknown', detail: 'storage is unavailable' };
    const sharedBudget = options.sharedBudget
      ? await withTimeout(options.sharedBudget(), timeoutMs).catch(failed)
      : NOT_CONFIGURED;
    const ok = storage.ok && tokenKey.ok && sharedBudget.ok;
    return reply.code(ok ? 200 : 503).send({
      ok,
      database: options.databaseKind,
      storage,
      tokenKey,
      sharedBudget,
    });
  });
}
