// The record's context, booking from contact / deal / company records, association type ids and outcome
// changes, over real HTTP against the emulator (its 2026-03 shapes are checked in dev/emulator).
import { randomUUID } from 'node:crypto';
import {
  ACME_CONTACTS_ONLY_TOKEN,
  ACME_TOKEN,
  startEmulator,
  type Emulator,
} from '@meeting-card/hubspot-emulator';
import { utcToWallClock } from '../../time';
import { freeIntervals } from '../../slots';
import { createHubSpotApi } from '../create-hubspot-api';
import { createOwnerCache } from '../owner-cache';
import type { HubSpotApi } from '../hubspot-api';
import { createAssociationTypeCache, meetingAssociationTypes } from './association-types';
import { createMeetingOnRecord } from './create-on-record';
import { createRecordFacts } from './record-facts';
import { loadContactDeals } from './contact-deals';
import { loadCardContext } from './load-card-context';
import { setMeetingOutcome } from './meeting-outcome';
import type { RecordType } from '../../record-context';

let emu: Emulator;
let acme: HubSpotApi;
beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false, searchRateLimit: false });
  acme = createHubSpotApi({ accessToken: ACME_TOKEN, baseUrl: emu.url });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const HOUR = 3_600_000;
const ZONE = 'America/New_York';
/** A whole hour some hours from now, as the form sends it. */
const form = (hoursFromNow: number, extra: Record<string, unknown> = {}, title = 'Discovery call') => {
  const start = Math.ceil(Date.now() / HOUR) * HOUR + hoursFromNow * HOUR;
  return {
    requestId: randomUUID(),
    organizerUserId: '7001',
    title,
    start: utcToWallClock(new Date(start).toISOString(), ZONE),
    durationMinutes: 30,
    timezone: ZONE,
    ...extra,
  };
};
const deps = () => ({
  api: acme,
  ownerCache: createOwnerCache(),
  associationTypes: createAssociationTypeCache(),
  recordFacts: createRecordFacts(),
});
const book = (recordType: RecordType, recordId: string, parameters: Record<string, unknown>) =>
  createMeetingOnRecord(deps(), { parameters, recordType, recordId });

