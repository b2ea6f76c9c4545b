import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// HubSpot's upload reads only package.json files inside srcDir and copies each `file:` dependency
// that points outside it on its own (docs/deploy.md, "How hs project upload packs the project").
// A plain version of one of our private packages would be looked up on the public registry and fail.
const repo = resolve(__dirname, '../..');
const componentManifests = [
  'src/app/cards/package.json',
  'src/app/functions/package.json',
  'marketplace/src/app/cards/package.json',
].filter((path) => existsSync(join(repo, path)));

type Manifest = {
  name?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const read = (path: string): Manifest => JSON.parse(readFileSync(path, 'utf8'));

describe.each(componentManifests)('the HubSpot component %s', (manifestPath) => {
  const manifest = read(join(repo, manifestPath));
  const ours = Object.entries(manifest.dependencies ?? {}).filter(([name]) =>
    name.startsWith('@meeting-card/'),
  );

  it('names each of our packages by a file: path to that very package', () => {
    for (const [name, spec] of ours) {
      expect(spec).toMatch(/^file:/);
      const target = resolve(repo, manifestPath, '..', spec.slice('file:'.length));
      expect(read(join(target, 'package.json')).name).toBe(name);
    }
  });

  it('lists every package of ours that those packages need, since copied packages cannot find each other', () => {
    const listed = new Set(ours.map(([name]) => name));
    for (const [, spec] of ours) {
      const target = resolve(repo, manifestPath, '..', spec.slice('file:'.length));
      const needs = read(join(target, 'package.json'));
      const ourNeeds = Object.keys({ ...needs.dependencies, ...needs.peerDependencies }).filter((name) =>
        name.startsWith('@meeting-card/'),
      );
      expect(
        Object.keys(needs.dependencies ?? {}).filter((name) => name.startsWith('@meeting-card/')),
      ).toEqual([]);
      for (const name of ourNeeds) expect(listed).toContain(name);
    }
  });
});
