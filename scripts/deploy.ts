// `npm run deploy` (the private project) and `npm run deploy:marketplace`: refuse a placeholder account
// before anything is built or sent, build, check offline, run HubSpot's lint, then `hs project upload`.
//
// Why a script and not `hs project upload` alone:
// - The CLI refuses a profile whose accountId is missing or 0 only once it loads the profile during the
//   upload (@hubspot/cli lib/projects/projectProfiles.js loadProfile), after our build; and the
//   marketplace profiles ship with accountId 0 as a placeholder. This says so first, and how to fix it.
// - `hs project upload` only warns about lint; here a lint error stops the deploy.
// - Under `npm run`, npm sets INIT_CWD to the folder npm was started in, and the CLI takes the project
//   from INIT_CWD before the real cwd (@hubspot/local-dev-lib lib/path.js getCwd()): `npm run
//   deploy:marketplace` from the repo root would upload the private project. Each hs call here gets
//   INIT_CWD set to the project it means.
//
// CLI: tsx scripts/deploy.ts <projectDir> [hs project upload options...]
//   e.g. tsx scripts/deploy.ts marketplace --profile staging -m "what changed"
// MEETING_CARD_HS_BIN: a script run with node instead of the CLI's bin (the tests use a recorder).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProject } from './check-project';

const repoRoot = path.resolve(__dirname, '..');
const PROFILE_FILE = /^hsprofile\.(.+)\.json$/;

export class DeployRefused extends Error {}

export interface DeployTarget {
  projectDir: string;
  srcDir: string;
  profile: string | undefined;
}

/** `--name value` or `--name=value` from the hs arguments. */
function option(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

/** The profile names defined in srcDir (`hsprofile.<name>.json`). */
export function profilesIn(srcDir: string): string[] {
  if (!existsSync(srcDir)) return [];
  return readdirSync(srcDir)
    .map((file) => PROFILE_FILE.exec(file)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort();
}

const isRealAccountId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[1-9]\d*$/.test(value));

/**
 * Throws DeployRefused when the upload would target no real account: a profile (or `--account`) that
 * is missing, 0 or not an id, or no profile named for a project that has profiles.
 */
export function checkTargetAccount(projectDir: string, hsArgs: string[]): DeployTarget {
  const config = JSON.parse(readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8')) as {
    srcDir: string;
  };
  const srcDir = path.resolve(projectDir, config.srcDir);
  const label = path.relative(process.cwd(), projectDir) || '.';
  const profile = option(hsArgs, 'profile');
  const account = option(hsArgs, 'account');
  const profiles = profilesIn(srcDir);

  if (account !== undefined && !isRealAccountId(account)) {
    throw new DeployRefused(
      `--account ${account} is not a HubSpot account id: pass the id of the account to upload to (npx hs account list).`,
    );
  }
  if (profile === undefined) {
    if (profiles.length > 0 && account === undefined) {
      throw new DeployRefused(
        `${label} has deploy profiles (${profiles.join(', ')}): name one, e.g. -- --profile ${profiles[0]}.`,
      );
    }
    return { projectDir, srcDir, profile };
  }
  const profileFile = path.join(srcDir, `hsprofile.${profile}.json`);
  const shown = path.relative(process.cwd(), profileFile);
  if (!existsSync(profileFile)) {
    throw new DeployRefused(
      `${shown} does not exist; this project's profiles: ${profiles.join(', ') || 'none'}.`,
    );
  }
  let accountId: unknown;
  try {
    accountId = (JSON.parse(readFileSync(profileFile, 'utf8')) as { accountId?: unknown }).accountId;
  } catch (error) {
    throw new DeployRefused(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isRealAccountId(accountId)) {
    throw new DeployRefused(
      `${shown} has accountId ${JSON.stringify(accountId)}, a placeholder, not a HubSpot account: ` +
        `set it to the id of the account this profile uploads to (npx hs account list shows the ids ` +
        `of the accounts the CLI is authenticated with), then run the deploy again.`,
    );
  }
  return { projectDir, srcDir, profile };
}

function hsCommand(): string[] {
  const override = process.env.MEETING_CARD_HS_BIN;
  return [override ?? path.join(repoRoot, 'node_modules', '@hubspot', 'cli', 'bin', 'hs.js')];
}

/** Runs `hs <args>` on one project: cwd and INIT_CWD both the project (see the header). */
function hs(projectDir: string, args: string[]): number {
  const result = spawnSync(process.execPath, [...hsCommand(), ...args], {
    cwd: projectDir,
    env: { ...process.env, INIT_CWD: projectDir },
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

function step(title: string): void {
  console.log(`\n== ${title}`);
}

export async function deploy(projectArg: string, hsArgs: string[]): Promise<number> {
  const projectDir = path.resolve(repoRoot, projectArg);
  const target = checkTargetAccount(projectDir, hsArgs);
  const expectFunctions = existsSync(path.join(target.srcDir, 'app', 'functions'));

  if (expectFunctions) {
    step('Build the app functions');
    const build = spawnSync(process.execPath, [path.join(target.srcDir, 'app', 'functions', 'build.mjs')], {
      cwd: path.join(target.srcDir, 'app', 'functions'),
      stdio: 'inherit',
    });
    if (build.status !== 0) return build.status ?? 1;
  }

  step('Offline project check');
  const problems = await checkProject(projectDir, { expectFunctions });
  for (const problem of problems) console.error(`${problem.file}: ${problem.message}`);
  if (problems.length > 0) return 1;
  console.log('project check passed');

  step("HubSpot's lint (hs project lint)");
  const lint = hs(projectDir, ['project', 'lint', '--install-missing-deps=false']);
  if (lint !== 0) return lint;

  step('Upload (hs project upload)');
  return hs(projectDir, ['project', 'upload', ...hsArgs]);
}

if (require.main === module) {
  const [projectArg = '.', ...hsArgs] = process.argv.slice(2);
  deploy(projectArg, hsArgs).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof DeployRefused) {
        console.error(`deploy refused, nothing was built or uploaded: ${error.message}`);
        process.exit(1);
      }
      console.error(error);
      process.exit(2);
    },
  );
}
