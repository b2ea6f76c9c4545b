// Helpers for the project tests. HubSpot's parser and the CLI's ignore rules are ESM-only packages,
// which Jest's CommonJS runtime cannot load, so the scripts that use them run in child node processes
// (that is also how the CLI and `npm run project:check` run them).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProjectComponent, ProjectProblem } from '../../scripts/check-project';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const functionsDir = path.join(repoRoot, 'src', 'app', 'functions');

export function run(
  args: string[],
  cwd = repoRoot,
  env: NodeJS.ProcessEnv = process.env,
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
}

export interface CheckResult {
  project: string;
  problems: ProjectProblem[];
  components: ProjectComponent[];
}

/** Runs scripts/check-project.ts (checkProject + listComponents) on one project directory. */
export function checkProjectInChild(projectDir: string, options: { expectFunctions: boolean }): CheckResult {
  const args = ['--import', 'tsx', path.join(repoRoot, 'scripts', 'check-project.ts'), '--json', projectDir];
  if (!options.expectFunctions) args.push('--no-functions');
  const result = run(args);
  let parsed: CheckResult[];
  try {
    parsed = JSON.parse(result.stdout) as CheckResult[];
  } catch {
    throw new Error(
      `check-project printed no JSON (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  const [only] = parsed;
  if (!only) throw new Error('check-project reported no project');
  return only;
}

/** Builds the repo's function bundles, as `npm run build` does before `hs project upload`. */
export function buildRepoFunctions(): void {
  const result = run([path.join(functionsDir, 'build.mjs')], functionsDir);
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}

/** Writes files (strings verbatim, anything else as JSON) under root. */
export function writeFiles(root: string, files: Record<string, unknown>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}
