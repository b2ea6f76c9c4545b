// Shared set-up for the browser suites: Debian's chromium driven by playwright-core, and the
// workbench server started in this process on a free port with a throw-away state file.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../dev/workbench/src/server';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

/** `describe`, or a skip that says why when chromium is not installed (`.ci/run` installs it). */
export function describeInBrowser(name: string, fn: () => void): void {
  if (hasChromium) {
    describe(name, fn);
    return;
  }
  describe.skip(
    `${name} (skipped: ${CHROMIUM_PATH} is missing; install it with apt-get install -y chromium)`,
    fn,
  );
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = path.resolve(__dirname, '..', '..', 'test-artifacts', 'browser');

export interface BrowserHarness {
  workbench: Workbench;
  context: BrowserContext;
  stateFile: string;
  /** Restarts the workbench on the same state file (what `npm start` after Ctrl+C does). */
  restartWorkbench(): Promise<Workbench>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function openHarness(options: WorkbenchOptions = {}): Promise<BrowserHarness> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'workbench-browser-'));
  const stateFile = path.join(tmp, 'state', 'emulator.json');
  // The search lag these suites were written for (the workbench's own default is realistic).
  const workbenchOptions: WorkbenchOptions = {
    port: 0,
    stateFile,
    env: {},
    searchIndexDelayMs: 1500,
    ...options,
  };
  let workbench = await startWorkbench(workbenchOptions);
  // A fresh profile per run: no cache, cookies or service workers from an earlier run.
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1360, height: 1000 },
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const harness: BrowserHarness = {
    get workbench() {
      return workbench;
    },
    context,
    stateFile,
    async restartWorkbench() {
      const port = workbench.port;
      await workbench.close();
      workbench = await startWorkbench({ ...workbenchOptions, port });
      return workbench;
    },
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      await workbench.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
  return harness;
}

/** A date `days` from today as the date field types it (YYYY-MM-DD). */
export function isoDateInDays(days: number): string {
  const d = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
