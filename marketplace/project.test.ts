import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The checker loads HubSpot's ESM-only parser, so it runs in a child process (as `npm run project:check` does).
import { checkProjectInChild } from '../test/project/test-support';

const PROJECT_DIR = __dirname;
const readJson = (file: string) => JSON.parse(readFileSync(path.join(PROJECT_DIR, file), 'utf8'));

describe('the marketplace HubSpot project', () => {
  it('passes the offline project check with no app function allowed', () => {
    expect(checkProjectInChild(PROJECT_DIR, { expectFunctions: false }).problems).toEqual([]);
  });

  it('declares an app and the shared card, and no app function', () => {
    const { components } = checkProjectInChild(PROJECT_DIR, { expectFunctions: false });
    expect(components.map((c) => c.componentType).sort()).toEqual(['APPLICATION', 'CARD']);
    expect(components.some((c) => c.componentType === 'APP_FUNCTION')).toBe(false);
  });

  it('is an OAuth marketplace app asking only for the scopes the card uses, plus oauth', () => {
    const { config } = readJson('src/app/app-hsmeta.json');
    expect(config.distribution).toBe('marketplace');
    expect(config.auth.type).toBe('oauth');
    expect([...config.auth.requiredScopes].sort()).toEqual([
      'crm.objects.contacts.read',
      'crm.objects.contacts.write',
      'crm.objects.owners.read',
      'oauth',
    ]);
    expect(config.auth.redirectUrls).toEqual(['${BACKEND_ORIGIN}/oauth/callback']);
    expect(config.permittedUrls.fetch).toEqual(['${BACKEND_ORIGIN}']);
  });

  it.each(['staging', 'prod'])('gives the %s profile an https backend origin without a path', (profile) => {
    const { variables } = readJson(`src/hsprofile.${profile}.json`);
    const origin = new URL(variables.BACKEND_ORIGIN);
    expect(origin.protocol).toBe('https:');
    expect(origin.origin).toBe(variables.BACKEND_ORIGIN);
  });

  it('fails the check as soon as an app function is added to it', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'marketplace-project-'));
    try {
      cpSync(PROJECT_DIR, copy, { recursive: true, filter: (src) => !src.includes('node_modules') });
      const functions = path.join(copy, 'src/app/functions');
      mkdirSync(functions);
      writeFileSync(
        path.join(functions, 'package.json'),
        JSON.stringify({ name: 'fns', version: '0.0.0', private: true }),
      );
      writeFileSync(path.join(functions, 'hello.js'), 'exports.main = async () => ({ ok: true });\n');
      writeFileSync(
        path.join(functions, 'hello-hsmeta.json'),
        JSON.stringify({
          uid: 'hello',
          type: 'app-function',
          config: { entrypoint: '/app/functions/hello.js', secretKeys: [] },
        }),
      );
      const { problems } = checkProjectInChild(copy, { expectFunctions: false });
      expect(problems.map((p) => p.message).join('\n')).toMatch(/may not contain app functions/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
