// Offline check of a HubSpot 2026.03 project: what `hs project upload` would reject or ship broken,
// found without a HubSpot account.
//
// It runs HubSpot's own parser (`translate()` from @hubspot/project-parsing-lib with skipValidation,
// since the schemas are only served to an authenticated account) and adds the checks the parser
// leaves to the server: entry files exist, each app function loads with require() and exports `main`,
// and the rule that app functions exist only in static-auth private apps.
//
// Used for both projects: the private one at the repo root (expectFunctions: true) and the
// marketplace one under marketplace/ (expectFunctions: false, since an OAuth app may not have any).
//
// CLI: tsx scripts/check-project.ts [--json] [<projectDir> [--no-functions]]
//   with no directory: the repo root (functions expected) and, when it exists, marketplace/ (none).
//   Prints the problems and exits 1 if there is any.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { translate } from '@hubspot/project-parsing-lib/translate';
import { validateUid } from '@hubspot/project-parsing-lib/uid';

export const PLATFORM_VERSION = '2026.03';
const METAFILE_SUFFIX = '-hsmeta.json';
// `permissions` is also accepted by the parser, but only from platform 2026.09 on.
const ALLOWED_TOP_LEVEL_FIELDS = new Set(['uid', 'type', 'config', 'dependencies']);

export interface ProjectProblem {
  /** Path relative to the project directory, e.g. `src/app/functions/create-meeting-hsmeta.json`. */
  file: string;
  message: string;
}

export interface CheckOptions {
  /** true for the private (static-auth) project; false for a marketplace project, which may have none. */
  expectFunctions: boolean;
}

export interface ProjectComponent {
  uid: string;
  /** HubSpot's internal type, e.g. APP, CARD, APP_FUNCTION, SERVERLESS_PACKAGE. */
  componentType: string;
  /** The hsmeta (or, for the generated serverless package, the package.json) relative to srcDir. */
  metaFilePath: string;
  config: unknown;
}

/** The components HubSpot's parser finds in the project (what the upload would declare). */
export async function listComponents(projectDir: string): Promise<ProjectComponent[]> {
  const config = JSON.parse(readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8')) as {
    srcDir: string;
    platformVersion: string;
  };
  const { intermediateRepresentation } = await translate(
    { projectSourceDir: path.resolve(projectDir, config.srcDir), platformVersion: config.platformVersion },
    { skipValidation: true },
  );
  return Object.values(intermediateRepresentation.intermediateNodesIndexedByUid).map(
    ({ uid, componentType, metaFilePath, config: componentConfig }) => ({
      uid,
      componentType,
      metaFilePath,
      config: componentConfig,
    }),
  );
}

interface MetaFile {
  /** Absolute path. */
  file: string;
  content: { uid?: unknown; type?: unknown; config?: Record<string, unknown> } & Record<string, unknown>;
}

