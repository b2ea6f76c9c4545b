// Reads of meetings that do not go through the search index (HubSpot CRM Meetings API, 2026-03):
// GET /crm/objects/2026-03/meetings/{meetingId} and POST /crm/objects/2026-03/meetings/batch/read.
// Each meeting becomes readable here at its drawn visibleAt.objectRead (immediately by default).
import type { FastifyInstance } from 'fastify';
import { guard, isoOf, isVisible, listParam, type EmulatorContext } from '../context';
import { notFound, validationError } from '../errors';
import type { StoredMeeting } from '../types';
import { crmObject, READ_SCOPES } from './meetings';

/** HubSpot's batch endpoints take at most 100 inputs. */
export const MAX_BATCH_READ_INPUTS = 100;
/** Properties whose values identify one meeting (idProperty); hs_object_id is the record id. */
const UNIQUE_PROPERTIES = new Set(['hs_object_id', 'hs_unique_id']);

interface BatchReadBody {
  inputs?: unknown;
  properties?: unknown;
  propertiesWithHistory?: unknown;
  idProperty?: unknown;
}

export function registerMeetingReadRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  app.get('/crm/objects/2026-03/meetings/:meetingId', async (request) => {
    const auth = guard(ctx, request, READ_SCOPES);
    const { meetingId } = request.params as { meetingId: string };
    const query = request.query as {
      properties?: string | string[];
      associations?: string | string[];
      idProperty?: string;
      archived?: string;
    };
    const idProperty = checkIdProperty(query.idProperty, 'idProperty');
    const now = ctx.clock.now();
    // The emulator archives nothing: archived=true finds no meeting.
    const meeting =
      query.archived === 'true'
        ? undefined
        : findMeeting(ctx.store.meetings(auth.portalId), meetingId, idProperty);
    if (!meeting || !isVisible(meeting, 'objectRead', now)) throw notFound('resource not found');
    const result: Record<string, unknown> = crmObject(meeting, listParam(query.properties));
    const wanted = listParam(query.associations);
    if (wanted.length) {
      // Associations come from the association store: they follow its lag, not the object's.
      const associations: Record<string, unknown> = {};
      for (const kind of wanted) {
        const key = pluralKind(kind);
        const ids = isVisible(meeting, 'associationRead', now)
          ? (meeting.associations as Record<string, string[] | undefined>)[key]
          : undefined;
        if (ids?.length) {
          const singular = key === 'companies' ? 'company' : key.replace(/s$/, '');
          associations[key] = { results: ids.map((cid) => ({ id: cid, type: `meeting_to_${singular}` })) };
        }
      }
      result.associations = associations;
    }
    return result;
  });

  app.post('/crm/objects/2026-03/meetings/batch/read', async (request, reply) => {
    const auth = guard(ctx, request, READ_SCOPES);
    const startedAt = ctx.clock.now();
    const { inputs, properties, idProperty } = checkBatchRead(request.body);
    const archived = (request.query as { archived?: string }).archived === 'true';
    const meetings = archived ? [] : ctx.store.meetings(auth.portalId);
    const found = new Map<string, StoredMeeting>();
    const missing: string[] = [];
    for (const id of new Set(inputs)) {
      const meeting = findMeeting(meetings, id, idProperty);
      if (meeting && isVisible(meeting, 'objectRead', startedAt)) found.set(meeting.id, meeting);
      else missing.push(id);
    }
    // HubSpot does not promise the inputs' order: results come by id, so clients must match on id.
    const results = [...found.values()]
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .map((m) => crmObject(m, properties));
    const answer = {
      status: 'COMPLETE',
      results,
      startedAt: isoOf(startedAt),
      completedAt: isoOf(ctx.clock.now()),
    };
    if (!missing.length) return answer;
    // Some ids were not found: 207 Multi-Status with one StandardError listing them.
    const notFoundError = {
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      message:
        'Could not get some MEETING objects, they may be deleted or not exist. Check that ids are valid.',
      context: { ids: missing },
      errors: [],
      links: {},
    };
    return reply.code(207).send({ ...answer, numErrors: 1, errors: [notFoundError] });
  });
}

function findMeeting(
  meetings: StoredMeeting[],
  id: string,
  idProperty: string | undefined,
): StoredMeeting | undefined {
  if (idProperty === undefined || idProperty === 'hs_object_id') return meetings.find((m) => m.id === id);
  return meetings.find((m) => m.properties[idProperty] === id);
}

function checkIdProperty(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UNIQUE_PROPERTIES.has(value)) {
    throw validationError(`${String(value)} is not a unique identifier property for meetings`, [
      { message: `idProperty must be one of ${[...UNIQUE_PROPERTIES].join(', ')}`, in: where },
    ]);
  }
  return value;
}

/** The 2026-03 BatchReadInputSimplePublicObjectId: inputs[{ id }] (1..100), properties[], idProperty?. */
function checkBatchRead(body: unknown): { inputs: string[]; properties: string[]; idProperty?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw validationError('Invalid input JSON: expected an object', [
      { message: 'body must be an object', in: 'body' },
    ]);
  const { inputs, properties, propertiesWithHistory, idProperty } = body as BatchReadBody;
  if (!Array.isArray(inputs) || inputs.length === 0)
    throw validationError('inputs must be a non-empty array of { id }', [
      { message: 'inputs is required', in: 'inputs', code: 'REQUIRED_FIELD' },
    ]);
  if (inputs.length > MAX_BATCH_READ_INPUTS)
    throw validationError(`Too many inputs: at most ${MAX_BATCH_READ_INPUTS} per batch`, [
      { message: `at most ${MAX_BATCH_READ_INPUTS} inputs`, in: 'inputs' },
    ]);
  const ids = inputs.map((input, i) => {
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '')
      throw validationError(`inputs[${i}].id must be a string`, [
        { message: 'id must be a string', in: `inputs[${i}].id` },
      ]);
    return id;
  });
  for (const [name, value] of [
    ['properties', properties],
    ['propertiesWithHistory', propertiesWithHistory],
  ] as const) {
    if (value !== undefined && (!Array.isArray(value) || value.some((p) => typeof p !== 'string')))
      throw validationError(`${name} must be an array of property names`, [
        { message: `${name} must be an array of strings`, in: name },
      ]);
  }
  return {
    inputs: ids,
    properties: (properties as string[] | undefined) ?? [],
    idProperty: checkIdProperty(idProperty, 'idProperty'),
  };
}

function pluralKind(kind: string): string {
  if (kind === 'contact') return 'contacts';
  if (kind === 'company') return 'companies';
  if (kind === 'deal') return 'deals';
  return kind;
}
