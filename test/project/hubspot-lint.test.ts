// `hs project lint` is the lint step `hs project upload` runs. These tests run HubSpot's CLI itself,
// offline (no account is needed to lint), on both projects, and prove that the rules it applies, and our
// copies of them for the shared packages, catch what HubSpot's build would reject.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, run, tempDir } from './test-support';

// Each `hs project lint` starts the CLI and then ESLint: tens of seconds on a busy 2-core machine.
jest.setTimeout(180_000);

const hsBin = path.join(repoRoot, 'node_modules', '@hubspot', 'cli', 'bin', 'hs.js');
const eslintBin = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
const cardsFolders = ['src/app/cards', 'marketplace/src/app/cards'];
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

// The CLI writes debug logs under $HOME/.hscli; keep them out of the real home.
const cliHome = tempDir('hs-home');
afterAll(() => rmSync(cliHome, { recursive: true, force: true }));

function hsProjectLint(projectDir: string) {
  const result = run([hsBin, 'project', 'lint', '--install-missing-deps=false'], projectDir, {
    ...process.env,
    HOME: cliHome,
    // Under `npm run`/`npx`, npm sets INIT_CWD to where it was started, and the CLI takes the project from
    // INIT_CWD before the real cwd (@hubspot/local-dev-lib lib/path.js getCwd()): point it at this project.
    INIT_CWD: projectDir,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The packages and minimum versions the CLI requires, read from the installed CLI itself. */
function requiredLintPackages(): Record<string, string> {
  const probe = `import('${path.join(repoRoot, 'node_modules/@hubspot/cli/lib/projects/uieLinting.js')}')
    .then((m) => process.stdout.write(JSON.stringify(m.REQUIRED_PACKAGES_AND_MIN_VERSIONS)))`;
  const result = run(['-e', probe]);
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Record<string, string>;
}

describe('hs project lint (HubSpot CLI 8.14, offline)', () => {
  it.each([
    ['the private project', repoRoot],
    ['the marketplace project', path.join(repoRoot, 'marketplace')],
  ])('runs and passes for %s', (_label, projectDir) => {
    const { status, output } = hsProjectLint(projectDir);
    expect(output).not.toMatch(/Skipping linting|required dependencies are missing/);
    expect(output).toMatch(/Linting passed in 1 directory/);
    expect(status).toBe(0);
  });

  it('fails a project whose card breaks a HubSpot rule (so the run above can fail)', () => {
    // A copy of the marketplace project with a card that imports from outside its folder and calls alert().
    const projectDir = tempDir('lint-project');
    try {
      cpSync(path.join(repoRoot, 'marketplace', 'hsproject.json'), path.join(projectDir, 'hsproject.json'));
      const cardsDir = path.join(projectDir, 'src', 'app', 'cards');
      mkdirSync(cardsDir, { recursive: true });
      for (const file of ['package.json', 'eslint.config.js']) {
        cpSync(path.join(repoRoot, 'marketplace/src/app/cards', file), path.join(cardsDir, file));
      }
      // The same layout `npm install` leaves: each lint package linked to the root install.
      for (const name of Object.keys(readJson(path.join(cardsDir, 'package.json')).devDependencies)) {
        const link = path.join(cardsDir, 'node_modules', name);
        mkdirSync(path.dirname(link), { recursive: true });
        symlinkSync(path.join(repoRoot, 'node_modules', name), link, 'dir');
      }
      mkdirSync(path.join(cardsDir, 'node_modules', '.bin'));
      symlinkSync(eslintBin, path.join(cardsDir, 'node_modules', '.bin', 'eslint'));
      writeFileSync(
        path.join(cardsDir, 'Broken.tsx'),
        "import { helper } from '../../shared/helper';\nexport const broken = () => { window.alert(helper); };\n",
      );
      const { status, output } = hsProjectLint(projectDir);
      expect(output).toMatch(/no-parent-imports/);
      expect(output).toMatch(/no-browser-dialogs/);
      expect(output).toMatch(/Linting failed in 1 directory/);
      expect(status).not.toBe(0);
    } finally {
      rmSync(projectDir, { recursive: true, force: true });
    }
  });
});

describe('the cards folders, as the CLI needs them', () => {
  const required = requiredLintPackages();
  const rootDevDependencies = readJson(path.join(repoRoot, 'package.json')).devDependencies as Record<
    string,
    string
  >;

  it.each(cardsFolders)('%s lists every lint package, pinned to the root install', (folder) => {
    const { devDependencies = {} } = readJson(path.join(repoRoot, folder, 'package.json'));
    expect(Object.keys(devDependencies).sort()).toEqual(Object.keys(required).sort());
    for (const name of Object.keys(required)) {
      // Same exact version as the root (one copy, hoisted), except jiti which only the cards folders need.
      if (name in rootDevDependencies)
        expect(`${name}@${devDependencies[name]}`).toBe(`${name}@${rootDevDependencies[name]}`);
      expect(devDependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('has each lint package where the CLI looks (node scripts/link-card-lint-tools.mjs --check)', () => {
    const result = run([path.join(repoRoot, 'scripts', 'link-card-lint-tools.mjs'), '--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('keeps the two eslint.config.js identical (HubSpot lints each project on its own)', () => {
    const [privateConfig, marketplaceConfig] = cardsFolders.map((folder) =>
      readFileSync(path.join(repoRoot, folder, 'eslint.config.js'), 'utf8'),
    );
    expect(marketplaceConfig).toBe(privateConfig);
  });
});

describe('HubSpot extension-point rules on the shared card code (root eslint.config.mjs)', () => {
  const probe =
    "import { x } from '../../../../src/app/cards/MeetingCard';\n" +
    "import { y } from '../../package.json';\n" +
    "import { Page } from '@hubspot/ui-extensions/pages';\n" +
    'export const z = [x, y, Page];\n';

  const probeFiles = [
    'packages/card/src/components/Probe.tsx',
    'packages/core/src/probe/probe.ts',
    'src/app/cards/deep/er/Probe.tsx',
  ];
  let findings: Record<string, string[]>;
  beforeAll(() => {
    // One ESLint instance with the repo's config for every probe (loading the config is the slow part).
    const script = `
      import { ESLint } from 'eslint';
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = {};
      for (const file of JSON.parse(process.argv[1])) {
        const [report] = await eslint.lintText(process.env.PROBE, { filePath: file });
        out[file] = report.messages.map((m) => m.line + ':' + m.ruleId).sort();
      }
      process.stdout.write(JSON.stringify(out));`;
    const result = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(probeFiles)],
      { cwd: repoRoot, env: { ...process.env, PROBE: probe }, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    findings = JSON.parse(result.stdout) as Record<string, string[]>;
  });
  const lintAs = (file: string) => findings[file];

  it.each(['packages/card/src/components/Probe.tsx', 'packages/core/src/probe/probe.ts'])(
    'reject in %s an import leaving the package and another extension point, as in a cards folder',
    (file) => {
      expect(lintAs(file)).toEqual([
        '1:shared-card/no-parent-imports',
        '3:shared-card/no-invalid-extension-point-imports',
      ]);
    },
  );

  it('match what HubSpot reports for the same code in a cards folder', () => {
    expect(lintAs('src/app/cards/deep/er/Probe.tsx')).toEqual([
      '1:@hubspot/ui-extensions/no-parent-imports',
      '3:@hubspot/ui-extensions/no-invalid-extension-point-imports',
    ]);
  });
});