export async function checkProject(projectDir: string, options: CheckOptions): Promise<ProjectProblem[]> {
  const problems: ProjectProblem[] = [];
  const rel = (file: string) => path.relative(projectDir, file) || '.';
  const report = (file: string, message: string) => problems.push({ file: rel(file), message });

  const projectFile = path.join(projectDir, 'hsproject.json');
  const projectConfig = readJson(projectFile);
  if (!projectConfig.ok) {
    report(projectFile, projectConfig.error);
    return problems;
  }
  const { name, srcDir, platformVersion } = projectConfig.value as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') report(projectFile, 'name must be a non-empty string');
  if (platformVersion !== PLATFORM_VERSION) {
    report(
      projectFile,
      `platformVersion must be "${PLATFORM_VERSION}", found ${JSON.stringify(platformVersion)}`,
    );
  }
  if (typeof srcDir !== 'string' || srcDir === '') {
    report(projectFile, 'srcDir must be a non-empty string');
    return problems;
  }
  const sourceDir = path.resolve(projectDir, srcDir);
  if (!existsSync(sourceDir) || !statSync(sourceDir).isDirectory()) {
    report(projectFile, `srcDir ${srcDir} is not a directory`);
    return problems;
  }

  // HubSpot's parser: finds every hsmeta, rejects duplicate uids, a missing functions package.json,
  // and tells which hsmeta files it skips because they sit outside a component folder.
  try {
    const { skippedHsMetaFiles } = await translate(
      { projectSourceDir: sourceDir, platformVersion: String(platformVersion) },
      { skipValidation: true },
    );
    for (const skipped of skippedHsMetaFiles) {
      report(
        path.join(sourceDir, skipped),
        'HubSpot skips this hsmeta: it is not directly in a component folder',
      );
    }
  } catch (error) {
    report(sourceDir, `HubSpot's project parser rejects the project: ${errorMessage(error)}`);
  }

  // Our own pass over the same files, so one broken file does not hide the others.
  const metas: MetaFile[] = [];
  for (const file of findMetaFiles(sourceDir)) {
    const parsed = readJson(file);
    if (!parsed.ok) {
      report(file, parsed.error);
      continue;
    }
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      report(file, 'an hsmeta file must hold a JSON object');
      continue;
    }
    metas.push({ file, content: parsed.value as MetaFile['content'] });
  }

  const filesByUid = new Map<string, string[]>();
  for (const { file, content } of metas) {
    const unexpected = Object.keys(content).filter((key) => !ALLOWED_TOP_LEVEL_FIELDS.has(key));
    if (unexpected.length > 0) report(file, `unexpected top-level fields: ${unexpected.join(', ')}`);
    const uidProblem = validateUid(content.uid as string);
    if (typeof content.uid !== 'string' || uidProblem) {
      report(file, `invalid uid ${JSON.stringify(content.uid)}${uidProblem ? `: ${uidProblem}` : ''}`);
    } else {
      filesByUid.set(content.uid, [...(filesByUid.get(content.uid) ?? []), rel(file)]);
    }
    if (typeof content.type !== 'string') report(file, 'type is missing');
    if (typeof content.config !== 'object' || content.config === null) report(file, 'config is missing');
  }
  for (const [uid, files] of filesByUid) {
    if (files.length > 1) report(sourceDir, `duplicate uid "${uid}" in ${files.join(', ')}`);
  }

  const apps = metas.filter((m) => m.content.type === 'app');
  const functions = metas.filter((m) => m.content.type === 'app-function');
  const cards = metas.filter((m) => m.content.type === 'card');

  if (apps.length !== 1) {
    report(sourceDir, `a project needs exactly one app-hsmeta (type "app"), found ${apps.length}`);
  }
  const app = apps[0];
  const auth = app?.content.config?.auth as { type?: unknown } | undefined;
  const distribution = app?.content.config?.distribution;
  const isStaticPrivate = auth?.type === 'static' && distribution === 'private';

  if (options.expectFunctions && functions.length === 0) {
    report(sourceDir, 'no app function (type "app-function") found, but this project must have them');
  }
  if (options.expectFunctions && app && !isStaticPrivate) {
    report(app.file, 'app functions need auth.type "static" and distribution "private"');
  }
  for (const fn of functions) {
    if (!options.expectFunctions) {
      report(
        fn.file,
        `app function "${String(fn.content.uid)}" is not allowed here: a marketplace (OAuth) app may not contain app functions`,
      );
    } else if (app && !isStaticPrivate) {
      report(fn.file, `app function "${String(fn.content.uid)}" needs a static-auth private app`);
    }
    checkFunctionEntry(fn, sourceDir, report);
  }
  for (const functionDir of new Set(functions.map((fn) => path.dirname(fn.file)))) {
    checkFunctionsPackage(functionDir, projectDir, report);
  }
  for (const card of cards) {
    const entry = entrypointFile(card, sourceDir, report);
    if (entry && !existsSync(entry)) {
      report(
        card.file,
        `card entrypoint ${String(card.content.config?.entrypoint)} does not exist in srcDir`,
      );
    }
  }
  return problems;
}

function checkFunctionEntry(
  fn: MetaFile,
  sourceDir: string,
  report: (file: string, message: string) => void,
): void {
  const entry = entrypointFile(fn, sourceDir, report);
  if (!entry) return;
  if (!/\.c?js$/.test(entry)) {
    report(
      fn.file,
      `entrypoint ${String(fn.content.config?.entrypoint)} must be JavaScript: HubSpot require()s it`,
    );
    return;
  }
  if (!existsSync(entry)) {
    report(
      fn.file,
      `entrypoint ${String(fn.content.config?.entrypoint)} does not exist in srcDir (run npm run build)`,
    );
    return;
  }
  const loaded = requireInFreshNode(entry);
  if (!loaded.ok) report(fn.file, `entrypoint does not load with require(): ${loaded.error}`);
  else if (loaded.mainType !== 'function') {
    report(fn.file, `entrypoint must export a main function (exports.main), found ${loaded.mainType}`);
  }
}

