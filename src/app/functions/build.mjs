// Bundles each app function's TypeScript source into the CommonJS file its hsmeta names.
//
// The hsmeta files are the single list of functions: for `"entrypoint": "/app/functions/<name>.js"`
// the source is `src/<name>.ts`, the output `<name>.js` beside the hsmeta. HubSpot runs the output
// with require(), so: CommonJS, platform node, target node20 — the oldest Node it must run on: the one
// CI, `hs project dev` and the engines fields use; HubSpot's 2026.03 runtime is newer (docs/deploy.md).
//
// Only `@hubspot/api-client` stays external: it is a pinned dependency in this folder's package.json
// and HubSpot installs it from there (and from package-lock.json). Everything else (our workspace
// packages such as @meeting-card/core, valibot, @internationalized/date) is inlined, because HubSpot
// installs nothing of ours: the workspaces live outside srcDir and are not uploaded with the function.
//
// The bundles are committed, so that a plain `hs project upload` from a fresh clone ships working
// functions (the CLI runs no build step and ignores .gitignore). The output is byte-for-byte the same
// on every machine (paths in it are relative to this folder); `--check` proves the files on disk are
// what the sources build to, and CI runs it on the committed files.
//
// Usage: node build.mjs            build once; exits non-zero on any missing entry or build error
//        node build.mjs --check    build in memory; exit 1 if any bundle on disk differs or is missing
//        node build.mjs --watch    rebuild on change (for `hs project dev`, which re-requires per call)
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const functionsDir = path.dirname(fileURLToPath(import.meta.url));
const ENTRYPOINT_PREFIX = '/app/functions/';

/** Dependencies HubSpot installs for the functions; they must not be inlined. */
function installedDependencies() {
  const pkg = JSON.parse(readFileSync(path.join(functionsDir, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies ?? {});
}

/** One { name, source, output } per *-hsmeta.json of type app-function in this folder. */
export function functionEntries(dir = functionsDir) {
  const metas = readdirSync(dir).filter((f) => f.endsWith('-hsmeta.json'));
  const entries = [];
  const problems = [];
  for (const metaFile of metas) {
    const meta = JSON.parse(readFileSync(path.join(dir, metaFile), 'utf8'));
    if (meta.type !== 'app-function') continue;
    const entrypoint = meta.config?.entrypoint;
    if (
      typeof entrypoint !== 'string' ||
      !entrypoint.startsWith(ENTRYPOINT_PREFIX) ||
      !entrypoint.endsWith('.js')
    ) {
      problems.push(
        `${metaFile}: entrypoint must look like ${ENTRYPOINT_PREFIX}<name>.js, got ${JSON.stringify(entrypoint)}`,
      );
      continue;
    }
    const name = entrypoint.slice(ENTRYPOINT_PREFIX.length, -'.js'.length);
    if (name.includes('/')) {
      problems.push(`${metaFile}: entrypoint ${entrypoint} must sit directly in the functions folder`);
      continue;
    }
    const source = path.join(dir, 'src', `${name}.ts`);
    if (!existsSync(source)) {
      problems.push(`${metaFile}: entry source ${path.relative(dir, source)} for ${meta.uid} does not exist`);
      continue;
    }
    entries.push({ name, source, output: path.join(dir, `${name}.js`) });
  }
  if (metas.length === 0) problems.push(`no *-hsmeta.json in ${dir}`);
  if (problems.length > 0) {
    throw new Error(`Cannot build app functions:\n  ${problems.join('\n  ')}`);
  }
  return entries;
}

/** The esbuild options for one entry; exported so tests can bundle a throwaway entry the same way. */
export function bundleOptions(source, output, external = installedDependencies()) {
  return {
    entryPoints: [source],
    outfile: output,
    // Paths esbuild writes into the bundle (module comments) are relative to this, not to the cwd.
    absWorkingDir: functionsDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external,
    // Readable output: stack traces in `hs project logs` point at real names and lines.
    minify: false,
    keepNames: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '// Built by src/app/functions/build.mjs from TypeScript. Do not edit.' },
  };
}

/**
 * Writes the bundle next to its target and renames it into place, so whoever require()s the entry
 * meanwhile (`hs project dev`, a concurrent test) sees the old file or the new one, never half of one.
 */
async function buildAtomically(source, output) {
  const contents = await buildInMemory(source, output);
  const temporary = `${output}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, output);
}

/** The bundle's bytes, as `node build.mjs` would write them. */
export async function buildInMemory(source, output) {
  const result = await esbuild.build({ ...bundleOptions(source, output), write: false });
  return result.outputFiles[0].contents;
}

/** The entries whose file on disk is missing or differs from a fresh build. */
export async function staleBundles(entries = functionEntries()) {
  const stale = [];
  for (const { source, output } of entries) {
    const built = Buffer.from(await buildInMemory(source, output));
    if (!existsSync(output) || !built.equals(readFileSync(output))) stale.push(output);
  }
  return stale;
}

async function main() {
  const watch = process.argv.includes('--watch');
  const entries = functionEntries();
  if (process.argv.includes('--check')) {
    const stale = await staleBundles(entries);
    for (const output of stale) {
      console.error(`${path.relative(process.cwd(), output)} is not what its source builds to`);
    }
    if (stale.length > 0) {
      console.error('Run `npm run build -w src/app/functions` and commit the bundles.');
      process.exit(1);
    }
    console.log(`bundles current: ${entries.map((e) => e.name).join(', ')}`);
    return;
  }
  if (watch) {
    for (const { source, output } of entries) {
      const ctx = await esbuild.context(bundleOptions(source, output));
      await ctx.watch();
    }
    console.log(`watching ${entries.map((e) => e.name).join(', ')}`);
    return;
  }
  await Promise.all(entries.map(({ source, output }) => buildAtomically(source, output)));
  for (const { output } of entries) console.log(`built ${path.relative(process.cwd(), output)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
