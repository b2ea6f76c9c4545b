// Runs the project's app functions in this process the way `hs project dev` does: find the
// function by its hsmeta uid, `require()` its built entrypoint, call `main(context)`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { WorkbenchError } from './errors';

export interface AppFunctionContext {
  parameters: unknown;
  propertiesToSend: Record<string, string | null>;
  secrets: Record<string, string>;
}

interface FunctionEntry {
  uid: string;
  /** Absolute path of the built CommonJS file. */
  file: string;
  /** As written in the hsmeta, for messages. */
  entrypoint: string;
}

/** HubSpot's local executor gives a function 15 seconds. */
export const FUNCTION_TIMEOUT_MS = 15_000;

const ENTRYPOINT_PREFIX = '/app/functions/';

export function readFunctionEntries(functionsDir: string): FunctionEntry[] {
  if (!existsSync(functionsDir)) return [];
  const entries: FunctionEntry[] = [];
  for (const metaFile of readdirSync(functionsDir).filter((f) => f.endsWith('-hsmeta.json'))) {
    const meta = JSON.parse(readFileSync(path.join(functionsDir, metaFile), 'utf8')) as {
      uid?: string;
      type?: string;
      config?: { entrypoint?: string };
    };
    const entrypoint = meta.config?.entrypoint;
    if (meta.type !== 'app-function' || !meta.uid || !entrypoint?.startsWith(ENTRYPOINT_PREFIX)) continue;
    entries.push({
      uid: meta.uid,
      entrypoint,
      file: path.join(functionsDir, entrypoint.slice(ENTRYPOINT_PREFIX.length)),
    });
  }
  return entries;
}

export class FunctionNotFoundError extends Error {}

export function createFunctionRunner(functionsDir: string) {
  const entries = new Map(readFunctionEntries(functionsDir).map((e) => [e.uid, e]));
  // A real Node require (not a test runner's module registry), as HubSpot's executor uses.
  const nodeRequire = createRequire(path.join(functionsDir, 'package.json'));
  const loaded = new Map<string, number>();

  /** The built files that are missing; the message says how to build them. */
  function missingBuilds(): string[] {
    return [...entries.values()]
      .filter((e) => !existsSync(e.file))
      .map((e) => path.relative(process.cwd(), e.file) || e.file);
  }

  function load(entry: FunctionEntry): { main: (context: AppFunctionContext) => unknown } {
    if (!existsSync(entry.file)) {
      throw new WorkbenchError(
        `The app function "${entry.uid}" is not built: ${entry.entrypoint} is missing. Run npm run build.`,
      );
    }
    // Like `hs project dev`, pick up a rebuilt bundle (npm run build) without a restart.
    const mtime = statSync(entry.file).mtimeMs;
    if (loaded.get(entry.file) !== mtime) {
      delete nodeRequire.cache[nodeRequire.resolve(entry.file)];
      loaded.set(entry.file, mtime);
    }
    const mod = nodeRequire(entry.file) as { main?: unknown };
    if (typeof mod.main !== 'function')
      throw new WorkbenchError(`${entry.entrypoint} does not export main(context).`);
    return mod as { main: (context: AppFunctionContext) => unknown };
  }

  return {
    uids: () => [...entries.keys()],
    missingBuilds,
    async run(uid: string, context: AppFunctionContext, timeoutMs = FUNCTION_TIMEOUT_MS): Promise<unknown> {
      const entry = entries.get(uid);
      if (!entry)
        throw new FunctionNotFoundError(
          `No app function with uid "${uid}" in ${functionsDir} (known: ${[...entries.keys()].join(', ') || 'none'}).`,
        );
      const fn = load(entry);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`The app function "${uid}" did not finish within ${timeoutMs / 1000} s.`)),
          timeoutMs,
        );
      });
      try {
        const result = await Promise.race([Promise.resolve(fn.main(context)), timeout]);
        // HubSpot hands the card what survives JSON.
        return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as unknown);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export type FunctionRunner = ReturnType<typeof createFunctionRunner>;
