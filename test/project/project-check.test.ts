// The offline project check (scripts/check-project.ts) on the repo's private project and on broken
// fixture projects built in temp dirs, so the checker is seen to catch each defect it claims to.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildRepoFunctions, checkProjectInChild, repoRoot, tempDir, writeFiles } from './test-support';

const privateApp = {
  uid: 'fixture_app',
  type: 'app',
  config: {
    name: 'Fixture',
    description: 'A fixture app.',
    distribution: 'private',
    auth: {
      type: 'static',
      requiredScopes: ['crm.objects.contacts.read'],
      optionalScopes: [],
      conditionallyRequiredScopes: [],
    },
    permittedUrls: { fetch: [], iframe: [], img: [] },
  },
};
const marketplaceApp = {
  ...privateApp,
  config: {
    ...privateApp.config,
    distribution: 'marketplace',
    auth: { ...privateApp.config.auth, type: 'oauth', redirectUrls: ['https://example.test/oauth'] },
  },
};
const card = {
  'src/app/cards/card-hsmeta.json': {
    uid: 'fixture_card',
    type: 'card',
    config: {
      name: 'Card',
      location: 'crm.record.tab',
      entrypoint: '/app/cards/Card.tsx',
      objectTypes: ['contacts'],
    },
  },
  'src/app/cards/Card.tsx': 'export {};\n',
  'src/app/cards/package.json': { name: 'cards', version: '0.0.0', private: true },
};
function appFunction(uid: string, name: string, source = 'exports.main = async () => ({ ok: true });\n') {
  return {
    [`src/app/functions/${name}-hsmeta.json`]: {
      uid,
      type: 'app-function',
      config: { entrypoint: `/app/functions/${name}.js`, secretKeys: [] },
    },
    [`src/app/functions/${name}.js`]: source,
  };
}
const functionsPackage = {
  'src/app/functions/package.json': { name: 'functions', version: '0.0.0', private: true, dependencies: {} },
};

function fixtureProject(files: Record<string, unknown>): string {
  const dir = tempDir('project-fixture');
  writeFiles(dir, {
    'hsproject.json': { name: 'fixture', srcDir: 'src', platformVersion: '2026.03' },
    ...files,
  });
  return dir;
}

function messages(projectDir: string, expectFunctions: boolean): string[] {
  return checkProjectInChild(projectDir, { expectFunctions }).problems.map((p) => `${p.file}: ${p.message}`);
}