describe('loadCardContext', () => {
  test('on a contact: its primary company, its meetings, the organizer’s free slots; deals are not read here', async () => {
    const booked = await book('contacts', '102', form(30));
    expect(booked.ok).toBe(true);
    emu.resetCalls();
    const result = await loadCardContext(
      { api: acme },
      { recordType: 'contacts', recordId: '102', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const c = result.context;
    expect(c.company).toEqual({ id: '302', name: 'Northwind' });
    // The contact's deals are their own request (loadContactDeals below): not read, not even listed.
    expect(c.deals).toEqual([]);
    expect(emu.callCount('POST', '/crm/objects/2026-03/deals/batch/read')).toBe(0);
    expect(c.selectedContactId).toBe('102');
    expect(c.meetings).toEqual([
      expect.objectContaining({ id: booked.ok && booked.meeting.id, title: 'Discovery call' }),
    ]);
    expect(c.slots.kind).toBe('link');
    if (c.slots.kind === 'link') {
      expect(c.slots.link.slug).toBe('ana-souza');
      expect(c.slots.offered.map((o) => o.minutes)).toEqual([30, 60]);
      expect(c.slots.offline).toBe(false);
      // Ready for the card: the free intervals computed, no offered start inside a busy time.
      expect(c.slots.free).toEqual(freeIntervals(c.slots.windows, c.slots.busy));
      for (const o of c.slots.offered)
        for (const start of o.starts)
          expect(c.slots.busy.some((b) => b.start < start + o.minutes * 60_000 && start < b.end)).toBe(false);
    }
    expect(c.limited).toEqual([]);
    // Contact read, meetings batch read, meeting links, availability page.
    expect(emu.calls().total).toBe(4);
    // Warm: the organizer's default link is remembered, so the links call is skipped.
    emu.resetCalls();
    const again = await loadCardContext(
      { api: acme },
      { recordType: 'contacts', recordId: '102', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(again.ok && again.context.slots.kind).toBe('link');
    expect(emu.callCount('GET', '/scheduler/2026-03/meetings/meeting-links')).toBe(0);
    expect(emu.calls().total).toBe(3);
  });

  test('without the optional scopes: no slots (and no deals from the deals request), named in `limited`; still ok', async () => {
    const api = createHubSpotApi({ accessToken: ACME_CONTACTS_ONLY_TOKEN, baseUrl: emu.url });
    const result = await loadCardContext(
      { api },
      { recordType: 'contacts', recordId: '102', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(result).toMatchObject({
      ok: true,
      context: { deals: [], slots: { kind: 'none', reason: 'missing_scope' }, company: { id: '302' } },
    });
    if (result.ok) expect(result.context.limited).toEqual(['slots']);
    expect(await loadContactDeals({ api }, { recordId: '102' })).toEqual({
      ok: true,
      deals: [],
      limited: ['deals'],
    });
  });

  test('no scheduling page, or an offline calendar, is told apart', async () => {
    const none = await loadCardContext(
      { api: acme },
      { recordType: 'contacts', recordId: '101', organizerUserId: '7004', timeZone: ZONE },
    );
    expect(none.ok && none.context.slots).toEqual({ kind: 'none', reason: 'no_link' });
    const offline = await loadCardContext(
      { api: acme },
      { recordType: 'contacts', recordId: '103', organizerUserId: '7003', timeZone: 'Europe/Madrid' },
    );
    expect(offline.ok && offline.context.slots).toMatchObject({ kind: 'link', offline: true, busy: [] });
  });

  test('on a deal: its contacts in HubSpot’s order (first preselected), its company, the deal itself', async () => {
    const result = await loadCardContext(
      { api: acme },
      { recordType: 'deals', recordId: '401', organizerUserId: '7002', timeZone: ZONE },
    );
    expect(result).toMatchObject({
      ok: true,
      context: {
        contacts: [
          { id: '102', name: 'John Miller' },
          { id: '107', name: 'Priya Nair' },
        ],
        selectedContactId: '102',
        company: { id: '302', name: 'Northwind' },
        deals: [{ id: '401', name: 'Northwind platform rollout' }],
      },
    });
  });

  test('on a company: its contacts and the company; none for an empty one', async () => {
    const result = await loadCardContext(
      { api: acme },
      { recordType: 'companies', recordId: '302', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(result).toMatchObject({
      ok: true,
      context: { company: { id: '302', name: 'Northwind' }, deals: [] },
    });
    expect(result.ok && result.context.contacts.map((c) => c.id)).toEqual(['102', '107']);
    const empty = await loadCardContext(
      { api: acme },
      { recordType: 'companies', recordId: '305', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(empty).toMatchObject({ ok: true, context: { contacts: [], selectedContactId: null } });
  });

  test('meetings: primary store at once (search lag is realistic here), canceled and old ones left out, by start', async () => {
    const late = await book('contacts', '104', form(50, {}, 'Late'));
    const soon = await book('contacts', '104', form(3, {}, 'Soon'));
    const canceled = await book('contacts', '104', form(10, {}, 'Canceled'));
    expect([late.ok, soon.ok, canceled.ok]).toEqual([true, true, true]);
    if (!canceled.ok) return;
    await setMeetingOutcome(
      { api: acme },
      { meetingId: canceled.meeting.id, outcome: 'CANCELED', recordType: 'contacts', recordId: '104' },
    );
    const result = await loadCardContext(
      { api: acme },
      { recordType: 'contacts', recordId: '104', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(result.ok && result.context.meetings.map((m) => m.title)).toEqual(['Soon', 'Late']);
  });
});

describe('loadContactDeals (the card’s deals request, beside the main load)', () => {
  test('the contact’s open deals as HubSpot lists them on it: the contact read, then one deals batch read', async () => {
    emu.resetCalls();
    const result = await loadContactDeals({ api: acme }, { recordId: '102' });
    // 402 is closed won: left out.
    expect(result).toEqual({
      ok: true,
      deals: [
        { id: '401', name: 'Northwind platform rollout', stage: 'presentationscheduled', amount: '48000' },
      ],
      limited: [],
    });
    expect(emu.callCount('GET', '/crm/objects/2026-03/contacts/:contactId')).toBe(1);
    expect(emu.callCount('POST', '/crm/objects/2026-03/deals/batch/read')).toBe(1);
    expect(emu.calls().total).toBe(2);
  });

  test('a contact without deal associations: the contact read only, no deals read', async () => {
    emu.resetCalls();
    expect(await loadContactDeals({ api: acme }, { recordId: '104' })).toEqual({
      ok: true,
      deals: [],
      limited: [],
    });
    expect(emu.callCount('POST', '/crm/objects/2026-03/deals/batch/read')).toBe(0);
    expect(emu.calls().total).toBe(1);
  });

  test('a contact read refused (403) is told as deals the app may not read, not as a failure', async () => {
    emu.faults.add({
      method: 'GET',
      path: '/crm/objects/2026-03/contacts/102',
      times: 1,
      action: { type: 'status', status: 403 },
    });
    expect(await loadContactDeals({ api: acme }, { recordId: '102' })).toEqual({
      ok: true,
      deals: [],
      limited: ['deals'],
    });
  });

  test('no record id is refused before HubSpot; a contact HubSpot does not have is NOT_FOUND', async () => {
    emu.resetCalls();
    expect(await loadContactDeals({ api: acme }, { recordId: '../102' })).toMatchObject({
      ok: false,
      error: { code: 'NO_CONTACT' },
    });
    expect(emu.calls().total).toBe(0);
    expect(await loadContactDeals({ api: acme }, { recordId: '999999' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('createMeetingOnRecord', () => {
  test('from a contact with a picked deal: contact, primary company and deal associated', async () => {
    const result = await book('contacts', '102', form(5, { dealId: '401' }));
    expect(result.ok).toBe(true);
    expect(emu.meetings()[0]?.associations).toEqual({
      contacts: ['102'],
      companies: ['302'],
      deals: ['401'],
    });
  });

  test('a deal that is not the contact’s is refused by the server, and nothing is created', async () => {
    const result = await book('contacts', '102', form(5, { dealId: '403' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', fields: { dealId: {} } } });
    expect(emu.meetings()).toHaveLength(0);
  });

  test('from a deal: the chosen contact, the deal and its company', async () => {
    const result = await book('deals', '401', form(5, { contactId: '107' }));
    expect(result).toMatchObject({ ok: true, meeting: { contactId: '107' } });
    expect(emu.meetings()[0]?.associations).toEqual({
      contacts: ['107'],
      companies: ['302'],
      deals: ['401'],
    });
  });

  test('from a deal or company: a contact HubSpot does not list on the record is refused', async () => {
    const onDeal = await book('deals', '401', form(5, { contactId: '101' }));
    expect(onDeal).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { contactId: {} } },
    });
    const onCompany = await book('companies', '305', form(5, { contactId: '102' }));
    expect(onCompany).toMatchObject({ ok: false, error: { fields: { contactId: {} } } });
    const noContact = await book('companies', '302', form(5));
    expect(noContact).toMatchObject({ ok: false, error: { fields: { contactId: {} } } });
    expect(emu.meetings()).toHaveLength(0);
  });

  test('from a company: the chosen contact and the company, no deal', async () => {
    const result = await book('companies', '302', form(5, { contactId: '102' }));
    expect(result.ok).toBe(true);
    expect(emu.meetings()[0]?.associations).toEqual({ contacts: ['102'], companies: ['302'], deals: [] });
  });
});

describe('meeting association type ids', () => {
  test('read from the labels API once per account, then cached', async () => {
    const cache = createAssociationTypeCache();
    const reads = { deadline: Date.now() + 5_000, timeoutMs: 2_000 };
    expect(await meetingAssociationTypes(acme, cache, reads)).toEqual({
      contacts: 200,
      companies: 188,
      deals: 212,
    });
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(3);
    await meetingAssociationTypes(acme, cache, reads);
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(3);
  });

  test('reads only the kinds a meeting needs: a contact-only booking reads one label list', async () => {
    const cache = createAssociationTypeCache();
    const reads = { deadline: Date.now() + 5_000, timeoutMs: 2_000 };
    expect((await meetingAssociationTypes(acme, cache, reads, ['contacts'])).contacts).toBe(200);
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(1);
    await meetingAssociationTypes(acme, cache, reads, ['contacts', 'companies']);
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(2);
  });

  test('the account’s answer wins; a failed read falls back to HubSpot’s defined id and is not cached', async () => {
    emu.faults.add({
      path: '/crm/associations/2026-03/meetings/deals/labels',
      times: 1,
      action: {
        type: 'status',
        status: 200,
        body: { results: [{ category: 'HUBSPOT_DEFINED', typeId: 213 }] },
      },
    });
    emu.faults.add({
      path: '/crm/associations/2026-03/meetings/companies/labels',
      action: { type: 'status', status: 403 },
    });
    const cache = createAssociationTypeCache();
    const reads = { deadline: Date.now() + 5_000, timeoutMs: 2_000 };
    expect(await meetingAssociationTypes(acme, cache, reads)).toEqual({
      contacts: 200,
      companies: 188,
      deals: 213,
    });
    // What answered is kept; the kind that failed is asked again next time.
    expect(cache.get(acme.accountKey)).toEqual({ contacts: 200, deals: 213 });
    const before = emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels');
    await meetingAssociationTypes(acme, cache, reads);
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(
      before + 1,
    );
  });
});

describe('setMeetingOutcome', () => {
  test('marks a meeting of the record NO_SHOW; the meeting of another record is refused untouched', async () => {
    const booked = await book('contacts', '102', form(5));
    if (!booked.ok) throw new Error('booking failed');
    const id = booked.meeting.id;
    const other = await setMeetingOutcome(
      { api: acme },
      { meetingId: id, outcome: 'CANCELED', recordType: 'contacts', recordId: '101' },
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(emu.meetings()[0]?.properties.hs_meeting_outcome).toBe('SCHEDULED');
    const done = await setMeetingOutcome(
      { api: acme },
      { meetingId: id, outcome: 'NO_SHOW', recordType: 'contacts', recordId: '102' },
    );
    expect(done).toEqual({ ok: true, meetingId: id, outcome: 'NO_SHOW' });
    expect(emu.meetings()[0]?.properties.hs_meeting_outcome).toBe('NO_SHOW');
    // From the deal the meeting is on (booked from the contact with no deal: not on deal 401).
    const fromDeal = await setMeetingOutcome(
      { api: acme },
      { meetingId: id, outcome: 'CANCELED', recordType: 'deals', recordId: '401' },
    );
    expect(fromDeal).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  test('refuses other outcomes and bad ids before calling HubSpot; a 5xx after the write is "unconfirmed"', async () => {
    const booked = await book('contacts', '102', form(5));
    if (!booked.ok) throw new Error('booking failed');
    emu.resetCalls();
    const call = (outcome: unknown, meetingId: unknown = booked.meeting.id) =>
      setMeetingOutcome({ api: acme }, { meetingId, outcome, recordType: 'contacts', recordId: '102' });
    expect(await call('COMPLETED')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call('CANCELED', '../x')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(emu.calls().total).toBe(0);
    emu.faults.add({
      method: 'PATCH',
      path: '/crm/objects/2026-03/meetings/',
      times: 1,
      action: { type: 'status-after-store', status: 502 },
    });
    expect(await call('CANCELED')).toMatchObject({
      ok: false,
      error: { code: 'OUTCOME_UNKNOWN', retryable: true },
    });
    expect(emu.meetings()[0]?.properties.hs_meeting_outcome).toBe('CANCELED');
  });
});

describe('a booking right after the card’s load', () => {
  const CONTACT_READ = '/crm/objects/2026-03/contacts/:contactId';
  const CREATE = '/scheduler/2026-03/meetings/calendar';

  test('does not read the contact again: its company is what the load read, and the meeting gets it', async () => {
    const shared = { ...deps() };
    const loaded = await loadCardContext(
      { api: acme, recordFacts: shared.recordFacts },
      { recordType: 'contacts', recordId: '102', organizerUserId: '7001', timeZone: ZONE },
    );
    expect(loaded.ok).toBe(true);
    emu.resetCalls();
    const booked = await createMeetingOnRecord(shared, {
      parameters: form(40),
      recordType: 'contacts',
      recordId: '102',
    });
    expect(booked.ok).toBe(true);
    expect(emu.callCount('GET', CONTACT_READ)).toBe(0);
    expect(emu.callCount('POST', CREATE)).toBe(1);
    expect(emu.meetings()[0]?.associations.companies).toEqual(['302']);
  });

  test('reads the contact when what it knew is older than ten minutes', async () => {
    let now = Date.now();
    const recordFacts = createRecordFacts({ now: () => now });
    recordFacts.rememberPrimaryCompany(acme.accountKey, '102', null);
    now += 10 * 60_000 + 1;
    const booked = await createMeetingOnRecord(
      { ...deps(), recordFacts },
      { parameters: form(41), recordType: 'contacts', recordId: '102' },
    );
    expect(booked.ok).toBe(true);
    expect(emu.callCount('GET', CONTACT_READ)).toBe(1);
    expect(emu.meetings()[0]?.associations.companies).toEqual(['302']);
  });

  test('takes the company HubSpot vouched for in the call (propertiesToSend), and none when it says none', async () => {
    const withCompany = await createMeetingOnRecord(deps(), {
      parameters: form(42),
      recordType: 'contacts',
      recordId: '102',
      vouchedCompanyId: '302',
    });
    const without = await createMeetingOnRecord(deps(), {
      parameters: form(43),
      recordType: 'contacts',
      recordId: '102',
      vouchedCompanyId: '',
    });
    expect(withCompany.ok && without.ok).toBe(true);
    expect(emu.callCount('GET', CONTACT_READ)).toBe(0);
    expect(emu.meetings().map((m) => m.associations.companies)).toEqual(
      expect.arrayContaining([['302'], []]),
    );
  });

  test('still checks a picked deal against HubSpot, whatever it knew of the company', async () => {
    const booked = await createMeetingOnRecord(deps(), {
      parameters: form(44, { dealId: '499999' }),
      recordType: 'contacts',
      recordId: '102',
      vouchedCompanyId: '302',
    });
    expect(booked).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR' } });
    expect(emu.callCount('GET', CONTACT_READ)).toBe(1);
    expect(emu.callCount('POST', CREATE)).toBe(0);
  });
});

describe('bookings arriving together on a cold instance', () => {
  test('share one read of the owner, the contact and each label list', async () => {
    const cold = deps();
    const answers = await Promise.all(
      [...Array(20)].map((_, i) =>
        createMeetingOnRecord(cold, { parameters: form(50 + i), recordType: 'contacts', recordId: '102' }),
      ),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(emu.callCount('GET', '/crm/owners/2026-03/:ownerId')).toBe(1);
    expect(emu.callCount('GET', '/crm/objects/2026-03/contacts/:contactId')).toBe(1);
    expect(emu.callCount('GET', '/crm/associations/2026-03/:fromObjectType/:toObjectType/labels')).toBe(2);
    expect(emu.callCount('POST', '/scheduler/2026-03/meetings/calendar')).toBe(20);
  });
});

describe('a contact HubSpot does not answer for, with no deal picked', () => {
  test('books without the company rather than refuse: nothing was sent yet', async () => {
    emu.faults.add({
      method: 'GET',
      path: '/crm/objects/2026-03/contacts/102',
      action: { type: 'drop-before' },
    });
    const booked = await book('contacts', '102', form(60));
    expect(booked.ok).toBe(true);
    expect(emu.meetings()[0]?.associations).toMatchObject({ contacts: ['102'], companies: [] });
  });
});

describe('a deal picked on a contact with more deals than the object read lists', () => {
  test('is found by paging the contact’s deal associations before anything is refused', async () => {
    // HubSpot's object read inlines only the first associations; here it lists none of the contact's deals.
    emu.faults.add({
      method: 'GET',
      path: '/crm/objects/2026-03/contacts/102',
      times: 1,
      action: {
        type: 'status',
        status: 200,
        body: {
          id: '102',
          properties: { associatedcompanyid: '302' },
          associations: { deals: { results: [] } },
        },
      },
    });
    const booked = await book('contacts', '102', form(61, { dealId: '401' }));
    expect(booked.ok).toBe(true);
    expect(
      emu.callCount('GET', '/crm/objects/2026-03/:objectType/:objectId/associations/:toObjectType'),
    ).toBe(1);
    expect(emu.meetings()[0]?.associations.deals).toEqual(['401']);
  });

  test('still refuses a deal HubSpot does not list on the contact at all', async () => {
    const refused = await book('contacts', '102', form(62, { dealId: '499999' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_ERROR', fields: { dealId: {} } } });
    expect(emu.callCount('POST', '/scheduler/2026-03/meetings/calendar')).toBe(0);
  });
});
