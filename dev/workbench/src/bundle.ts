// Bundles the browser side (host/main.tsx + the card module) with esbuild, in memory. The card
// module is imported as `workbench:card`; a rebuild on each page load picks up edits to the card.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { HOST_DIR } from './paths';

export interface HostBundler {
  build(): Promise<string>;
  dispose(): Promise<void>;
}

export async function createHostBundler(cardEntry: string): Promise<HostBundler> {
  const context = await esbuild.context({
    entryPoints: [path.join(HOST_DIR, 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    outfile: 'host.js',
    sourcemap: 'inline',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'workbench-card',
        setup(build) {
          build.onResolve({ filter: /^workbench:card$/ }, () => ({ path: cardEntry }));
        },
      },
    ],
  });
  return {
    async build() {
      try {
        const result = await context.rebuild();
        const file = result.outputFiles?.find((f) => f.path.endsWith('.js'));
        if (!file) throw new Error('esbuild produced no JavaScript');
        return file.text;
      } catch (error) {
        const errors = (error as { errors?: esbuild.Message[] }).errors;
        const text = errors?.length
          ? (await esbuild.formatMessages(errors, { kind: 'error' })).join('\n')
          : String(error);
        throw new Error(`The card or the workbench page failed to build:\n${text}`);
      }
    },
    dispose: () => context.dispose(),
  };
}
