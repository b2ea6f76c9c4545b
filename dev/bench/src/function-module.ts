/** A built app function as HubSpot loads it: CommonJS with `exports.main(context)`. */
export interface AppFunctionModule {
  main(context: unknown): Promise<{ ok: boolean; [key: string]: unknown }>;
}

export function loadFunction(path: string): AppFunctionModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path) as AppFunctionModule;
}
