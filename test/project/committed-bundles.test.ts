// The function bundles are committed, so a plain `hs project upload` from a fresh clone ships working
// functions (the CLI runs no build and does not read .gitignore: docs/deploy.md). These tests keep
// them tracked and current. CI also runs `node src/app/functions/build.mjs --check` on the fresh clone,
// before anything rebuilds them.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { functionsDir, repoRoot, run, tempDir } from './test-support';

const buildScript = path.join(functionsDir, 'build.mjs');
const entrypoints = [
  'create-meeting-hsmeta.json',
  'form-options-hsmeta.json',
  'meeting-outcome-hsmeta.json',
].map(
  (meta) =>
    (JSON.parse(readFileSync(path.join(functionsDir, meta), 'utf8')) as { config: { entrypoint: string } })
      .config.entrypoint,
);

describe('the committed function bundles', () => {
  it.each(entrypoints)('%s is tracked by git, not ignored', (entrypoint) => {
    const file = path.join('src', entrypoint);
    const tracked = spawnSync('git', ['ls-files', '--error-unmatch', file], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(tracked.status).toBe(0);
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: repoRoot });
    expect(ignored.status).toBe(1); // 1 = not ignored
  });

  it('are byte-for-byte what their sources build to (node build.mjs --check)', () => {
    const result = run([buildScript, '--check'], functionsDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('build to the same bytes from any working directory', () => {
    // The check above must not depend on where it runs: esbuild's path comments are relative to
    // the functions folder, not to the cwd (a CI clone lives elsewhere).
    const result = run([buildScript, '--check'], repoRoot);
    expect(result.status).toBe(0);
  });

  it('reports a bundle that differs from its source, with what to run', () => {
    const dir = tempDir('stale-bundle');
    try {
      const stale = path.join(dir, 'create-meeting.js');
      writeFileSync(stale, '// an older build\nexports.main = async () => ({});\n');
      const script = `
        import { functionEntries, staleBundles } from ${JSON.stringify(buildScript)};
        const entries = functionEntries().map((e) => (e.name === 'create-meeting' ? { ...e, output: process.argv[1] } : e));
        process.stdout.write(JSON.stringify(await staleBundles(entries)));`;
      const result = run(['--input-type=module', '-e', script, stale], functionsDir);
      expect(JSON.parse(result.stdout)).toEqual([stale]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
