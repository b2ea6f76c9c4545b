export * from './stack';
export { LogCapture } from './log-capture';
export { leakedLines } from './redaction';
export { STORAGE_KINDS, type StorageKind } from './storage';
import { STORAGE_KINDS } from './storage';

/** Every storage test runs on both; BACKEND_TEST_STORAGE=sqlite narrows it (e.g. on a machine without PostgreSQL). */
export const STORAGE_KINDS_FOR_TESTS = STORAGE_KINDS.filter(
  (kind) => !process.env.BACKEND_TEST_STORAGE || process.env.BACKEND_TEST_STORAGE === kind,
);
