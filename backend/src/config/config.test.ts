import { randomBytes } from 'node:crypto';
import { ConfigError, loadConfig } from './config';

const valid = {
  HUBSPOT_CLIENT_ID: 'client-id',
  HUBSPOT_CLIENT_SECRET: 'client-secret',
  APP_BASE_URL: 'https://cards.example.com/',
  TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
};

describe('the backend configuration', () => {
  it('reads a complete environment, with HubSpot’s public URLs and SQLite as defaults', () => {
    const config = loadConfig(valid);
    expect(config.appBaseUrl).toBe('https://cards.example.com');
    expect(config.hubspotApiBaseUrl).toBe('https://api.hubapi.com');
    expect(config.hubspotAuthorizeUrl).toBe('https://app.hubspot.com/oauth/authorize');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sqliteFile).toBe('.data/backend.sqlite');
    expect(config.tokenEncryptionKey).toHaveLength(32);
  });

  it('lists every missing variable at once', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({});
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(
        expect.arrayContaining([
          'HUBSPOT_CLIENT_ID is required',
          'HUBSPOT_CLIENT_SECRET is required',
          'APP_BASE_URL is required',
          expect.stringContaining('TOKEN_ENCRYPTION_KEY is required'),
        ]),
      );
    }
  });

  it('refuses an encryption key that is not 32 bytes of base64', () => {
    expect(() => loadConfig({ ...valid, TOKEN_ENCRYPTION_KEY: randomBytes(16).toString('base64') })).toThrow(
      /TOKEN_ENCRYPTION_KEY must be 32 bytes/,
    );
  });

  it('refuses a plain-http public URL unless local development allows it', () => {
    expect(() => loadConfig({ ...valid, APP_BASE_URL: 'http://127.0.0.1:3000' })).toThrow(
      /APP_BASE_URL must be an absolute https URL/,
    );
    expect(
      loadConfig({ ...valid, APP_BASE_URL: 'http://127.0.0.1:3000', ALLOW_HTTP_APP_BASE_URL: '1' })
        .appBaseUrl,
    ).toBe('http://127.0.0.1:3000');
  });

  it('refuses a public URL with a path, since the signature covers the exact origin', () => {
    expect(() => loadConfig({ ...valid, APP_BASE_URL: 'https://example.com/backend' })).toThrow(
      /without a path/,
    );
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://db/x' })).toThrow(/postgres:\/\//);
    expect(loadConfig({ ...valid, DATABASE_URL: 'postgres://u@db/x' }).databaseUrl).toBe('postgres://u@db/x');
  });
});
