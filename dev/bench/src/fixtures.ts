import { randomUUID } from 'node:crypto';

/** Seeded in the emulator's default account (Acme Demo, 1001): user 7001 owns 81001, contact 101 exists. */
export const ORGANIZER_USER_ID = '7001';
export const OTHER_ORGANIZER_USER_ID = '7002';
export const CONTACT_ID = '101';
export const CONTACT_COMPANY_ID = '301';
/** Sao Paulo has had no daylight saving since 2019: every generated wall-clock time exists. */
export const TIME_ZONE = 'America/Sao_Paulo';

const BASE_UTC = Date.UTC(2026, 5, 1, 12, 0);

/** A valid form for the i-th meeting of a run: distinct title and start, so each meeting is identifiable. */
export function meetingParameters(i: number, organizerUserId = ORGANIZER_USER_ID) {
  const start = new Date(BASE_UTC + i * 30 * 60_000);
  const end = new Date(start.getTime() + 30 * 60_000);
  return {
    requestId: randomUUID(),
    organizerUserId,
    title: `Bench meeting ${i}`,
    start: wallClock(start),
    end: wallClock(end),
    timezone: TIME_ZONE,
  };
}

/** The context HubSpot hands an app function on a contact record. */
export function functionContext(parameters: unknown) {
  // What HubSpot reads of contact 101 for the card's propertiesToSend (RECORD_PROPERTIES_TO_SEND).
  return {
    parameters,
    propertiesToSend: {
      hs_object_id: CONTACT_ID,
      email: 'maria.oliveira@cliente.example',
      firstname: 'Maria',
      lastname: 'Oliveira',
      associatedcompanyid: CONTACT_COMPANY_ID,
    },
  };
}

function wallClock(date: Date): string {
  return date.toISOString().slice(0, 16);
}
