// What a merge can leave behind that no other check notices: conflict markers in a file that is not
// type-checked or linted (.ci/run, Markdown, JSON), and a CI script bash cannot parse.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './test-support';

describe('the repository', () => {
  it('has no merge conflict markers in any tracked file', () => {
    const found = spawnSync('git', ['grep', '-nE', '^(<<<<<<<|>>>>>>>) ', '--', '.'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(found.stdout).toBe(''); // git grep exits 1 and prints nothing when there is no match
  });

  it('has a .ci/run that bash can parse', () => {
    const parsed = spawnSync('bash', ['-n', path.join(repoRoot, '.ci', 'run')], { encoding: 'utf8' });
    expect(parsed.stderr).toBe('');
    expect(parsed.status).toBe(0);
  });
});
