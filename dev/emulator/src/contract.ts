// Loads the create-meeting contract (JSON Schemas) and compiles the request validator. The schemas are
// the repo's copy in <repo root>/contract (test/project/contract-copy.test.ts proves it identical to the
// team's ../shared/contract); they are read at start so the emulator enforces the contract the product
// is built against.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorDetail } from './errors';

const REQUEST_SCHEMA = 'request.schema.json';

/**
 * Finds the contract folder: MEETING_CARD_CONTRACT_DIR if set, else the first ancestor of this file
 * that has contract/request.schema.json (the repo root does).
 */
export function findContractDir(start: string = __dirname): string {
  const fromEnv = process.env.MEETING_CARD_CONTRACT_DIR;
  if (fromEnv && existsSync(join(fromEnv, REQUEST_SCHEMA))) return resolve(fromEnv);
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'contract');
    if (existsSync(join(candidate, REQUEST_SCHEMA))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`HubSpot emulator: no contract/${REQUEST_SCHEMA} found above ${start}`);
}

export interface Contract {
  validateRequest: ValidateFunction;
}

export function loadContract(contractDir: string = findContractDir()): Contract {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(contractDir, REQUEST_SCHEMA), 'utf8')) as object;
  return { validateRequest: ajv.compile(schema) };
}

/** Turns Ajv errors into HubSpot-style error details, each naming the field (dotted path) it is about. */
export function toErrorDetails(errors: ErrorObject[] | null | undefined): ErrorDetail[] {
  return (errors ?? []).map((e) => {
    const base = e.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = e.params as Record<string, unknown>;
    let field = base;
    let code = 'INVALID_VALUE';
    if (e.keyword === 'required') {
      field = join2(base, String(params.missingProperty));
      code = 'REQUIRED_FIELD';
    } else if (e.keyword === 'additionalProperties') {
      field = join2(base, String(params.additionalProperty));
      code = 'UNKNOWN_FIELD';
    } else if (e.keyword === 'format') {
      code = 'INVALID_FORMAT';
    } else if (e.keyword === 'enum') {
      code = 'INVALID_OPTION';
    } else if (e.keyword === 'type') {
      code = 'INVALID_TYPE';
    }
    return {
      message: `${field || '(body)'}: ${e.message ?? 'is invalid'}`,
      in: field || 'body',
      code,
      context: { field: [field || 'body'] },
    };
  });
}

function join2(base: string, name: string): string {
  return base ? `${base}.${name}` : name;
}
