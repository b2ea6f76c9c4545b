import { join, resolve } from 'node:path';

/** The repository root (dev/bench/src -> ../../..). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

export const FUNCTIONS_DIR = join(REPO_ROOT, 'src', 'app', 'functions');
export const BUILT_CREATE_MEETING = join(FUNCTIONS_DIR, 'create-meeting.js');
export const BUILT_FORM_OPTIONS = join(FUNCTIONS_DIR, 'form-options.js');
export const RESULTS_DIR = join(REPO_ROOT, 'bench-results');
export const CARD_BUNDLE_MEASURE = join(REPO_ROOT, 'packages', 'card', 'build', 'measure-bundle.mjs');
export const BACKEND_SRC = join(REPO_ROOT, 'backend', 'src');
/** Debian's Chromium, driven with playwright-core (the bridge-bytes row, as the browser tests). */
export const CHROMIUM_PATH = '/usr/bin/chromium';
