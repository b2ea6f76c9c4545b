import { mayHaveBooked } from './outcomes';

describe('mayHaveBooked after a create', () => {
  it.each(['VERIFYING', 'OUTCOME_UNKNOWN', 'INTERNAL_ERROR', 'SOMETHING_NEW'])(
    'treats %s as possibly booked',
    (code) => {
      expect(mayHaveBooked(code, { check: false })).toBe(true);
    },
  );
  it.each(['VALIDATION_ERROR', 'RATE_LIMITED', 'NOT_CREATED', 'MISSING_SCOPES', 'UNAUTHORIZED', 'NOT_FOUND'])(
    'treats %s as proof that nothing was booked',
    (code) => {
      expect(mayHaveBooked(code, { check: false })).toBe(false);
    },
  );
});

describe('mayHaveBooked after a check', () => {
  it.each([
    'VERIFYING',
    'OUTCOME_UNKNOWN',
    'INTERNAL_ERROR',
    'SOMETHING_NEW',
    'HUBSPOT_UNAVAILABLE',
    'RATE_LIMITED',
    'NOT_FOUND',
    'UNAUTHORIZED',
    'MISSING_SCOPES',
    'VALIDATION_ERROR',
    'NO_CONTACT',
    'BAD_REQUEST',
  ])('leaves the request unresolved on %s: the check learnt nothing', (code) => {
    expect(mayHaveBooked(code, { check: true })).toBe(true);
  });
  it('frees the request only on NOT_CREATED (absence established)', () => {
    expect(mayHaveBooked('NOT_CREATED', { check: true })).toBe(false);
  });
});
