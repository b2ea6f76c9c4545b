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
