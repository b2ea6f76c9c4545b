// Writes src/app/functions/package-lock.json for the functions folder alone.
//
// Why: `hs project upload` sends that folder's package-lock.json to HubSpot (the CLI keeps lockfiles in
// project uploads and names it as `packageLockfile` of the serverless package it builds), and HubSpot
// installs the functions' dependencies from it. The folder is also an npm workspace of the repo root,
// and npm never writes a lockfile inside a workspace, so we resolve it in a temp dir that has no
// workspace root above it: only this folder's package.json, `--package-lock-only`, no scripts.
//
// Usage: node scripts/functions-lockfile.mjs   (after changing src/app/functions/package.json)
// The test test/project/functions-lockfile.test.ts fails while the lockfile and package.json differ.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const functionsDir = path.join(repoRoot, 'src', 'app', 'functions');

const tempDir = mkdtempSync(path.join(os.tmpdir(), 'functions-lockfile-'));
try {
  copyFileSync(path.join(functionsDir, 'package.json'), path.join(tempDir, 'package.json'));
  execFileSync(
    'npm',
    [
      'install',
      '--package-lock-only',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      // Reuse the metadata npm already cached for the root install, so the versions match what the
      // repo's own tests ran against whenever the cache has them.
      '--prefer-offline',
      '--workspaces=false',
    ],
    { cwd: tempDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const lock = readFileSync(path.join(tempDir, 'package-lock.json'), 'utf8');
  writeFileSync(path.join(functionsDir, 'package-lock.json'), lock);
  console.log(`wrote ${path.relative(process.cwd(), path.join(functionsDir, 'package-lock.json'))}`);
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
