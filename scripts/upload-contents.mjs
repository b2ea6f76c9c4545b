// Lists, and optionally copies out, what `hs project upload` (CLI 8.14.0) puts in the zip it sends,
// by running the CLI's own rules rather than a copy of them:
// - every file under srcDir that `shouldIgnoreFile(name, true)` from @hubspot/local-dev-lib keeps
//   (node_modules, dotfiles such as .env, *.log, ... and any .hsignore found upward from the cwd;
//   .gitignore is NOT consulted), named relative to srcDir (cli lib/projects/upload.js:135-151);
// - plus workspaces and file:/link: dependencies declared by package.json files inside srcDir
//   that live outside it (copied to _workspaces/<name>-<hash> by cli lib/projects/workspaces.js).
//   This script reports those but does not copy them: a project that has any needs the real CLI.
//
// Usage: node scripts/upload-contents.mjs <projectDir> [--copy-to <dir>] [--json]
// Run it with the project dir as cwd, as the CLI would be (`npm run deploy` runs at the repo root).
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { shouldIgnoreFile } from '@hubspot/local-dev-lib/ignoreRules';
import {
  collectFileDependencies,
  collectWorkspaceDirectories,
  findAndParsePackageJsonFiles,
} from '@hubspot/project-parsing-lib/workspaces';

/** Every file path under dir, relative to it, with forward slashes (archiver's entry names). */
function walk(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...walk(dir, name));
    else files.push(name);
  }
  return files;
}

function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export async function uploadContents(projectDir) {
  const config = JSON.parse(readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8'));
  const srcDir = path.resolve(projectDir, config.srcDir);
  // The archiver hands the filter names relative to srcDir; shouldIgnoreFile resolves them against the cwd.
  const files = walk(srcDir).filter((name) => !shouldIgnoreFile(name, true));
  const packageJsons = await findAndParsePackageJsonFiles(srcDir);
  const workspaces = await collectWorkspaceDirectories(packageJsons);
  const fileDependencies = await collectFileDependencies(packageJsons);
  const declaredIn = (packageJsonPath) => path.relative(srcDir, packageJsonPath).split(path.sep).join('/');
  const externalPackages = [
    ...workspaces
      .filter((w) => !isInside(w.workspaceDir, srcDir))
      .map((w) => ({ dir: w.workspaceDir, declaredIn: declaredIn(w.sourcePackageJsonPath) })),
    ...fileDependencies
      .filter((d) => !isInside(d.localPath, srcDir))
      .map((d) => ({ dir: d.localPath, declaredIn: declaredIn(d.sourcePackageJsonPath) })),
  ];
  return { srcDir, files: files.sort(), externalPackages };
}

async function cli(argv) {
  const projectDir = path.resolve(argv.find((a) => !a.startsWith('--')) ?? '.');
  const copyIndex = argv.indexOf('--copy-to');
  const result = await uploadContents(projectDir);
  if (copyIndex !== -1) {
    const target = path.resolve(argv[copyIndex + 1]);
    for (const name of result.files) {
      mkdirSync(path.dirname(path.join(target, name)), { recursive: true });
      cpSync(path.join(result.srcDir, name), path.join(target, name));
    }
  }
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    for (const name of result.files) console.log(name);
    for (const { dir, declaredIn } of result.externalPackages) {
      console.log(`(external package the CLI adds under _workspaces/) ${dir}, declared in ${declaredIn}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  cli(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
