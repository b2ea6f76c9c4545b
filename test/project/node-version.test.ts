// One Node version floor across what runs the code: the engines fields, the function bundle's target,
// the Node running these tests (CI's), and what the dependencies HubSpot installs for the functions
// declare. HubSpot's 2026.03 app-function runtime is newer than that floor (docs/deploy.md, "Node").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { functionsDir, repoRoot, run } from './test-support';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** The major version of a ">=N[.x.y]" range (the only form these fields use). */
const floorOf = (range: string): number => {
  const match = /^>=\s*(\d+)(\.\d+){0,2}$/.exec(range.trim());
  if (!match) throw new Error(`unexpected engines range ${range}`);
  return Number(match[1]);
};

/** Whether an engines range accepts every release of Node `major` (forms: >=N, >N, N, N.x, ^N, joined by ||). */
function acceptsMajor(range: string, major: number): boolean {
  return range.split('||').some((alternative) => {
    const part = alternative.trim();
    const match = /^(>=|>|\^|~)?\s*v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(part);
    if (!match) throw new Error(`unexpected engines range ${range}`);
    const [, op, n, minor, patch] = match;
    const atZero = [minor, patch].every((v) => v === undefined || v === '0' || v === 'x');
    if (op === '>=') return major > Number(n) || (major === Number(n) && atZero);
    if (op === '>') return major > Number(n);
    return major === Number(n) && (op !== '~' || minor === undefined || minor === 'x');
  });
}

const NODE_FLOOR = 20;

describe('the Node version', () => {
  it('is the same floor in the root and the functions package.json', () => {
    expect(floorOf(readJson(path.join(repoRoot, 'package.json')).engines.node)).toBe(NODE_FLOOR);
    expect(floorOf(readJson(path.join(functionsDir, 'package.json')).engines.node)).toBe(NODE_FLOOR);
  });

  it('is what the function bundles are built for', () => {
    const script = `import(${JSON.stringify(path.join(functionsDir, 'build.mjs'))}).then((m) =>
      process.stdout.write(m.bundleOptions('in.ts', 'out.js', []).target))`;
    expect(run(['-e', script]).stdout).toBe(`node${NODE_FLOOR}`);
  });

  it('is met by the Node running the tests (CI runs them)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(NODE_FLOOR);
  });

  it('satisfies every dependency HubSpot installs for the functions (no EBADENGINE there)', () => {
    const lock = readJson(path.join(functionsDir, 'package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    for (const [name, entry] of Object.entries(lock.packages)) {
      const range = entry.engines?.node;
      if (name === '' || !range) continue;
      expect(`${name} (node ${range}) accepts Node ${NODE_FLOOR}: ${acceptsMajor(range, NODE_FLOOR)}`).toBe(
        `${name} (node ${range}) accepts Node ${NODE_FLOOR}: true`,
      );
    }
  });
});
