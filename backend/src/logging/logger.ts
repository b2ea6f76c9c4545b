import pino, { type DestinationStream, type Logger } from 'pino';

/** Fields that may hold a credential wherever they appear in a log object. */
export const REDACTED_PATHS = [
  'accessToken',
  'refreshToken',
  'access_token',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'code',
  'authorization',
  '*.accessToken',
  '*.refreshToken',
  '*.access_token',
  '*.refresh_token',
  '*.clientSecret',
  '*.client_secret',
  '*.tokenEncryptionKey',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-hubspot-signature"]',
  'req.headers["x-hubspot-signature-v3"]',
  'res.headers["set-cookie"]',
];

// Query parameters that carry credentials (the OAuth code on /oauth/callback) are masked in logged URLs.
const SECRET_QUERY_PARAMS = /([?&](?:code|state|token|access_token|refresh_token|client_secret)=)[^&#]*/gi;

export function maskUrl(url: string): string {
  return url.replace(SECRET_QUERY_PARAMS, '$1[Redacted]');
}

interface LoggedRequest {
  method: string;
  url: string;
  hostname?: string;
  ip?: string;
  id?: string;
}

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[Redacted]' },
      serializers: {
        // Only what helps to trace a request: no headers, no body.
        req: (req: LoggedRequest) => ({
          id: req.id,
          method: req.method,
          url: maskUrl(req.url),
          host: req.hostname,
          remoteAddress: req.ip,
        }),
        err: pino.stdSerializers.err,
      },
    },
    options.destination,
  );
}
