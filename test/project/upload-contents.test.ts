// What `hs project upload` sends, assembled with the CLI's own ignore rules (scripts/upload-contents.mjs),
// then loaded the way HubSpot runs it: the functions folder with only its package.json dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRepoFunctions, functionsDir, repoRoot, run, tempDir } from './test-support';

interface UploadContents {
  srcDir: string;
  files: string[];
  externalPackages: { dir: string; declaredIn: string }[];
}

let uploadDir: string;
let upload: UploadContents;
// A dotfile planted beside the functions for the run (a developer's own .env is never touched), so the
// test can see one leak: the repo tracks no .env file of its own.
const plantedEnv = path.join(functionsDir, '.env.upload-contents-test');
const functionEntrypoints = [
  'app/functions/create-meeting.js',
  'app/functions/form-options.js',
  'app/functions/meeting-outcome.js',
];

beforeAll(() => {
  buildRepoFunctions();
  writeFileSync(plantedEnv, 'PRIVATE_APP_ACCESS_TOKEN=planted-by-upload-contents-test\n');
  uploadDir = tempDir('upload-contents');
  // Run from the repo root, as `npm run deploy` runs the CLI: the ignore rules resolve against the cwd.
  const result = run([
    path.join(repoRoot, 'scripts', 'upload-contents.mjs'),
    repoRoot,
    '--copy-to',
    uploadDir,
    '--json',
  ]);
  if (result.status !== 0) throw new Error(result.stderr);
  upload = JSON.parse(result.stdout) as UploadContents;
});

afterAll(() => {
  rmSync(uploadDir, { recursive: true, force: true });
  rmSync(plantedEnv, { force: true });
});

describe('what hs project upload sends', () => {
  it('includes the function bundles, which git tracks (a fresh clone uploads working functions)', () => {
    expect(upload.files).toEqual(expect.arrayContaining(functionEntrypoints));
    const tracked = execFileSync(
      'git',
      ['ls-files', '--', ...functionEntrypoints.map((f) => path.join('src', f))],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(tracked.trim().split('\n')).toHaveLength(functionEntrypoints.length);
  });

  it('includes the app and function manifests and the functions package.json with its lockfile', () => {
    expect(upload.files).toEqual(
      expect.arrayContaining([
        'app/app-hsmeta.json',
        'app/functions/create-meeting-hsmeta.json',
        'app/functions/form-options-hsmeta.json',
        'app/functions/meeting-outcome-hsmeta.json',
        'app/functions/package.json',
        'app/functions/package-lock.json',
      ]),
    );
  });

  it('leaves out node_modules, .env files and every other dotfile', () => {
    // Both exist in the source tree, so this can see them leak: the planted .env file, and every
    // install leaves the cards folder a node_modules (the lint tools' links, scripts/link-card-lint-tools.mjs).
    expect(existsSync(plantedEnv)).toBe(true);
    expect(existsSync(path.join(repoRoot, 'src', 'app', 'cards', 'node_modules', 'eslint'))).toBe(true);
    const leaked = upload.files.filter((f) =>
      f.split('/').some((part) => part === 'node_modules' || part.startsWith('.')),
    );
    expect(leaked).toEqual([]);
  });

  it('needs no package from outside srcDir for the functions', () => {
    expect(upload.externalPackages.filter((p) => p.declaredIn.startsWith('app/functions/'))).toEqual([]);
  });

  it('has function entrypoints that load with only the functions package.json dependencies installed and export main', () => {
    const uploadedFunctions = path.join(uploadDir, 'app', 'functions');
    const declared = Object.keys(
      (
        JSON.parse(readFileSync(path.join(uploadedFunctions, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    // HubSpot installs these from the uploaded package.json and lockfile. Here `npm ci --offline` in the
    // copy cannot work (the npm cache lacks some locked versions: ENOTCACHED, and no network), so each
    // dependency is linked from the repo's own install of the functions workspace instead.
    for (const name of declared) {
      const installed = path.dirname(require.resolve(`${name}/package.json`, { paths: [functionsDir] }));
      mkdirSync(path.dirname(path.join(uploadedFunctions, 'node_modules', name)), { recursive: true });
      symlinkSync(installed, path.join(uploadedFunctions, 'node_modules', name), 'dir');
    }
    // A fresh node: records every bare module the entry itself asks for, and whether it exports main.
    const probe = `
      const Module = require('node:module');
      const entry = require.resolve(process.argv[1]);
      const asked = new Set();
      const resolve = Module._resolveFilename;
      Module._resolveFilename = function (request, parent, ...rest) {
        if (parent && parent.filename === entry && !request.startsWith('.') && !Module.isBuiltin(request)) asked.add(request);
        return resolve.call(this, request, parent, ...rest);
      };
      try {
        const m = require(entry);
        process.stdout.write(JSON.stringify({ main: typeof m.main, asked: [...asked].sort() }));
      } catch (e) {
        process.stdout.write(JSON.stringify({ error: String(e.message).split('\\n')[0] }));
      }`;
    const env = { PATH: process.env.PATH ?? '' }; // no NODE_PATH or anything else that could find our packages
    for (const entrypoint of functionEntrypoints) {
      const result = run(['-e', probe, `./${path.basename(entrypoint)}`], uploadedFunctions, env);
      const loaded = JSON.parse(result.stdout || '{}') as { main?: string; asked?: string[]; error?: string };
      expect({ entrypoint, error: loaded.error, main: loaded.main }).toEqual({
        entrypoint,
        error: undefined,
        main: 'function',
      });
      expect((loaded.asked ?? []).filter((request) => !declared.includes(request))).toEqual([]);
    }
  });
});
