import { createSingleFlight } from './single-flight';

/**
 * The process's reads that concurrent bookings share: twenty bookings arriving at once on a cold instance
 * ask HubSpot once for the organizer's owner, the contact's company and each association label list,
 * not twenty times (each answer is then cached by its own cache). Keys start with the account.
 */
export const concurrentReads = createSingleFlight();
