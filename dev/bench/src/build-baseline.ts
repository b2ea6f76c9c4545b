import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { FUNCTIONS_DIR, RESULTS_DIR } from './paths';

/**
 * Bundles the baseline exactly as the real functions are bundled (src/app/functions/build.mjs's
 * options), and makes it load the same @hubspot/api-client copy the real function loads (the
 * functions folder's own, 14.x; the repo root holds another version).
 */
export async function buildBaseline(): Promise<string> {
  const outDir = join(RESULTS_DIR, 'build');
  mkdirSync(outDir, { recursive: true });
  const output = join(outDir, 'baseline-function.js');
  const { bundleOptions } = (await import(pathToFileURL(join(FUNCTIONS_DIR, 'build.mjs')).href)) as {
    bundleOptions: (source: string, output: string, external?: string[]) => esbuild.BuildOptions;
  };
  const apiClientPath = require.resolve('@hubspot/api-client', { paths: [FUNCTIONS_DIR] });
  const sameApiClient: esbuild.Plugin = {
    name: 'functions-api-client',
    setup(build) {
      build.onResolve({ filter: /^@hubspot\/api-client$/ }, () => ({ path: apiClientPath, external: true }));
    },
  };
  await esbuild.build({
    ...bundleOptions(join(__dirname, 'baseline-function.ts'), output, []),
    plugins: [sameApiClient],
    banner: { js: '// Built by dev/bench from baseline-function.ts. Do not edit.' },
  });
  return output;
}
