// scripts/deploy.ts (`npm run deploy`, `npm run deploy:marketplace`) with a recorder in place of the
// HubSpot CLI (MEETING_CARD_HS_BIN): what it refuses before anything is built or sent, and what it
// hands to `hs` when the target is a real account.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, run, tempDir } from './test-support';

// Each deploy starts tsx and HubSpot's parser in a child process: seconds each, more on a busy machine.
jest.setTimeout(120_000);

let work: string;
let recorder: string;
let calls: string;

beforeAll(() => {
  work = tempDir('deploy');
  recorder = path.join(work, 'fake-hs.js');
  calls = path.join(work, 'calls.jsonl');
  writeFileSync(
    recorder,
    `require('fs').appendFileSync(${JSON.stringify(calls)}, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), initCwd: process.env.INIT_CWD }) + '\\n');\n`,
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeEach(() => rmSync(calls, { force: true }));

function deploy(projectDir: string, hsArgs: string[]) {
  const result = run(
    ['--import', 'tsx', path.join(repoRoot, 'scripts', 'deploy.ts'), projectDir, ...hsArgs],
    repoRoot,
    // As under `npm run`: INIT_CWD is where npm started, here the repo root.
    { ...process.env, MEETING_CARD_HS_BIN: recorder, INIT_CWD: repoRoot },
  );
  const recorded = existsSync(calls)
    ? readFileSync(calls, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { args: string[]; cwd: string; initCwd: string })
    : [];
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, hsCalls: recorded };
}

/** A copy of the marketplace project with the staging profile's accountId set to `accountId`. */
function marketplaceCopy(accountId: unknown): string {
  const dir = tempDir('deploy-marketplace');
  cpSync(path.join(repoRoot, 'marketplace', 'hsproject.json'), path.join(dir, 'hsproject.json'));
  cpSync(path.join(repoRoot, 'marketplace', 'src'), path.join(dir, 'src'), { recursive: true });
  const profile = path.join(dir, 'src', 'hsprofile.staging.json');
  writeFileSync(profile, JSON.stringify({ ...JSON.parse(readFileSync(profile, 'utf8')), accountId }));
  return dir;
}

describe('npm run deploy', () => {
  it('refuses the placeholder accountId 0 of the committed marketplace profiles, before any hs call', () => {
    for (const profile of ['staging', 'prod']) {
      const { status, stderr, hsCalls } = deploy('marketplace', ['--profile', profile]);
      expect(status).toBe(1);
      expect(stderr).toContain(`hsprofile.${profile}.json has accountId 0, a placeholder`);
      expect(stderr).toContain('nothing was built or uploaded');
      expect(hsCalls).toEqual([]);
    }
  });

  it.each([['abc'], [-5], [1.5], [null]])('refuses accountId %p', (accountId) => {
    const dir = marketplaceCopy(accountId);
    try {
      const { status, stderr, hsCalls } = deploy(dir, ['--profile', 'staging']);
      expect(status).toBe(1);
      expect(stderr).toMatch(/a placeholder, not a HubSpot account/);
      expect(hsCalls).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('asks for a profile when the project has profiles, and refuses an unknown one', () => {
    const none = deploy('marketplace', []);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('has deploy profiles (prod, staging)');
    const unknown = deploy('marketplace', ['--profile=qa']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('hsprofile.qa.json does not exist');
    expect([...none.hsCalls, ...unknown.hsCalls]).toEqual([]);
  });

  it('refuses --account 0 for the private project', () => {
    const { status, stderr, hsCalls } = deploy('.', ['--account', '0']);
    expect(status).toBe(1);
    expect(stderr).toContain('--account 0 is not a HubSpot account id');
    expect(hsCalls).toEqual([]);
  });

  it('with a real account: checks, lints, then uploads that very project with the arguments given', () => {
    const dir = marketplaceCopy(12345678);
    try {
      const { status, stdout, hsCalls } = deploy(dir, ['--profile', 'staging', '-m', 'first upload']);
      expect(stdout).toContain('project check passed');
      expect(status).toBe(0);
      expect(hsCalls.map((call) => call.args)).toEqual([
        ['project', 'lint', '--install-missing-deps=false'],
        ['project', 'upload', '--profile', 'staging', '-m', 'first upload'],
      ]);
      // The CLI finds its project from INIT_CWD first: both must be the project, not the repo root.
      for (const call of hsCalls) expect([call.cwd, call.initCwd]).toEqual([dir, dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
