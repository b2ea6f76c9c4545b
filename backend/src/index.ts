// Entry for tools that run the backend in-process (the workbench's marketplace mode, benchmarks).
// The service itself starts from cli.ts (`npm run backend`).
export { buildBackend, type BackendApp } from './app';
export { loadConfig, ConfigError, REQUIRED_SCOPES, type BackendConfig } from './config/config';
export { openDatabase, type Db, type DatabaseOptions } from './db/database';
export { createLogger } from './logging/logger';
export { computeSignatureV3, verifySignatureV3 } from './security/signature';
export type { ServiceOverrides } from './services';
export { checkBeforeServing, StartupRefusedError } from './startup';
