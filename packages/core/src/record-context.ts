import type { ContactMeeting } from './conflicts';
import type { SlotSource } from './slots';
import type { Failure } from './types';

// What the card gets about the record it is on, beside the form options (issue 10): the contact(s) to
// book with, the company and deals the meeting will be associated with, the contact's upcoming meetings
// and the organizer's free time. Shared by the server that builds it and the card that shows it.

/** The CRM record types the card runs on. */
export type RecordType = 'contacts' | 'deals' | 'companies';
export const RECORD_TYPES: readonly RecordType[] = ['contacts', 'deals', 'companies'];
/** HubSpot's object type ids, as the card's context.crm.objectTypeId has them. */
export const RECORD_TYPE_IDS: Record<string, RecordType> = {
  '0-1': 'contacts',
  '0-3': 'deals',
  '0-2': 'companies',
};

/**
 * The record properties the card asks HubSpot to hand its app functions (`propertiesToSend`), read by
 * HubSpot itself and so trusted: the record id (the only record id the server believes), a property only
 * each type has (the function checks the record type the card names: only a deal has `dealname`, ...), and
 * on a contact its primary company (a booking then needs no read of the contact).
 */
export const RECORD_PROPERTIES_TO_SEND = [
  'hs_object_id',
  'email',
  'firstname',
  'lastname',
  'dealname',
  'domain',
  'name',
  'associatedcompanyid',
];

export interface ContactChoice {
  id: string;
  name: string;
  email?: string;
}

export interface DealChoice {
  id: string;
  name: string;
  stage?: string;
  amount?: string;
}

export interface CompanyRef {
  id: string;
  /** Absent when the app may not read companies (crm.objects.companies.read not granted). */
  name?: string;
}

export interface CardContext {
  recordType: RecordType;
  recordId: string;
  /** On a deal or company: its contacts to choose from. On a contact: just that contact. */
  contacts: ContactChoice[];
  /** The contact preselected: the record itself, or a deal's / company's first contact. */
  selectedContactId: string | null;
  /** The company the meeting will also be associated with: the contact's primary one, the deal's, or the record. */
  company: CompanyRef | null;
  /**
   * On a deal: that deal (always associated). On a contact: empty here; its open deals come from their own
   * request beside this load (ContactDealsResult), merged in by the card.
   */
  deals: DealChoice[];
  /**
   * The record's meetings from a day ago on, not canceled, by start time (primary store, not search):
   * the card lists the next five upcoming and checks conflicts against all of them.
   */
  meetings: ContactMeeting[];
  /** The organizer's free time from their default scheduling page. */
  slots: SlotSource;
  /** Parts left out because the app was not granted their optional scope; the card says so and still works. */
  limited: Array<'deals' | 'companies' | 'slots'>;
}

export type CardContextResult = { ok: true; context: CardContext } | Failure;

/**
 * A contact's open deals, as HubSpot lists them on it: the card's deals request (`contactDeals: true` on the
 * form-options call), fired beside the main load. `limited: ['deals']` without the deals read scope.
 */
export type ContactDealsResult = { ok: true; deals: DealChoice[]; limited: Array<'deals'> } | Failure;

/** The outcome changes the card offers on an upcoming meeting. */
export type OutcomeChange = 'CANCELED' | 'NO_SHOW';
export const OUTCOME_CHANGES: readonly OutcomeChange[] = ['CANCELED', 'NO_SHOW'];

export type OutcomeChangeResult = { ok: true; meetingId: string; outcome: OutcomeChange } | Failure;
