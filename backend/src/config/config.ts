import { z } from 'zod';

/** Everything the backend needs from its environment, validated once at start. */
export interface BackendConfig {
  clientId: string;
  clientSecret: string;
  /** Public https origin of this backend, e.g. "https://meeting-card.example.com" (no trailing slash). */
  appBaseUrl: string;
  /** Where the HubSpot API lives, e.g. "https://api.hubapi.com". */
  hubspotApiBaseUrl: string;
  /** HubSpot's authorize page, e.g. "https://app.hubspot.com/oauth/authorize". */
  hubspotAuthorizeUrl: string;
  /** 32 bytes for AES-256-GCM. */
  tokenEncryptionKey: Buffer;
  /** postgres://... when set; otherwise the SQLite file below is used. */
  databaseUrl?: string;
  sqliteFile: string;
  port: number;
  host: string;
  /** Required scopes asked for on install (space-separated in the authorize URL). */
  scopes: string[];
  /** Optional scopes offered on install (`optional_scope`): the card works without them (issue 10). */
  optionalScopes: string[];
  /** HubSpot allows 110 requests / 10 s per installing account; each instance keeps under its share. */
  rateLimitPerTenSeconds: number;
  logLevel: string;
}

/** Free slots (scheduling pages), deals and company names; as in the marketplace app's optionalScopes. */
export const OPTIONAL_SCOPES = [
  'crm.objects.companies.read',
  'crm.objects.deals.read',
  'scheduler.meetings.meeting-link.read',
];

export const REQUIRED_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.owners.read',
  'oauth',
];

const absoluteUrl = (name: string, opts: { httpsOnly: boolean }) =>
  z
    .string({ error: `${name} is required` })
    .min(1, `${name} is required`)
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return opts.httpsOnly
            ? url.protocol === 'https:'
            : url.protocol === 'https:' || url.protocol === 'http:';
        } catch {
          return false;
        }
      },
      `${name} must be an absolute ${opts.httpsOnly ? 'https' : 'http(s)'} URL`,
    )
    .transform((value) => value.replace(/\/+$/, ''));

const envSchema = z.object({
  HUBSPOT_CLIENT_ID: z
    .string({ error: 'HUBSPOT_CLIENT_ID is required' })
    .min(1, 'HUBSPOT_CLIENT_ID is required'),
  HUBSPOT_CLIENT_SECRET: z
    .string({ error: 'HUBSPOT_CLIENT_SECRET is required' })
    .min(1, 'HUBSPOT_CLIENT_SECRET is required'),
  // hubspot.fetch reaches https URLs only, and the signature covers this exact origin.
  // ALLOW_HTTP_APP_BASE_URL=1 exists for local development behind a proxy and for tests.
  APP_BASE_URL: z.string().optional(),
  ALLOW_HTTP_APP_BASE_URL: z.enum(['0', '1']).optional(),
  HUBSPOT_API_BASE_URL: absoluteUrl('HUBSPOT_API_BASE_URL', { httpsOnly: false }).default(
    'https://api.hubapi.com',
  ),
  HUBSPOT_AUTHORIZE_URL: absoluteUrl('HUBSPOT_AUTHORIZE_URL', { httpsOnly: false }).default(
    'https://app.hubspot.com/oauth/authorize',
  ),
  TOKEN_ENCRYPTION_KEY: z
    .string({
      error: 'TOKEN_ENCRYPTION_KEY is required (32 random bytes, base64: `openssl rand -base64 32`)',
    })
    .refine(
      (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32,
      'TOKEN_ENCRYPTION_KEY must be 32 bytes encoded as base64 (`openssl rand -base64 32`)',
    ),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((value) => !value || /^postgres(ql)?:\/\//.test(value), 'DATABASE_URL must be a postgres:// URL'),
  SQLITE_FILE: z.string().min(1).default('.data/backend.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  HUBSPOT_RATE_LIMIT_PER_10S: z.coerce.number().int().min(1).max(110).default(100),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid backend configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BackendConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const allowHttp = env.ALLOW_HTTP_APP_BASE_URL === '1';
  const appBase = absoluteUrl('APP_BASE_URL', { httpsOnly: !allowHttp }).safeParse(env.APP_BASE_URL);
  if (!appBase.success) problems.push(...appBase.error.issues.map((issue) => issue.message));
  else if (new URL(appBase.data).pathname !== '/')
    problems.push('APP_BASE_URL must be an origin without a path, e.g. https://cards.example.com');
  if (problems.length > 0 || !parsed.success || !appBase.success) throw new ConfigError(problems);

  const e = parsed.data;
  return {
    clientId: e.HUBSPOT_CLIENT_ID,
    clientSecret: e.HUBSPOT_CLIENT_SECRET,
    appBaseUrl: appBase.data,
    hubspotApiBaseUrl: e.HUBSPOT_API_BASE_URL,
    hubspotAuthorizeUrl: e.HUBSPOT_AUTHORIZE_URL,
    tokenEncryptionKey: Buffer.from(e.TOKEN_ENCRYPTION_KEY, 'base64'),
    databaseUrl: e.DATABASE_URL || undefined,
    sqliteFile: e.SQLITE_FILE,
    port: e.PORT,
    host: e.HOST,
    scopes: REQUIRED_SCOPES,
    optionalScopes: OPTIONAL_SCOPES,
    rateLimitPerTenSeconds: e.HUBSPOT_RATE_LIMIT_PER_10S,
    logLevel: e.LOG_LEVEL,
  };
}
