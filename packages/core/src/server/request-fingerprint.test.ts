import { requestFingerprintOf } from './request-fingerprint';

const PARAMS = {
  requestId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizerUserId: '7001',
  title: 'Quarterly review',
  start: '2026-03-12T10:00',
  end: '2026-03-12T10:30',
  timezone: 'America/New_York',
};

describe('requestFingerprintOf', () => {
  const base = requestFingerprintOf(PARAMS, '101');

  it('is the same for the same request, and for a check of it (requestId, checkExisting, attemptedSince aside)', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprintOf({ ...PARAMS }, '101')).toBe(base);
    expect(
      requestFingerprintOf(
        {
          ...PARAMS,
          requestId: '1f8fad5b-d9cb-469f-a165-70867728950e',
          checkExisting: true,
          attemptedSince: 1,
        },
        '101',
      ),
    ).toBe(base);
    // The same end given as a duration is the same request.
    const { end: _end, ...withoutEnd } = PARAMS;
    expect(requestFingerprintOf({ ...withoutEnd, durationMinutes: 30 }, '101')).toBe(base);
  });

  it.each([
    ['title', { title: 'Another' }],
    ['start', { start: '2026-03-12T11:00', end: '2026-03-12T11:30' }],
    ['end', { end: '2026-03-12T10:45' }],
    ['time zone', { timezone: 'America/Chicago' }],
    ['organizer', { organizerUserId: '7002' }],
    ['description', { description: 'Agenda' }],
    ['attendees', { attendeeOwnerIds: ['81002'] }],
    ['reminders', { reminders: [{ numberOfTimeUnits: 1, timeUnit: 'HOURS' }] }],
  ])('changes with the %s', (_what, patch) => {
    expect(requestFingerprintOf({ ...PARAMS, ...patch }, '101')).not.toBe(base);
  });

  it('is the same whatever order attendees and reminders are listed in', () => {
    const listed = {
      ...PARAMS,
      attendeeOwnerIds: ['81002', '81003'],
      reminders: [
        { numberOfTimeUnits: 1, timeUnit: 'HOURS' },
        { numberOfTimeUnits: 10, timeUnit: 'MINUTES' },
        { numberOfTimeUnits: 1, timeUnit: 'DAYS' },
      ],
    };
    const reordered = {
      ...listed,
      attendeeOwnerIds: ['81003', '81002'],
      reminders: [listed.reminders[2], listed.reminders[0], listed.reminders[1]],
    };
    expect(requestFingerprintOf(listed, '101')).toMatch(/^[0-9a-f]{64}$/);
    expect(requestFingerprintOf(reordered, '101')).toBe(requestFingerprintOf(listed, '101'));
    // Still another request when the sets differ.
    expect(requestFingerprintOf({ ...listed, reminders: listed.reminders.slice(1) }, '101')).not.toBe(
      requestFingerprintOf(listed, '101'),
    );
  });

  it('changes with the contact, and is null for input that is refused', () => {
    expect(requestFingerprintOf(PARAMS, '102')).not.toBe(base);
    expect(requestFingerprintOf({ ...PARAMS, title: '' }, '101')).toBeNull();
  });
});