/** The functions folder needs a package.json HubSpot can install: CommonJS, registry packages only. */
function checkFunctionsPackage(
  functionDir: string,
  projectDir: string,
  report: (file: string, message: string) => void,
): void {
  const packageFile = path.join(functionDir, 'package.json');
  const pkg = readJson(packageFile);
  if (!pkg.ok) {
    report(packageFile, `the app functions folder needs a package.json: ${pkg.error}`);
    return;
  }
  const content = pkg.value as { type?: unknown; dependencies?: Record<string, string> };
  if (content.type === 'module')
    report(packageFile, 'must not set "type": "module": HubSpot loads functions with require()');
  for (const [name, spec] of Object.entries(content.dependencies ?? {})) {
    if (/^(workspace|file|link):/.test(spec) || isWorkspacePackage(name, projectDir)) {
      report(
        packageFile,
        `dependency ${name}@${spec} is one of our local packages: HubSpot cannot install it; bundle it into the entry instead`,
      );
    }
  }
}

/** npm links workspace packages into node_modules; registry packages are real directories. */
function isWorkspacePackage(name: string, projectDir: string): boolean {
  const installed = path.join(projectDir, 'node_modules', name);
  return existsSync(installed) && lstatSync(installed).isSymbolicLink();
}

function entrypointFile(
  meta: MetaFile,
  sourceDir: string,
  report: (file: string, message: string) => void,
): string | null {
  const entrypoint = meta.content.config?.entrypoint;
  if (typeof entrypoint !== 'string' || !entrypoint.startsWith('/')) {
    report(
      meta.file,
      `config.entrypoint must be a path from srcDir starting with "/", found ${JSON.stringify(entrypoint)}`,
    );
    return null;
  }
  return path.join(sourceDir, entrypoint);
}

/** require() in its own node process, as HubSpot's runtime does, so nothing cached here helps it load. */
function requireInFreshNode(file: string): { ok: true; mainType: string } | { ok: false; error: string } {
  const probe = `
    try {
      const m = require(process.argv[1]);
      process.stdout.write(JSON.stringify({ ok: true, mainType: typeof (m && m.main) }));
    } catch (e) {
      process.stdout.write(JSON.stringify({ ok: false, error: String(e && e.message || e).split('\\n')[0] }));
    }`;
  const result = spawnSync(process.execPath, ['-e', probe, file], {
    cwd: path.dirname(file),
    encoding: 'utf8',
  });
  try {
    return JSON.parse(result.stdout) as { ok: true; mainType: string } | { ok: false; error: string };
  } catch {
    return {
      ok: false,
      error: `node exited with ${result.status}: ${result.stderr.trim().split('\n')[0] ?? ''}`,
    };
  }
}

function findMetaFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findMetaFiles(full));
    else if (entry.name.endsWith(METAFILE_SUFFIX)) found.push(full);
  }
  return found.sort();
}

function readJson(file: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, error: 'file is missing' };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${errorMessage(error)}` };
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function cli(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const noFunctions = argv.includes('--no-functions');
  const dirs = argv.filter((arg) => !arg.startsWith('--'));
  const repoRoot = path.resolve(__dirname, '..');
  const targets =
    dirs.length > 0
      ? dirs.map((dir) => ({ dir: path.resolve(dir), expectFunctions: !noFunctions }))
      : [
          { dir: repoRoot, expectFunctions: true },
          ...(existsSync(path.join(repoRoot, 'marketplace', 'hsproject.json'))
            ? [{ dir: path.join(repoRoot, 'marketplace'), expectFunctions: false }]
            : []),
        ];
  const results = [];
  for (const target of targets) {
    const problems = await checkProject(target.dir, target);
    const components = await listComponents(target.dir).catch(() => []);
    results.push({ project: target.dir, problems, components });
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    for (const { project, problems } of results) {
      const label = path.relative(process.cwd(), project) || '.';
      if (problems.length === 0) console.log(`${label}: project check passed`);
      for (const p of problems) console.error(`${label}: ${p.file}: ${p.message}`);
    }
  }
  return results.some((r) => r.problems.length > 0) ? 1 : 0;
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
