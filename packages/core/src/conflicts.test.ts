import { findConflicts, type ContactMeeting } from './conflicts';

const meeting = (patch: Partial<ContactMeeting>): ContactMeeting => ({
  id: '600',
  title: 'Discovery call',
  startUtc: '2026-03-12T13:00:00Z',
  endUtc: '2026-03-12T14:15:00Z',
  outcome: 'SCHEDULED',
  ...patch,
});
const planned = (startUtc: string, endUtc: string, title = 'Discovery call') => ({
  startUtc,
  endUtc,
  title,
  timeZone: 'America/Sao_Paulo',
});

describe('findConflicts', () => {
  test('two identical overlapping 9:00–10:15 meetings with the same contact: an overlap warning', () => {
    const conflicts = findConflicts(planned('2026-03-12T12:00:00Z', '2026-03-12T13:15:00Z'), {
      busy: [],
      contactMeetings: [meeting({ startUtc: '2026-03-12T12:00:00Z', endUtc: '2026-03-12T13:15:00Z' })],
    });
    expect(conflicts).toEqual([{ kind: 'contact_overlap', meeting: expect.objectContaining({ id: '600' }) }]);
  });

  test('same title on the same day in the booking zone, not overlapping; another day or title: nothing', () => {
    const known = { busy: [], contactMeetings: [meeting({})] };
    expect(
      findConflicts(planned('2026-03-12T18:00:00Z', '2026-03-12T18:30:00Z', ' discovery  CALL '), known),
    ).toEqual([{ kind: 'contact_same_day_title', meeting: known.contactMeetings[0] }]);
    // 02:00 UTC on the 13th is still the 12th in São Paulo (UTC-3) …
    expect(findConflicts(planned('2026-03-13T02:00:00Z', '2026-03-13T02:30:00Z'), known)).toHaveLength(1);
    // … but not in Tokyo.
    expect(
      findConflicts(
        { ...planned('2026-03-13T02:00:00Z', '2026-03-13T02:30:00Z'), timeZone: 'Asia/Tokyo' },
        known,
      ),
    ).toEqual([]);
    expect(findConflicts(planned('2026-03-12T18:00:00Z', '2026-03-12T18:30:00Z', 'Demo'), known)).toEqual([]);
  });

  test('the organizer busy then; touching ranges and canceled meetings do not conflict', () => {
    const busy = [
      { start: Date.parse('2026-03-12T15:00:00Z'), end: Date.parse('2026-03-12T16:00:00Z') },
      { start: Date.parse('2026-03-12T16:00:00Z'), end: Date.parse('2026-03-12T16:30:00Z') },
    ];
    expect(
      findConflicts(planned('2026-03-12T15:30:00Z', '2026-03-12T16:15:00Z', 'x'), {
        busy,
        contactMeetings: [],
      }),
    ).toEqual([{ kind: 'organizer_busy', start: busy[0]!.start, end: busy[1]!.end }]);
    expect(
      findConflicts(planned('2026-03-12T16:30:00Z', '2026-03-12T17:00:00Z', 'x'), {
        busy,
        contactMeetings: [],
      }),
    ).toEqual([]);
    expect(
      findConflicts(planned('2026-03-12T13:00:00Z', '2026-03-12T14:00:00Z'), {
        busy: [],
        contactMeetings: [meeting({ outcome: 'CANCELED' })],
      }),
    ).toEqual([]);
  });
});
