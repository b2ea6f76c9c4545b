// HubSpot CRM search semantics over stored meetings: filter groups are OR-ed, filters inside a
// group AND-ed. Date-time properties compare as instants, given as epoch millis strings or ISO.
import { validationError } from './errors';
import type { StoredMeeting } from './types';

export interface SearchFilter {
  propertyName: string;
  operator: string;
  value?: unknown;
  values?: unknown[];
  highValue?: unknown;
}

export interface SearchRequest {
  filterGroups?: Array<{ filters?: SearchFilter[] }>;
  sorts?: Array<string | { propertyName: string; direction?: string }>;
  properties?: string[];
  limit?: number;
  after?: string | number;
  query?: string;
}

const OPERATORS = new Set([
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
]);

export const DATE_TIME_PROPERTIES = new Set([
  'hs_meeting_start_time',
  'hs_meeting_end_time',
  'hs_timestamp',
  'hs_createdate',
  'hs_lastmodifieddate',
]);

const ASSOCIATION_PREFIX = 'associations.';
export const MAX_SEARCH_LIMIT = 200;

/** Rejects bodies HubSpot would reject (unknown operator, too many filters, bad limit). */
export function checkSearchRequest(body: SearchRequest): void {
  const groups = body.filterGroups ?? [];
  if (!Array.isArray(groups))
    throw validationError('filterGroups must be an array', [
      { message: 'filterGroups must be an array', in: 'filterGroups' },
    ]);
  if (groups.length > 5)
    throw validationError('Too many filter groups (max 5)', [
      { message: 'max 5 filterGroups', in: 'filterGroups' },
    ]);
  let total = 0;
  groups.forEach((g, gi) => {
    const filters = g.filters ?? [];
    if (filters.length > 6)
      throw validationError('Too many filters in a group (max 6)', [
        { message: 'max 6 filters per group', in: `filterGroups[${gi}]` },
      ]);
    total += filters.length;
    filters.forEach((f, fi) => {
      const where = `filterGroups[${gi}].filters[${fi}]`;
      if (typeof f.propertyName !== 'string' || !f.propertyName) {
        throw validationError('filter needs a propertyName', [
          { message: 'propertyName is required', in: `${where}.propertyName` },
        ]);
      }
      if (!OPERATORS.has(f.operator)) {
        throw validationError(`Unknown operator ${String(f.operator)}`, [
          { message: `unknown operator ${String(f.operator)}`, in: `${where}.operator` },
        ]);
      }
      if ((f.operator === 'IN' || f.operator === 'NOT_IN') && !Array.isArray(f.values)) {
        throw validationError(`${f.operator} needs values[]`, [
          { message: `${f.operator} needs values`, in: `${where}.values` },
        ]);
      }
      if (f.operator === 'BETWEEN' && (f.value === undefined || f.highValue === undefined)) {
        throw validationError('BETWEEN needs value and highValue', [
          { message: 'BETWEEN needs value and highValue', in: where },
        ]);
      }
    });
  });
  if (total > 18)
    throw validationError('Too many filters (max 18)', [{ message: 'max 18 filters', in: 'filterGroups' }]);
  if (
    body.limit !== undefined &&
    (!Number.isInteger(body.limit) || body.limit < 1 || body.limit > MAX_SEARCH_LIMIT)
  ) {
    throw validationError(`limit must be between 1 and ${MAX_SEARCH_LIMIT}`, [
      { message: 'invalid limit', in: 'limit' },
    ]);
  }
}

/** Meetings matching the body, sorted (default: by id ascending). */
export function searchMeetings(meetings: StoredMeeting[], body: SearchRequest): StoredMeeting[] {
  const groups = (body.filterGroups ?? []).filter((g) => (g.filters ?? []).length > 0);
  const matched = groups.length
    ? meetings.filter((m) => groups.some((g) => (g.filters ?? []).every((f) => matchesFilter(m, f))))
    : [...meetings];
  return sortMeetings(matched, body.sorts);
}

