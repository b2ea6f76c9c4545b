/** A problem the person starting the workbench can fix; the CLI prints `message` alone, no stack. */
export class WorkbenchError extends Error {
  override name = 'WorkbenchError';
}
