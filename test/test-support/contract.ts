import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repo's copy of the contract; test/project/contract-copy.test.ts proves it equals ../shared/contract. */
export const CONTRACT_DIR = resolve(__dirname, '../../contract');

function compile(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(CONTRACT_DIR, file), 'utf8')));
}

export const validateRequestBody = compile('request.schema.json');
export const validateResponseBody = compile('response.schema.json');
export const validateErrorBody = compile('error.schema.json');

export function contractErrors(validate: ReturnType<typeof compile>): string {
  return JSON.stringify(validate.errors ?? []);
}
