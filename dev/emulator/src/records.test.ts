// Companies, deals, their associations with contacts, association labels, and the meetings PATCH, over
// real HTTP, checked against the 2026-03 specs' shapes (CRM Companies/Deals/Associations/Meetings).
import {
  ACME_CONTACTS_ONLY_TOKEN,
  ACME_READ_ONLY_TOKEN,
  ACME_TOKEN,
  startEmulator,
  type Emulator,
} from './index';
import { specValidators } from './spec-shapes';
import { recordSpecValidators } from './spec-shapes-records';
import { call, CREATE_PATH, validMeetingBody } from './test-support';

const shapes = { ...specValidators(), ...recordSpecValidators() };
const assoc = (from: string, id: string, to: string) =>
  `/crm/objects/2026-03/${from}/${id}/associations/${to}`;
const labels = (to: string) => `/crm/associations/2026-03/meetings/${to}/labels`;

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ rateLimit: false, searchRateLimit: false });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('GET /crm/associations/2026-03/meetings/{toType}/labels', () => {
  test('answers the HUBSPOT_DEFINED type ids and the account’s own labels, in the spec’s shape', async () => {
    const contacts = await call(emu, labels('contacts'), { token: ACME_TOKEN });
    expect(contacts.status).toBe(200);
    expect(shapes.associationLabels(contacts.body)).toBe('');
    expect(contacts.body.results).toEqual([{ category: 'HUBSPOT_DEFINED', typeId: 200 }]);
    expect((await call(emu, labels('companies'), { token: ACME_TOKEN })).body.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 188 },
    ]);
    expect((await call(emu, labels('0-3'), { token: ACME_TOKEN })).body.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 212 },
      { category: 'USER_DEFINED', typeId: 37, label: 'Decision meeting' },
    ]);
    // Readable with the contacts scopes alone (the spec accepts any of ~80 scopes, these among them).
    expect((await call(emu, labels('deals'), { token: ACME_CONTACTS_ONLY_TOKEN })).status).toBe(200);
    expect((await call(emu, labels('widgets'), { token: ACME_TOKEN })).status).toBe(400);
    expect(shapes.associationLabels({ results: [{ typeId: 200 }] })).not.toBe('');
  });
});

describe('contacts, companies and deals associations (v4, primary store)', () => {
  test('a contact’s companies carry the Primary label; its deals, open and closed; a deal’s contacts and company', async () => {
    const companies = await call(emu, assoc('contacts', '102', 'companies'), {
      token: ACME_CONTACTS_ONLY_TOKEN,
    });
    expect(companies.status).toBe(200);
    expect(shapes.associationsPage(companies.body)).toBe('');
    expect(companies.body.results).toEqual([
      {
        toObjectId: '302',
        associationTypes: [
          { category: 'HUBSPOT_DEFINED', typeId: 1, label: 'Primary' },
          { category: 'HUBSPOT_DEFINED', typeId: 279 },
        ],
      },
    ]);
    const deals = await call(emu, assoc('contacts', '102', 'deals'), { token: ACME_TOKEN });
    expect(deals.body.results.map((r: { toObjectId: string }) => r.toObjectId)).toEqual(['401', '402']);
    const dealContacts = await call(emu, assoc('deals', '401', 'contacts'), { token: ACME_TOKEN });
    expect(dealContacts.body.results.map((r: { toObjectId: string }) => r.toObjectId)).toEqual([
      '102',
      '107',
    ]);
    const dealCompany = await call(emu, assoc('0-3', '401', 'companies'), { token: ACME_TOKEN });
    expect(dealCompany.body.results[0]).toMatchObject({ toObjectId: '302' });
    const companyContacts = await call(emu, assoc('companies', '302', 'contacts'), { token: ACME_TOKEN });
    expect(companyContacts.body.results.map((r: { toObjectId: string }) => r.toObjectId)).toEqual([
      '102',
      '107',
    ]);
    expect((await call(emu, assoc('companies', '305', 'contacts'), { token: ACME_TOKEN })).body).toEqual({
      results: [],
    });
  });
});

