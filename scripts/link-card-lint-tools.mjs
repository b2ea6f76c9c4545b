// Makes HubSpot's `hs project lint` (and the lint check of `hs project upload`) runnable in each cards
// folder of an npm-workspaces checkout. Runs as the root `postinstall`.
//
// Why: @hubspot/cli 8.14 (lib/projects/uieLinting.js, lib/dependencyManagement.js) lints a cards folder
// only when every lint package (eslint, typescript-eslint >= 8.46.4, jiti >= 2.6.1, ...) is both listed
// in that folder's package.json AND present as `<folder>/node_modules/<name>`. npm workspaces hoist those
// packages to the root node_modules, so the CLI would print "Skipping linting ... required dependencies are
// missing". Installing the folder standalone would put a second react and @hubspot/ui-extensions under it
// and break the card tests ("Invalid hook call"). So each devDependency of a cards folder is linked to the
// one copy npm installed at the root: the same files, found by the CLI where it looks. Only the lint
// tools are linked (the cards' devDependencies), never react or the SDK.
//
// Usage: node scripts/link-card-lint-tools.mjs [--check]
//   --check: link nothing; list what is missing and exit 1 if anything is.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  unlinkSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every workspace folder that is a HubSpot cards component (its path ends in src/app/cards). */
export function cardsFolders(root = repoRoot) {
  const { workspaces = [] } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return workspaces
    .filter((workspace) => /(^|\/)src\/app\/cards$/.test(workspace))
    .map((workspace) => path.join(root, workspace));
}

/** What linking would do in one cards folder: { name, link, target, state } per lint package. */
export function planLinks(cardsDir, root = repoRoot) {
  const { devDependencies = {} } = JSON.parse(readFileSync(path.join(cardsDir, 'package.json'), 'utf8'));
  return Object.keys(devDependencies).map((name) => {
    const link = path.join(cardsDir, 'node_modules', ...name.split('/'));
    const target = path.join(root, 'node_modules', ...name.split('/'));
    let state;
    if (!existsSync(target)) state = 'not-installed';
    else if (isOurLink(link, target)) state = 'linked';
    else if (existsSync(link))
      state = 'own-copy'; // npm installed it here itself (a version conflict)
    else state = 'missing';
    return { name, link, target, state };
  });
}

function isOurLink(link, target) {
  try {
    return (
      lstatSync(link).isSymbolicLink() &&
      path.resolve(path.dirname(link), readlinkSync(link)) === path.resolve(target)
    );
  } catch {
    return false;
  }
}

function linkAll() {
  let problems = 0;
  for (const cardsDir of cardsFolders()) {
    for (const entry of planLinks(cardsDir)) {
      if (entry.state === 'not-installed') {
        console.error(`${path.relative(repoRoot, cardsDir)}: ${entry.name} is not installed at the root`);
        problems += 1;
        continue;
      }
      if (entry.state !== 'missing') continue;
      // A dangling link left by an earlier install would make existsSync() false: replace it.
      try {
        if (lstatSync(entry.link).isSymbolicLink()) unlinkSync(entry.link);
      } catch {
        // nothing there
      }
      mkdirSync(path.dirname(entry.link), { recursive: true });
      symlinkSync(path.relative(path.dirname(entry.link), entry.target), entry.link, 'dir');
    }
  }
  return problems;
}

function check() {
  const missing = cardsFolders().flatMap((cardsDir) =>
    planLinks(cardsDir)
      .filter((entry) => entry.state === 'missing' || entry.state === 'not-installed')
      .map((entry) => `${path.relative(repoRoot, entry.link)} (${entry.state})`),
  );
  for (const line of missing) console.error(line);
  return missing.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit((process.argv.includes('--check') ? check() : linkAll()) > 0 ? 1 : 0);
}
