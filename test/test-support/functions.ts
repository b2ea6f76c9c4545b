import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built app function bundles, exactly what HubSpot runs (`npm run build` makes them). */
export function requireBuiltFunction<T>(name: 'create-meeting' | 'form-options' | 'meeting-outcome'): {
  main: (context: unknown) => Promise<T>;
} {
  const path = resolve(__dirname, '../../src/app/functions', `${name}.js`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path);
}

let counter = 0;
/** A fresh v4 UUID per call, so each test books its own meeting. */
export function newRequestId(): string {
  counter += 1;
  const hex = (counter + Date.now() * 1000).toString(16).padStart(12, '0').slice(-12);
  return `6f1c2a3b-4d5e-4f60-8a7b-${hex}`;
}
