// JSON Schemas of the 2026-03 answers added for issue 10, written from the public spec collection
// (HubSpot/HubSpot-public-api-spec-collection: Scheduler/Meetings 177892 meetings.json, CRM/Associations
// Schema associationsSchema.json, CRM/Companies, CRM/Deals, CRM/Meetings). Stricter than the spec on
// purpose (no properties it does not list), so a test over them can catch a drifting emulator.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { BATCH_READ_200, BATCH_READ_207, MEETING_BY_ID, forwardPaging } from './spec-shapes';

const dateTime = { type: 'string', format: 'date-time' } as const;
const int64 = { type: 'integer' } as const;

/** ExternalLinkMetadata. */
const linkMetadata = {
  type: 'object',
  additionalProperties: false,
  required: [
    'createdAt',
    'defaultLink',
    'id',
    'link',
    'organizerUserId',
    'slug',
    'type',
    'userIdsOfLinkMembers',
  ],
  properties: {
    createdAt: dateTime,
    updatedAt: dateTime,
    defaultLink: { type: 'boolean' },
    id: { type: 'string' },
    link: { type: 'string' },
    name: { type: 'string' },
    organizerUserId: { type: 'string' },
    paymentLinkId: { type: 'string' },
    slug: { type: 'string' },
    type: { enum: ['GROUP_CALENDAR', 'PERSONAL_LINK', 'ROUND_ROBIN_CALENDAR'] },
    userIdsOfLinkMembers: { type: 'array', items: { type: 'string' } },
  },
} as const;

/** CollectionResponseWithTotalExternalLinkMetadata. */
export const MEETING_LINKS_PAGE = {
  type: 'object',
  additionalProperties: false,
  required: ['results', 'total'],
  properties: {
    total: { type: 'integer' },
    results: { type: 'array', items: linkMetadata },
    paging: forwardPaging,
  },
} as const;

/** ExternalLinkAvailabilityAndBusyTimes. */
export const AVAILABILITY_PAGE = {
  type: 'object',
  additionalProperties: false,
  required: ['allUsersBusyTimes'],
  properties: {
    allUsersBusyTimes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['busyTimes', 'isOffline', 'meetingsUser'],
        properties: {
          busyTimes: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['end', 'start'],
              properties: { start: int64, end: int64 },
            },
          },
          isOffline: { type: 'boolean' },
          meetingsUser: {
            type: 'object',
            additionalProperties: false,
            required: ['calendarProvider', 'id', 'isSalesStarter', 'userId', 'userProfile'],
            properties: {
              calendarProvider: { enum: ['EXCHANGE', 'GOOGLE', 'OFFICE365', 'UNKNOWN'] },
              id: { type: 'string' },
              isSalesStarter: { type: 'boolean' },
              userId: { type: 'string' },
              userProfile: {
                type: 'object',
                additionalProperties: false,
                required: ['email'],
                properties: {
                  email: { type: 'string' },
                  firstName: { type: 'string' },
                  fullName: { type: 'string' },
                  lastName: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
    linkAvailability: {
      type: 'object',
      additionalProperties: false,
      required: ['hasMore', 'linkAvailabilityByDuration'],
      properties: {
        hasMore: { type: 'boolean' },
        linkAvailabilityByDuration: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            additionalProperties: false,
            required: ['availabilities', 'meetingDurationMillis'],
            properties: {
              meetingDurationMillis: int64,
              availabilities: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['endMillisUtc', 'startMillisUtc'],
                  properties: { startMillisUtc: int64, endMillisUtc: int64 },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** CollectionResponseAssociationSpecWithLabelNoPaging. */
export const ASSOCIATION_LABELS = {
  type: 'object',
  additionalProperties: false,
  required: ['results'],
  properties: {
    results: {
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
} as const;

export function recordSpecValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const compile = (schema: object) => {
    const validate = ajv.compile(schema);
    return (value: unknown): string => (validate(value) ? '' : ajv.errorsText(validate.errors));
  };
  return {
    meetingLinksPage: compile(MEETING_LINKS_PAGE),
    availabilityPage: compile(AVAILABILITY_PAGE),
    associationLabels: compile(ASSOCIATION_LABELS),
    /** SimplePublicObject (PATCH answer, company / deal by id). */
    simpleObject: compile(MEETING_BY_ID),
    batchRead200: compile(BATCH_READ_200),
    batchRead207: compile(BATCH_READ_207),
  };
}