const fixtures: string[] = [];
function fixture(files: Record<string, unknown>): string {
  const dir = fixtureProject(files);
  fixtures.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

describe("the repo's private HubSpot project", () => {
  beforeAll(() => buildRepoFunctions());

  it('passes the offline project check with its functions built', () => {
    expect(checkProjectInChild(repoRoot, { expectFunctions: true }).problems).toEqual([]);
  });

  it("is parsed by HubSpot's parser into the app, both functions and the card once it exists", () => {
    const { components } = checkProjectInChild(repoRoot, { expectFunctions: true });
    const byUid = Object.fromEntries(components.map((c) => [c.uid, c.componentType]));
    expect(byUid).toMatchObject({
      meeting_card_app: 'APPLICATION',
      create_meeting: 'APP_FUNCTION',
      form_options: 'APP_FUNCTION',
      meeting_outcome: 'APP_FUNCTION',
    });
    if (existsSync(path.join(repoRoot, 'src/app/cards/meeting-card-hsmeta.json'))) {
      expect(byUid.meeting_card).toBe('CARD');
    }
  });

  it('declares the functions package with its lockfile, which is how HubSpot gets the locked versions', () => {
    const { components } = checkProjectInChild(repoRoot, { expectFunctions: true });
    const serverlessPackage = components.find((c) => c.componentType === 'SERVERLESS_PACKAGE');
    expect(serverlessPackage?.config).toEqual({
      packageFile: 'app/functions/package.json',
      packageLockfile: 'app/functions/package-lock.json',
    });
  });
});

describe('the offline project check on fixture projects', () => {
  it('reports nothing for a well-formed private project with a function and a card', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
      ...card,
    });
    expect(messages(dir, true)).toEqual([]);
  });

  it('reports nothing for a well-formed marketplace project without functions', () => {
    const dir = fixture({ 'src/app/app-hsmeta.json': marketplaceApp, ...card });
    expect(messages(dir, false)).toEqual([]);
  });

  it('reports a uid used by two components', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
      ...appFunction('hello', 'other'),
    });
    expect(messages(dir, true).join('\n')).toMatch(/[Dd]uplicate uid '?"?hello/);
  });

  it('reports a function whose entrypoint file is missing', () => {
    const files: Record<string, unknown> = {
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
    };
    delete files['src/app/functions/hello.js'];
    const dir = fixture(files);
    expect(messages(dir, true)).toEqual([
      'src/app/functions/hello-hsmeta.json: entrypoint /app/functions/hello.js does not exist in srcDir (run npm run build)',
    ]);
  });

  it('reports an app function inside a marketplace app', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': marketplaceApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
      ...card,
    });
    expect(messages(dir, false)).toEqual([
      'src/app/functions/hello-hsmeta.json: app function "hello" is not allowed here: a marketplace (OAuth) app may not contain app functions',
    ]);
  });

  it('reports duplicate uid, missing entry and a function in a marketplace app all at once', () => {
    const files: Record<string, unknown> = {
      'src/app/app-hsmeta.json': marketplaceApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
      ...appFunction('hello', 'other'),
    };
    delete files['src/app/functions/other.js'];
    const report = messages(fixture(files), false).join('\n');
    expect(report).toMatch(/[Dd]uplicate uid/);
    expect(report).toContain('entrypoint /app/functions/other.js does not exist');
    expect(report).toContain('a marketplace (OAuth) app may not contain app functions');
  });

  it('reports a private project that must have functions but has none', () => {
    const dir = fixture({ 'src/app/app-hsmeta.json': privateApp, ...card });
    expect(messages(dir, true).join('\n')).toContain('no app function');
  });

  it('reports an entrypoint that does not export a main function', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello', 'exports.handler = async () => 1;\n'),
    });
    expect(messages(dir, true).join('\n')).toContain('must export a main function');
  });

  it('reports an entrypoint that fails to load because a package was not bundled in', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction(
        'hello',
        'hello',
        "const core = require('@meeting-card/core');\nexports.main = async () => core;\n",
      ),
    });
    expect(messages(dir, true).join('\n')).toMatch(
      /does not load with require\(\): Cannot find module '@meeting-card\/core'/,
    );
  });

  it('reports a functions package.json that HubSpot cannot install from', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      'src/app/functions/package.json': {
        name: 'functions',
        type: 'module',
        dependencies: { shared: 'file:../../../shared' },
      },
      'shared/package.json': { name: 'shared', version: '0.0.0' },
      ...appFunction('hello', 'hello'),
    });
    const report = messages(dir, true).join('\n');
    expect(report).toContain('must not set "type": "module"');
    expect(report).toContain('dependency shared@file:../../../shared is one of our local packages');
  });

  it('reports a missing functions package.json', () => {
    const dir = fixture({ 'src/app/app-hsmeta.json': privateApp, ...appFunction('hello', 'hello') });
    expect(messages(dir, true).join('\n')).toContain('package.json');
  });

  it('reports an hsmeta in a nested folder, which HubSpot skips', () => {
    const dir = fixture({
      'src/app/app-hsmeta.json': privateApp,
      ...functionsPackage,
      ...appFunction('hello', 'hello'),
      'src/app/functions/nested/late-hsmeta.json': {
        uid: 'late',
        type: 'app-function',
        config: { entrypoint: '/app/functions/nested/late.js' },
      },
    });
    expect(messages(dir, true).join('\n')).toContain('HubSpot skips this hsmeta');
  });

  it('reports a card whose entrypoint is missing and a malformed uid', () => {
    const files: Record<string, unknown> = {
      'src/app/app-hsmeta.json': { ...marketplaceApp, uid: 'bad uid!' },
      ...card,
    };
    delete files['src/app/cards/Card.tsx'];
    const report = messages(fixture(files), false).join('\n');
    expect(report).toContain('card entrypoint /app/cards/Card.tsx does not exist');
    expect(report).toContain('invalid uid "bad uid!"');
  });
});
