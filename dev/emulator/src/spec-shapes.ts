// JSON Schemas of the HubSpot 2026-03 answers the emulator's primary-store reads give, written from the
// public spec collection (HubSpot/HubSpot-public-api-spec-collection: CRM/Associations 2026-03
// associations.json, CRM/Meetings 2026-03 meetings.json). Used by the emulator's tests to check its
// answers keep the spec's shapes. Stricter than the spec on purpose: no properties it does not list.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const dateTime = { type: 'string', format: 'date-time' } as const;

/** ForwardPaging / NextPage. */
export const forwardPaging = {
  type: 'object',
  additionalProperties: false,
  properties: {
    next: {
      type: 'object',
      additionalProperties: false,
      required: ['after'],
      properties: { after: { type: 'string' }, link: { type: 'string' } },
    },
  },
} as const;

/** CollectionResponseMultiAssociatedObjectWithLabelForwardPaging. */
export const ASSOCIATIONS_PAGE = {
  type: 'object',
  additionalProperties: false,
  required: ['results'],
  properties: {
    paging: forwardPaging,
    results: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['associationTypes', 'toObjectId'],
        properties: {
          toObjectId: { type: 'string' },
          associationTypes: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['category', 'typeId'],
              properties: {
                category: { enum: ['HUBSPOT_DEFINED', 'INTEGRATOR_DEFINED', 'USER_DEFINED', 'WORK'] },
                typeId: { type: 'integer' },
                label: { type: 'string' },
                fromObjectTypeId: { type: 'string' },
                toObjectTypeId: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
} as const;

/**
 * SimplePublicObject. Property values are strings; HubSpot answers null for a requested property that
 * has no value, which the spec's `additionalProperties: { type: string }` does not show.
 */
const simplePublicObject = {
  type: 'object',
  additionalProperties: false,
  required: ['archived', 'createdAt', 'id', 'properties', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    archived: { type: 'boolean' },
    archivedAt: dateTime,
    createdAt: dateTime,
    updatedAt: dateTime,
    properties: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
    associations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['results'],
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'type'],
              properties: { id: { type: 'string' }, type: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;

/** SimplePublicObjectWithAssociations (GET .../meetings/{meetingId}). */
export const MEETING_BY_ID = simplePublicObject;

const batchCommon = {
  status: { enum: ['CANCELED', 'COMPLETE', 'PENDING', 'PROCESSING'] },
  results: { type: 'array', items: simplePublicObject },
  startedAt: dateTime,
  completedAt: dateTime,
  requestedAt: dateTime,
  links: { type: 'object', additionalProperties: { type: 'string' } },
} as const;

/** BatchResponseSimplePublicObject (200). */
export const BATCH_READ_200 = {
  type: 'object',
  additionalProperties: false,
  required: ['completedAt', 'results', 'startedAt', 'status'],
  properties: batchCommon,
} as const;

/** BatchResponseSimplePublicObjectWithErrors (207): errors[] are StandardError. */
export const BATCH_READ_207 = {
  type: 'object',
  additionalProperties: false,
  required: ['completedAt', 'results', 'startedAt', 'status', 'errors', 'numErrors'],
  properties: {
    ...batchCommon,
    numErrors: { type: 'integer' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'context', 'errors', 'links', 'message', 'status'],
        properties: {
          category: { type: 'string' },
          context: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          errors: { type: 'array', items: { type: 'object', required: ['message'] } },
          links: { type: 'object', additionalProperties: { type: 'string' } },
          message: { type: 'string' },
          status: { type: 'string' },
          id: { type: 'string' },
        },
      },
    },
  },
} as const;

/** Error (every non-2xx answer). */
export const ERROR = {
  type: 'object',
  required: ['category', 'correlationId', 'message'],
  properties: {
    category: { type: 'string' },
    correlationId: { type: 'string', format: 'uuid' },
    message: { type: 'string' },
    subCategory: { type: 'string' },
    context: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    errors: { type: 'array', items: { type: 'object', required: ['message'] } },
    links: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

/** Compiled validators: each returns the Ajv errors as text, or '' when the value fits. */
export function specValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const compile = (schema: object) => {
    const validate = ajv.compile(schema);
    return (value: unknown): string => (validate(value) ? '' : ajv.errorsText(validate.errors));
  };
  return {
    associationsPage: compile(ASSOCIATIONS_PAGE),
    meetingById: compile(MEETING_BY_ID),
    batchRead200: compile(BATCH_READ_200),
    batchRead207: compile(BATCH_READ_207),
    error: compile(ERROR),
  };
}
