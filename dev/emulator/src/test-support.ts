// Helpers for the emulator's own tests (and for anyone who wants a valid create body quickly).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { findContractDir } from './contract';
import type { Emulator } from './index';

/** A create-meeting body that satisfies the contract for Acme Demo's contact 101 and owner 81001. */
export function validMeetingBody(
  overrides: { properties?: Record<string, unknown>; [key: string]: unknown } = {},
) {
  const { properties, ...rest } = overrides;
  return {
    associations: [
      { to: { id: '101' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
    ],
    emailReminderSchedule: {
      reminders: [{ numberOfTimeUnits: 1, timeUnit: 'HOURS' }],
      shouldIncludeInviteDescription: true,
    },
    timezone: 'America/Sao_Paulo',
    ...rest,
    properties: {
      hs_meeting_title: 'Discovery with Maria',
      hs_meeting_start_time: '2026-03-12T14:00:00Z',
      hs_meeting_end_time: '2026-03-12T14:30:00Z',
      hs_timestamp: '2026-03-12T14:00:00Z',
      hs_meeting_outcome: 'SCHEDULED',
      hubspot_owner_id: '81001',
      ...properties,
    },
  };
}

export interface CallOptions {
  method?: string;
  token?: string;
  body?: unknown;
  form?: Record<string, string>;
  signal?: AbortSignal;
}

/** One real HTTP call to the emulator; answers status, headers and the parsed body. */
export async function call(emu: Pick<Emulator, 'url'>, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${emu.url}${path}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    signal: options.signal,
    redirect: 'manual',
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, headers: response.headers, text, body: json as any };
}

export const CREATE_PATH = '/scheduler/2026-03/meetings/calendar?organizerUserId=7001';

/** Validators for the shared contract's response and error schemas. */
export function contractValidators() {
  const dir = findContractDir();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const load = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as object;
  return {
    response: ajv.compile(load('response.schema.json')),
    error: ajv.compile(load('error.schema.json')),
  };
}
