// marketplace/src/app/local.json: during `hs project dev`, HubSpot's dev server sends the card's
// hubspot.fetch calls for each https origin listed to a local URL instead
// (@hubspot/ui-extensions-dev-server dist/lib/config.js loadLocalConfig, read from the app's folder).
// The card fetches `${BACKEND_ORIGIN}`, so every profile's origin must be a key, and each must reach
// `npm run backend` on its default port.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './test-support';

const srcDir = path.join(repoRoot, 'marketplace', 'src');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const { proxy } = readJson(path.join(srcDir, 'app', 'local.json')) as { proxy: Record<string, string> };
const profileOrigins = readdirSync(srcDir)
  .filter((file) => /^hsprofile\..+\.json$/.test(file))
  .map((file) => readJson(path.join(srcDir, file)).variables.BACKEND_ORIGIN as string);

describe('the marketplace local.json (hs project dev proxy)', () => {
  it('sits beside app-hsmeta.json, where the dev server looks', () => {
    expect(readdirSync(path.join(srcDir, 'app'))).toEqual(
      expect.arrayContaining(['app-hsmeta.json', 'local.json']),
    );
  });

  it("proxies exactly the profiles' backend origins", () => {
    expect(profileOrigins.length).toBeGreaterThan(0);
    expect(Object.keys(proxy).sort()).toEqual([...profileOrigins].sort());
  });

  it.each(Object.entries(proxy))('maps %s (an https origin, no path) to the local backend', (key, value) => {
    const from = new URL(key);
    expect([from.protocol, from.pathname, from.origin]).toEqual(['https:', '/', key]);
    const to = new URL(value);
    expect(['localhost', '127.0.0.1']).toContain(to.hostname);
    expect(to.protocol).toBe('http:');
    expect(to.port).toBe('3000'); // the backend's default PORT (backend/src/config/config.ts)
  });
});
