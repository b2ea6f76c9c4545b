import type { FieldIssue } from '../types';

/** Bounds of an owner search, one place for the core's check and the docs. */
export const OWNER_QUERY_LIMITS = { minLength: 2, maxLength: 100, maxResults: 20 } as const;

export type OwnerQueryCheck = { ok: true; query: string } | { ok: false; issue: FieldIssue };

const { minLength, maxLength } = OWNER_QUERY_LIMITS;

/** The card's `ownerQuery`, trimmed and checked; lengths count characters, not UTF-16 units. */
export function checkOwnerQuery(value: unknown): OwnerQueryCheck {
  if (value === undefined || value === null)
    return refuse({ code: 'required', message: 'Search text is required.' });
  if (typeof value !== 'string')
    return refuse({ code: 'invalid_type', message: 'Search text has the wrong type.' });
  const query = value.trim();
  // A character is at most two UTF-16 units: past that a long text is refused without counting it.
  const length = query.length > maxLength * 2 ? Infinity : [...query].length;
  if (length === 0) return refuse({ code: 'required', message: 'Search text is required.' });
  if (length < minLength)
    return refuse({
      code: 'out_of_range',
      message: `Type at least ${minLength} characters to search.`,
      params: { min: minLength, max: maxLength },
    });
  if (length > maxLength) return tooLong();
  return { ok: true, query };
}

function tooLong(): OwnerQueryCheck {
  return refuse({
    code: 'too_long',
    message: `Search text is too long (at most ${maxLength} characters).`,
    params: { max: maxLength },
  });
}

function refuse(issue: FieldIssue): OwnerQueryCheck {
  return { ok: false, issue };
}

/**
 * Text as compared by the search: accents stripped ("Lucía" -> "lucia"), case folded, runs of
 * white space made one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}
