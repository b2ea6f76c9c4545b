// Hostile contexts for the app functions: what a tampered card, a buggy caller or an attacker could
// put where HubSpot's context goes. Built fresh per call: some cases are large.
import type { MeetingParameters } from '@meeting-card/core';
import { newRequestId } from '../test-support/functions';

export const ONE_MEGABYTE = 'x'.repeat(1024 * 1024);

export function validParameters(): MeetingParameters {
  return {
    requestId: newRequestId(),
    organizerUserId: '7001',
    title: 'Discovery call',
    start: '2026-03-12T10:00',
    end: '2026-03-12T10:30',
    timezone: 'America/Sao_Paulo',
  };
}

/** An object nested `depth` levels deep: { a: { a: { ... } } }. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A valid form with some fields replaced. */
export const withParameters = (patch: Record<string, unknown>) => ({
  parameters: { ...validParameters(), ...patch },
  propertiesToSend: { hs_object_id: '101' },
});

/** A valid form without `field`. */
export const without = (field: keyof MeetingParameters) => {
  const parameters: Record<string, unknown> = { ...validParameters() };
  delete parameters[field];
  return { parameters, propertiesToSend: { hs_object_id: '101' } };
};

/** JSON text as HubSpot would have parsed it: `__proto__` arrives as an own key, not a prototype. */
export const parsedJson = (text: string): unknown => JSON.parse(text);

type Case = [name: string, context: () => unknown, expectedCode: string];

/** Contexts the card could never legitimately send: the contact is not one HubSpot vouched for. */
export const noContactCases: Case[] = [
  ['no context at all', () => undefined, 'NO_CONTACT'],
  ['a null context', () => null, 'NO_CONTACT'],
  ['an array as the context', () => [withParameters({})], 'NO_CONTACT'],
  ['a string as the context', () => JSON.stringify(withParameters({})), 'NO_CONTACT'],
  ['a context without propertiesToSend', () => ({ parameters: validParameters() }), 'NO_CONTACT'],
  [
    'propertiesToSend as an array',
    () => ({ parameters: validParameters(), propertiesToSend: ['101'] }),
    'NO_CONTACT',
  ],
  [
    'a record id that is SQL',
    () => ({ parameters: validParameters(), propertiesToSend: { hs_object_id: '101 OR 1=1' } }),
    'NO_CONTACT',
  ],
  [
    'a negative record id',
    () => ({ parameters: validParameters(), propertiesToSend: { hs_object_id: -101 } }),
    'NO_CONTACT',
  ],
  [
    'a record id as an object',
    () => ({ parameters: validParameters(), propertiesToSend: { hs_object_id: { id: '101' } } }),
    'NO_CONTACT',
  ],
  [
    'a 1 MB record id',
    () => ({ parameters: validParameters(), propertiesToSend: { hs_object_id: '1'.repeat(1024 * 1024) } }),
    'NO_CONTACT',
  ],
  [
    'a record id only on the prototype of propertiesToSend',
    () => ({
      parameters: validParameters(),
      propertiesToSend: parsedJson('{"__proto__": {"hs_object_id": "101"}}'),
    }),
    'NO_CONTACT',
  ],
];

