import { mayHaveBooked } from './outcomes';

describe('mayHaveBooked', () => {
  it.each(['VERIFYING', 'OUTCOME_UNKNOWN', 'INTERNAL_ERROR', 'SOMETHING_NEW'])(
    'treats %s as possibly booked',
    (code) => {
      expect(mayHaveBooked(code)).toBe(true);
    },
  );
  it.each(['VALIDATION_ERROR', 'RATE_LIMITED', 'NOT_CREATED', 'MISSING_SCOPES', 'UNAUTHORIZED', 'NOT_FOUND'])(
    'treats %s as proof that nothing was booked',
    (code) => {
      expect(mayHaveBooked(code)).toBe(false);
    },
  );
});