describe('associations inside an object read (?associations=…)', () => {
  test('a contact read names its meetings, companies (primary twice: labeled and unlabeled) and deals', async () => {
    const created = await call(emu, CREATE_PATH, {
      token: ACME_TOKEN,
      body: validMeetingBody({
        associations: [
          { to: { id: '102' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
        ],
      }),
    });
    const res = await call(
      emu,
      '/crm/objects/2026-03/contacts/102?properties=associatedcompanyid,company&associations=meetings,companies,deals',
      { token: ACME_CONTACTS_ONLY_TOKEN },
    );
    expect(res.status).toBe(200);
    expect(shapes.meetingById(res.body)).toBe('');
    expect(res.body.properties).toMatchObject({ associatedcompanyid: '302', company: 'Northwind' });
    expect(res.body.associations).toEqual({
      meetings: { results: [{ id: created.body.id, type: 'contact_to_meeting' }] },
      companies: {
        results: [
          { id: '302', type: 'contact_to_company' },
          { id: '302', type: 'contact_to_company_unlabeled' },
        ],
      },
      deals: {
        results: [
          { id: '401', type: 'contact_to_deal_unlabeled' },
          { id: '402', type: 'contact_to_deal_unlabeled' },
        ],
      },
    });
    const deal = await call(emu, '/crm/objects/2026-03/deals/401?associations=contacts,companies', {
      token: ACME_TOKEN,
    });
    expect(deal.body.associations.contacts.results.map((r: { id: string }) => r.id)).toEqual(['102', '107']);
    expect(deal.body.associations.companies.results[0]).toEqual({ id: '302', type: 'deal_to_company' });
    // Nothing associated: no entry for that kind.
    const lonely = await call(emu, '/crm/objects/2026-03/contacts/105?associations=meetings', {
      token: ACME_TOKEN,
    });
    expect(lonely.body.associations).toEqual({});
  });
});

describe('companies and deals reads', () => {
  test('by id and batch read, with the asked-for properties; deals also as 0-3', async () => {
    const company = await call(emu, '/crm/objects/2026-03/companies/302?properties=name,domain', {
      token: ACME_TOKEN,
    });
    expect(company.status).toBe(200);
    expect(shapes.simpleObject(company.body)).toBe('');
    expect(company.body.properties).toMatchObject({ name: 'Northwind', domain: 'northwind.example' });
    const deal = await call(emu, '/crm/objects/2026-03/0-3/402?properties=dealname,hs_is_closed', {
      token: ACME_TOKEN,
    });
    expect(deal.body.properties).toMatchObject({
      dealname: 'Northwind support renewal',
      hs_is_closed: 'true',
    });
    const batch = await call(emu, '/crm/objects/2026-03/deals/batch/read', {
      token: ACME_TOKEN,
      body: { inputs: [{ id: '401' }, { id: '402' }], properties: ['dealname', 'hs_is_closed', 'dealstage'] },
    });
    expect(batch.status).toBe(200);
    expect(shapes.batchRead200(batch.body)).toBe('');
    expect(
      batch.body.results.map((r: { properties: { hs_is_closed: string } }) => r.properties.hs_is_closed),
    ).toEqual(['false', 'true']);
    const partial = await call(emu, '/crm/objects/2026-03/contacts/batch/read', {
      token: ACME_TOKEN,
      body: { inputs: [{ id: '102' }, { id: '999' }], properties: ['firstname'] },
    });
    expect(partial.status).toBe(207);
    expect(shapes.batchRead207(partial.body)).toBe('');
    expect(partial.body.errors[0].context.ids).toEqual(['999']);
    expect((await call(emu, '/crm/objects/2026-03/companies/999', { token: ACME_TOKEN })).status).toBe(404);
  });

  test('each needs its own read scope', async () => {
    const company = await call(emu, '/crm/objects/2026-03/companies/302', {
      token: ACME_CONTACTS_ONLY_TOKEN,
    });
    expect(company.status).toBe(403);
    expect(company.body.context.requiredGranularScopes).toEqual(['crm.objects.companies.read']);
    const deals = await call(emu, '/crm/objects/2026-03/deals/batch/read', {
      token: ACME_CONTACTS_ONLY_TOKEN,
      body: { inputs: [{ id: '401' }] },
    });
    expect(deals.status).toBe(403);
  });
});

describe('creating with company and deal associations', () => {
  test('stores them (188, 212) and refuses an unknown company', async () => {
    const body = validMeetingBody({
      associations: [
        { to: { id: '102' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
        { to: { id: '302' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 188 }] },
        { to: { id: '401' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 212 }] },
      ],
    });
    const created = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    expect((await call(emu, assoc('meetings', id, 'companies'), { token: ACME_TOKEN })).body.results).toEqual(
      [{ toObjectId: '302', associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 188 }] }],
    );
    expect(
      (await call(emu, assoc('deals', '401', 'meetings'), { token: ACME_TOKEN })).body.results.map(
        (r: { toObjectId: string }) => r.toObjectId,
      ),
    ).toEqual([id]);
    const unknown = validMeetingBody({
      associations: [
        { to: { id: '102' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }] },
        { to: { id: '999' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 188 }] },
      ],
    });
    const refused = await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: unknown });
    expect(refused.status).toBe(404);
    expect(emu.meetings(1001)).toHaveLength(1);
  });
});

describe('PATCH /crm/objects/2026-03/meetings/{meetingId}', () => {
  const createOne = async () =>
    (await call(emu, CREATE_PATH, { token: ACME_TOKEN, body: validMeetingBody() })).body.id;

  test('changes hs_meeting_outcome; the read by id sees it; the answer is a SimplePublicObject', async () => {
    const id = await createOne();
    const res = await call(emu, `/crm/objects/2026-03/meetings/${id}`, {
      method: 'PATCH',
      token: ACME_TOKEN,
      body: { properties: { hs_meeting_outcome: 'CANCELED' } },
    });
    expect(res.status).toBe(200);
    expect(shapes.simpleObject(res.body)).toBe('');
    expect(res.body.properties.hs_meeting_outcome).toBe('CANCELED');
    const read = await call(emu, `/crm/objects/2026-03/meetings/${id}?properties=hs_meeting_outcome`, {
      token: ACME_TOKEN,
    });
    expect(read.body.properties.hs_meeting_outcome).toBe('CANCELED');
  });

  test('refuses an unknown outcome, a read-only property, an unknown meeting, a token without write', async () => {
    const id = await createOne();
    const patch = (body: unknown, token = ACME_TOKEN, meetingId = id) =>
      call(emu, `/crm/objects/2026-03/meetings/${meetingId}`, { method: 'PATCH', token, body });
    const bad = await patch({ properties: { hs_meeting_outcome: 'MAYBE' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ in: 'hs_meeting_outcome', code: 'INVALID_OPTION' });
    expect((await patch({ properties: { hs_object_id: '1' } })).status).toBe(400);
    expect((await patch({})).status).toBe(400);
    expect((await patch({ properties: { hs_meeting_outcome: 'NO_SHOW' } }, ACME_TOKEN, '999')).status).toBe(
      404,
    );
    expect(
      (await patch({ properties: { hs_meeting_outcome: 'NO_SHOW' } }, ACME_READ_ONLY_TOKEN)).status,
    ).toBe(403);
    expect(emu.meetings(1001)[0]!.properties.hs_meeting_outcome).toBe('SCHEDULED');
  });
});
