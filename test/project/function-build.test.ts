// src/app/functions/build.mjs on a throwaway function in a temp dir laid out like the repo: a
// workspace package linked into node_modules (as npm workspaces do), zod and @hubspot/api-client.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { functionsDir, repoRoot, run, tempDir, writeFiles } from './test-support';

let root: string;
let fnDir: string;

const entrySource = `
import { z } from 'zod';
import { Client } from '@hubspot/api-client';
import { greeting } from '@fixture/shared';

const Parameters = z.object({ name: z.string().min(1) });

export async function main(context: { parameters: unknown }) {
  const parsed = Parameters.safeParse(context.parameters);
  if (!parsed.success) return { ok: false };
  return { ok: true, text: greeting(parsed.data.name), client: typeof Client };
}
`;

beforeAll(() => {
  root = tempDir('function-build');
  fnDir = path.join(root, 'src', 'app', 'functions');
  writeFiles(root, {
    'packages/shared/package.json': {
      name: '@fixture/shared',
      version: '0.0.0',
      private: true,
      main: './index.ts',
    },
    'packages/shared/index.ts': 'export const greeting = (name: string): string => `Hello, ${name}`;\n',
    'src/app/functions/greet-hsmeta.json': {
      uid: 'greet',
      type: 'app-function',
      config: { entrypoint: '/app/functions/greet.js', secretKeys: [] },
    },
    'src/app/functions/src/greet.ts': entrySource,
  });
  copyFileSync(path.join(functionsDir, 'build.mjs'), path.join(fnDir, 'build.mjs'));
  copyFileSync(path.join(functionsDir, 'package.json'), path.join(fnDir, 'package.json'));
  // node_modules as npm workspaces leave it: registry packages plus a link to the workspace package.
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(modules, '@fixture'), { recursive: true });
  for (const name of ['esbuild', 'zod', '@hubspot']) {
    symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(modules, name), 'dir');
  }
  symlinkSync(path.join(root, 'packages', 'shared'), path.join(modules, '@fixture', 'shared'), 'dir');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every require('x') the bundle still makes at run time. */
function requiredSpecifiers(bundle: string): string[] {
  return [
    ...new Set([...bundle.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string)),
  ];
}

describe('the app function build', () => {
  it('bundles each hsmeta entry into CommonJS that requires only node built-ins and the installed dependencies', () => {
    const result = run([path.join(fnDir, 'build.mjs')], fnDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const bundle = readFileSync(path.join(fnDir, 'greet.js'), 'utf8');
    const installed = Object.keys(
      (
        JSON.parse(readFileSync(path.join(fnDir, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const foreign = requiredSpecifiers(bundle).filter((s) => !builtins.has(s) && !installed.includes(s));
    expect(foreign).toEqual([]);
    expect(requiredSpecifiers(bundle)).toContain('@hubspot/api-client');
    expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('produces an entry that runs with only @hubspot/api-client installed beside it', () => {
    // A dir with nothing of ours: the bundle and @hubspot/api-client (linked from the repo's install).
    const isolated = path.join(root, 'isolated');
    mkdirSync(path.join(isolated, 'node_modules', '@hubspot'), { recursive: true });
    copyFileSync(path.join(fnDir, 'greet.js'), path.join(isolated, 'greet.js'));
    const apiClient = path.dirname(
      require.resolve('@hubspot/api-client/package.json', { paths: [functionsDir] }),
    );
    symlinkSync(apiClient, path.join(isolated, 'node_modules', '@hubspot', 'api-client'), 'dir');
    const probe =
      "require('./greet.js').main({ parameters: { name: 'Ada' } }).then((r) => process.stdout.write(JSON.stringify(r)))";
    const result = run(['-e', probe], isolated);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, text: 'Hello, Ada', client: 'function' });
  });

  it('fails loudly, naming the missing source, when an hsmeta entry has no TypeScript file', () => {
    writeFiles(root, {
      'src/app/functions/farewell-hsmeta.json': {
        uid: 'farewell',
        type: 'app-function',
        config: { entrypoint: '/app/functions/farewell.js', secretKeys: [] },
      },
    });
    try {
      const result = run([path.join(fnDir, 'build.mjs')], fnDir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('src/farewell.ts for farewell does not exist');
      expect(existsSync(path.join(fnDir, 'farewell.js'))).toBe(false);
    } finally {
      rmSync(path.join(fnDir, 'farewell-hsmeta.json'));
    }
  });
});