/** Forms the core must refuse before anything is sent. */
export const invalidFormCases: Case[] = [
  ['a context without parameters', () => ({ propertiesToSend: { hs_object_id: '101' } }), 'VALIDATION_ERROR'],
  [
    'parameters as an array',
    () => ({ parameters: [validParameters()], propertiesToSend: { hs_object_id: '101' } }),
    'VALIDATION_ERROR',
  ],
  [
    'parameters as JSON text',
    () => ({ parameters: JSON.stringify(validParameters()), propertiesToSend: { hs_object_id: '101' } }),
    'VALIDATION_ERROR',
  ],
  [
    'parameters as broken JSON text',
    () => ({ parameters: '{"title": "Discovery', propertiesToSend: { hs_object_id: '101' } }),
    'VALIDATION_ERROR',
  ],
  [
    'parameters as a number',
    () => ({ parameters: 42, propertiesToSend: { hs_object_id: '101' } }),
    'VALIDATION_ERROR',
  ],
  ['a numeric title', () => withParameters({ title: 42 }), 'VALIDATION_ERROR'],
  ['a start time as epoch millis', () => withParameters({ start: 1773320400000 }), 'VALIDATION_ERROR'],
  ['an end time as an object', () => withParameters({ end: { hours: 10 } }), 'VALIDATION_ERROR'],
  ['a time zone as an array', () => withParameters({ timezone: ['America/Sao_Paulo'] }), 'VALIDATION_ERROR'],
  ['a numeric organizer', () => withParameters({ organizerUserId: 7001 }), 'VALIDATION_ERROR'],
  ['a numeric request id', () => withParameters({ requestId: 123 }), 'VALIDATION_ERROR'],
  ['reminders as a string', () => withParameters({ reminders: '15 minutes' }), 'VALIDATION_ERROR'],
  [
    'a reminder count as a string',
    () => withParameters({ reminders: [{ numberOfTimeUnits: '15', timeUnit: 'MINUTES' }] }),
    'VALIDATION_ERROR',
  ],
  ['attendees as a string', () => withParameters({ attendeeOwnerIds: '81002' }), 'VALIDATION_ERROR'],
  ['checkExisting as a string', () => withParameters({ checkExisting: 'true' }), 'VALIDATION_ERROR'],
  ['an unknown outcome', () => withParameters({ outcome: 'DONE' }), 'VALIDATION_ERROR'],
  ['an unknown location type', () => withParameters({ locationType: 'ZOOM' }), 'VALIDATION_ERROR'],
  ['a 1 MB title', () => withParameters({ title: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB description', () => withParameters({ description: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB location', () => withParameters({ location: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['1 MB internal notes', () => withParameters({ internalNotes: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB meeting type', () => withParameters({ activityType: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB time zone', () => withParameters({ timezone: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB start time', () => withParameters({ start: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  ['a 1 MB request id', () => withParameters({ requestId: ONE_MEGABYTE }), 'VALIDATION_ERROR'],
  [
    'a 1 MB organizer',
    () => withParameters({ organizerUserId: '7'.repeat(1024 * 1024) }),
    'VALIDATION_ERROR',
  ],
  [
    '100,000 attendees',
    () => withParameters({ attendeeOwnerIds: Array.from({ length: 100_000 }, (_, i) => String(i + 1)) }),
    'VALIDATION_ERROR',
  ],
  [
    'a title nested 10,000 levels deep',
    () => withParameters({ title: deeplyNested(10_000) }),
    'VALIDATION_ERROR',
  ],
  [
    'reminders nested 10,000 levels deep',
    () => withParameters({ reminders: [deeplyNested(10_000)] }),
    'VALIDATION_ERROR',
  ],
  [
    'a deep unknown field on a form missing its title',
    () => ({
      ...without('title'),
      parameters: { ...without('title').parameters, extra: deeplyNested(10_000) },
    }),
    'VALIDATION_ERROR',
  ],
  [
    'a title only on the prototype (__proto__ key)',
    () => ({
      parameters: {
        ...without('title').parameters,
        ...(parsedJson('{"__proto__": {"title": "From the prototype"}}') as object),
      },
      propertiesToSend: { hs_object_id: '101' },
    }),
    'VALIDATION_ERROR',
  ],
  [
    'a title only under constructor.prototype',
    () => ({
      parameters: {
        ...without('title').parameters,
        constructor: { prototype: { title: 'From the prototype' } },
      },
      propertiesToSend: { hs_object_id: '101' },
    }),
    'VALIDATION_ERROR',
  ],
  [
    'parameters that are themselves a __proto__ payload',
    () => ({
      parameters: parsedJson(`{"__proto__": ${JSON.stringify(validParameters())}}`),
      propertiesToSend: { hs_object_id: '101' },
    }),
    'VALIDATION_ERROR',
  ],
];
