// The built functions on contact, deal and company records (issue 10), against the emulator over HTTP:
// form_options with the record's context in one call, create_meeting's associations and trust check,
// meeting_outcome. The record type must be vouched for by propertiesToSend.
import { randomUUID } from 'node:crypto';
import { ACME_TOKEN, startEmulator, type Emulator } from '@meeting-card/hubspot-emulator';
import type {
  CardContextResult,
  ContactDealsResult,
  CreateMeetingResult,
  FormOptionsResult,
  OutcomeChangeResult,
} from '@meeting-card/core';
import { utcToWallClock } from '@meeting-card/core';
import { requireBuiltFunction } from '../../../../test/test-support/functions';

const formOptions = requireBuiltFunction<FormOptionsResult & { context?: CardContextResult }>(
  'form-options',
).main;
const contactDeals = requireBuiltFunction<ContactDealsResult>('form-options').main;
const createMeeting = requireBuiltFunction<CreateMeetingResult>('create-meeting').main;
const meetingOutcome = requireBuiltFunction<OutcomeChangeResult>('meeting-outcome').main;

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ searchRateLimit: false });
  process.env.HUBSPOT_API_BASE_URL = emulator.url;
  process.env.PRIVATE_APP_ACCESS_TOKEN = ACME_TOKEN;
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** What HubSpot sends as propertiesToSend on each record (the card asks for the same names everywhere). */
const ON_CONTACT_102 = { hs_object_id: '102', email: 'john.miller@northwind.example', firstname: 'John' };
const ON_DEAL_401 = { hs_object_id: '401', dealname: 'Northwind platform rollout' };
const ON_COMPANY_302 = { hs_object_id: '302', name: 'Northwind', domain: 'northwind.example' };

const form = (extra: Record<string, unknown> = {}) => {
  const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 26 * 3_600_000;
  return {
    requestId: randomUUID(),
    organizerUserId: '7001',
    title: 'Discovery call',
    start: utcToWallClock(new Date(start).toISOString(), 'America/New_York'),
    durationMinutes: 45,
    timezone: 'America/New_York',
    ...extra,
  };
};

