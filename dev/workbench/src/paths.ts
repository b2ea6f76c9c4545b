// Where the workbench finds the project it runs: the repository root and its HubSpot project folders.
import path from 'node:path';

/** The repository root (this file is dev/workbench/src/paths.ts). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const HOST_DIR = path.resolve(__dirname, '..', 'host');
export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');
export const PROJECT_APP_DIR = path.join(REPO_ROOT, 'src', 'app');
export const DEFAULT_CARD_ENTRY = path.join(PROJECT_APP_DIR, 'cards', 'MeetingCard.tsx');
export const DEFAULT_FUNCTIONS_DIR = path.join(PROJECT_APP_DIR, 'functions');
export const DEFAULT_STATE_FILE = path.join(REPO_ROOT, '.data', 'workbench-emulator.json');
/** The marketplace project (OAuth app, card over hubspot.fetch) and its own demo data. */
export const MARKETPLACE_APP_DIR = path.join(REPO_ROOT, 'marketplace', 'src', 'app');
export const MARKETPLACE_CARD_ENTRY = path.join(MARKETPLACE_APP_DIR, 'cards', 'MeetingCard.tsx');
export const MARKETPLACE_STATE_FILE = path.join(REPO_ROOT, '.data', 'workbench-marketplace-emulator.json');

/** The marketplace backend's SQLite file, beside the emulator state it belongs with (its tokens are that emulator's). */
export function backendSqliteFileFor(emulatorStateFile: string): string {
  return path.join(
    path.dirname(emulatorStateFile),
    `${path.basename(emulatorStateFile, '.json')}.backend.sqlite`,
  );
}