function valuesOf(meeting: StoredMeeting, propertyName: string): string[] | undefined {
  if (propertyName.startsWith(ASSOCIATION_PREFIX)) {
    const kind = propertyName.slice(ASSOCIATION_PREFIX.length);
    const ids =
      kind === 'contact'
        ? meeting.associations.contacts
        : kind === 'company'
          ? meeting.associations.companies
          : kind === 'deal'
            ? meeting.associations.deals
            : [];
    return ids.length ? ids : undefined;
  }
  const raw = meeting.properties[propertyName];
  if (raw === undefined || raw === '') return undefined;
  return raw.split(';');
}

function matchesFilter(meeting: StoredMeeting, filter: SearchFilter): boolean {
  const values = valuesOf(meeting, filter.propertyName);
  const isDate = DATE_TIME_PROPERTIES.has(filter.propertyName);
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return values !== undefined;
    case 'NOT_HAS_PROPERTY':
      return values === undefined;
    case 'NEQ':
      return !values || !values.some((v) => compare(v, filter.value, isDate) === 0);
    case 'NOT_IN':
      return !values || !values.some((v) => (filter.values ?? []).some((w) => compare(v, w, isDate) === 0));
    case 'NOT_CONTAINS_TOKEN':
      return !values || !values.some((v) => containsToken(v, filter.value));
  }
  if (!values) return false;
  return values.some((v) => {
    switch (filter.operator) {
      case 'EQ':
        return compare(v, filter.value, isDate) === 0;
      case 'LT':
        return (compare(v, filter.value, isDate) ?? 0) < 0;
      case 'LTE':
        return (compare(v, filter.value, isDate) ?? 1) <= 0;
      case 'GT':
        return (compare(v, filter.value, isDate) ?? 0) > 0;
      case 'GTE':
        return (compare(v, filter.value, isDate) ?? -1) >= 0;
      case 'BETWEEN':
        return (
          (compare(v, filter.value, isDate) ?? -1) >= 0 && (compare(v, filter.highValue, isDate) ?? 1) <= 0
        );
      case 'IN':
        return (filter.values ?? []).some((w) => compare(v, w, isDate) === 0);
      case 'CONTAINS_TOKEN':
        return containsToken(v, filter.value);
      default:
        return false;
    }
  });
}

/** An instant from an epoch-millis string/number or an ISO date-time; undefined if neither. */
export function toInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^-?\d+$/.test(value.trim())) return Number(value);
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** <0, 0, >0, or undefined when the two cannot be compared. Strings compare case-insensitively. */
function compare(stored: string, given: unknown, isDate: boolean): number | undefined {
  if (given === undefined || given === null) return undefined;
  if (isDate) {
    const a = toInstant(stored);
    const b = toInstant(given);
    return a === undefined || b === undefined ? undefined : a - b;
  }
  const text = String(given);
  if (/^-?\d+(\.\d+)?$/.test(stored) && /^-?\d+(\.\d+)?$/.test(text)) return Number(stored) - Number(text);
  return stored.toLowerCase().localeCompare(text.toLowerCase());
}

function containsToken(stored: string, token: unknown): boolean {
  if (typeof token !== 'string' || !token) return false;
  const pattern = new RegExp(
    `^${token
      .toLowerCase()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  return stored
    .toLowerCase()
    .split(/[^\p{L}\p{N}@._-]+/u)
    .some((word) => pattern.test(word));
}

function sortMeetings(meetings: StoredMeeting[], sorts: SearchRequest['sorts']): StoredMeeting[] {
  const first = sorts?.[0];
  const spec =
    typeof first === 'string'
      ? {
          propertyName: first.replace(/^-/, ''),
          direction: first.startsWith('-') ? 'DESCENDING' : 'ASCENDING',
        }
      : first;
  const name = spec?.propertyName ?? 'hs_object_id';
  const sign = spec?.direction === 'DESCENDING' ? -1 : 1;
  const isDate = DATE_TIME_PROPERTIES.has(name);
  return [...meetings].sort((a, b) => {
    const av = name === 'hs_object_id' ? a.id : a.properties[name];
    const bv = name === 'hs_object_id' ? b.id : b.properties[name];
    if (av === undefined && bv === undefined) return 0;
    if (av === undefined) return 1;
    if (bv === undefined) return -1;
    return sign * (compare(av, bv, isDate) ?? 0);
  });
}