describe('form_options with the record context', () => {
  test('one call answers options, slots and meetings: 5 HubSpot calls cold here (a contact with meetings adds their batch read); deals are not read', async () => {
    emulator.resetCalls();
    const result = await formOptions({
      parameters: { organizerUserId: '7001', withContext: true, timeZone: 'America/New_York' },
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result).toMatchObject({ ok: true, options: { organizer: { ownerId: '81001' } } });
    expect(result.context).toMatchObject({
      ok: true,
      context: { company: { id: '302' }, deals: [], slots: { kind: 'link' } },
    });
    // Owners (the organizer is in the list), meeting types, the contact with its associations, meeting
    // links, availability page. No meetings yet: no meetings batch read. The deals: their own request.
    expect(emulator.calls().total).toBe(5);
    expect(emulator.callCount('GET', '/crm/owners/2026-03/:ownerId')).toBe(0);
    expect(emulator.callCount('POST', '/crm/objects/2026-03/deals/batch/read')).toBe(0);
  });

  test('on a deal record: its contacts, the first preselected', async () => {
    const result = await formOptions({
      parameters: { organizerUserId: '7001', withContext: true, recordType: 'deals', timeZone: 'UTC' },
      propertiesToSend: ON_DEAL_401,
    });
    expect(result.context).toMatchObject({
      ok: true,
      context: { recordType: 'deals', selectedContactId: '102' },
    });
  });

  test('a record type the properties HubSpot sent do not back is not believed', async () => {
    const result = await formOptions({
      parameters: { organizerUserId: '7001', withContext: true, recordType: 'deals' },
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result).toMatchObject({ ok: true, context: { ok: false, error: { code: 'NO_CONTACT' } } });
  });
});

describe('form_options with contactDeals (the card’s deals request)', () => {
  test('the contact HubSpot vouched for: its open deals, in 2 HubSpot calls; none read for a contact without deals', async () => {
    emulator.resetCalls();
    const result = await contactDeals({
      parameters: { contactDeals: true, organizerUserId: '7001' },
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result).toEqual({
      ok: true,
      deals: [
        { id: '401', name: 'Northwind platform rollout', stage: 'presentationscheduled', amount: '48000' },
      ],
      limited: [],
    });
    expect(emulator.calls().total).toBe(2);
    emulator.resetCalls();
    const none = await contactDeals({
      parameters: { contactDeals: true },
      propertiesToSend: { hs_object_id: '104', email: 'haruto.sato@kaisha.example' },
    });
    expect(none).toEqual({ ok: true, deals: [], limited: [] });
    expect(emulator.calls().total).toBe(1);
  });

  test('the record id comes from propertiesToSend only, and a deal or company record gets no deals', async () => {
    emulator.resetCalls();
    // A record id in the parameters is not believed: the deals are those of propertiesToSend's contact.
    const result = await contactDeals({
      parameters: { contactDeals: true, recordId: '101', contactId: '101' },
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result.ok && result.deals.map((d) => d.id)).toEqual(['401']);
    const onDeal = await contactDeals({
      parameters: { contactDeals: true, recordType: 'deals' },
      propertiesToSend: ON_DEAL_401,
    });
    expect(onDeal).toMatchObject({ ok: false, error: { code: 'NO_CONTACT' } });
    const lying = await contactDeals({
      parameters: { contactDeals: true, recordType: 'contacts' },
      propertiesToSend: ON_DEAL_401,
    });
    expect(lying).toMatchObject({ ok: false, error: { code: 'NO_CONTACT' } });
    expect(emulator.calls().total).toBe(2);
  });
});

describe('create_meeting on each record type', () => {
  test('contact record with a picked deal: contact, company and deal associated', async () => {
    const result = await createMeeting({
      parameters: form({ dealId: '401' }),
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result.ok).toBe(true);
    expect(emulator.meetings()[0]?.associations).toEqual({
      contacts: ['102'],
      companies: ['302'],
      deals: ['401'],
    });
  });

  test('deal record: the chosen contact, the deal, its company; a contact not on the deal is refused', async () => {
    const refused = await createMeeting({
      parameters: form({ recordType: 'deals', contactId: '103' }),
      propertiesToSend: ON_DEAL_401,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { contactId: {} } },
    });
    expect(emulator.meetings()).toHaveLength(0);
    const booked = await createMeeting({
      parameters: form({ recordType: '0-3', contactId: '107' }),
      propertiesToSend: ON_DEAL_401,
    });
    expect(booked).toMatchObject({ ok: true, meeting: { contactId: '107' } });
    expect(emulator.meetings()[0]?.associations).toEqual({
      contacts: ['107'],
      companies: ['302'],
      deals: ['401'],
    });
  });

  test('company record: the chosen contact and the company', async () => {
    const booked = await createMeeting({
      parameters: form({ recordType: 'companies', contactId: '102' }),
      propertiesToSend: ON_COMPANY_302,
    });
    expect(booked.ok).toBe(true);
    expect(emulator.meetings()[0]?.associations).toEqual({
      contacts: ['102'],
      companies: ['302'],
      deals: [],
    });
  });

  test('claiming a company on a contact record books nothing', async () => {
    const result = await createMeeting({
      parameters: form({ recordType: 'companies', contactId: '101' }),
      propertiesToSend: ON_CONTACT_102,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_CONTACT' } });
    expect(emulator.calls().total).toBe(0);
  });
});

describe('meeting_outcome', () => {
  test('marks the record’s meeting canceled; a meeting of another record is refused', async () => {
    const booked = await createMeeting({ parameters: form(), propertiesToSend: ON_CONTACT_102 });
    if (!booked.ok) throw new Error('not booked');
    const elsewhere = await meetingOutcome({
      parameters: { meetingId: booked.meeting.id, outcome: 'CANCELED' },
      propertiesToSend: { hs_object_id: '101', email: 'maria.oliveira@cliente.example' },
    });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const done = await meetingOutcome({
      parameters: { meetingId: booked.meeting.id, outcome: 'CANCELED' },
      propertiesToSend: ON_CONTACT_102,
    });
    expect(done).toEqual({ ok: true, meetingId: booked.meeting.id, outcome: 'CANCELED' });
    expect(emulator.meetings()[0]?.properties.hs_meeting_outcome).toBe('CANCELED');
  });
});

describe('create_meeting on a contact, with the company HubSpot sent', () => {
  it('associates the primary company from propertiesToSend without reading the contact', async () => {
    const booked = await createMeeting({
      parameters: form(),
      propertiesToSend: { ...ON_CONTACT_102, associatedcompanyid: '302' },
    });
    expect(booked.ok).toBe(true);
    expect(emulator.callCount('GET', '/crm/objects/2026-03/contacts/:contactId')).toBe(0);
    expect(emulator.meetings(1001)[0]?.associations).toMatchObject({ contacts: ['102'], companies: ['302'] });
  });

  it('associates no company when HubSpot sends an empty one (the contact has none)', async () => {
    const booked = await createMeeting({
      parameters: form(),
      propertiesToSend: { ...ON_CONTACT_102, associatedcompanyid: '' },
    });
    expect(booked.ok).toBe(true);
    expect(emulator.callCount('GET', '/crm/objects/2026-03/contacts/:contactId')).toBe(0);
    expect(emulator.meetings(1001)[0]?.associations.companies).toEqual([]);
  });
});
