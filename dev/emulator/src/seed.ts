// The demo seed: two accounts, fake tokens, one OAuth app. Every id and token here is made up;
// token strings carry "emu" so nobody mistakes them for real credentials.
import { acmeRecords } from './seed-records';
import type { EmulatorSeed, SeedAccount, SeedOwner, SeedUser } from './types';

export const ALL_APP_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.owners.read',
];

/** Scopes for the card on company and deal records and for free slots (issue 10): optional for the app. */
export const RECORD_AND_SLOT_SCOPES = [
  'crm.objects.companies.read',
  'crm.objects.deals.read',
  'scheduler.meetings.meeting-link.read',
];

/** Static private-app token for Acme Demo (1001) with every scope the app needs. */
export const ACME_TOKEN = 'pat-emu-1001-all-scopes-00000000';
/** Static token for Acme Demo (1001) with the app's required scopes only (no companies, deals, meeting links). */
export const ACME_CONTACTS_ONLY_TOKEN = 'pat-emu-1001-contacts-only-0000';
/** Static token for Acme Demo (1001) without crm.objects.contacts.write: creating a meeting answers 403. */
export const ACME_READ_ONLY_TOKEN = 'pat-emu-1001-read-only-00000000';
/** Static token for Globex Trial (1002), the account without meeting types. */
export const GLOBEX_TOKEN = 'pat-emu-1002-all-scopes-00000000';

export const DEMO_OAUTH_APP = {
  appId: 3001,
  name: 'Meeting Card (marketplace, emulated)',
  clientId: 'emu-client-id-3001',
  clientSecret: 'emu-client-secret-3001-not-a-real-secret',
  redirectUrls: ['http://127.0.0.1:3000/oauth/callback', 'http://localhost:3000/oauth/callback'],
  scopes: ['oauth', ...ALL_APP_SCOPES],
  optionalScopes: [...RECORD_AND_SLOT_SCOPES],
};

const acme: SeedAccount = {
  portalId: 1001,
  name: 'Acme Demo',
  timezone: 'America/Sao_Paulo',
  users: [
    { id: '7001', email: 'ana.souza@acme.example', firstName: 'Ana', lastName: 'Souza' },
    // A sales rep: HubSpot does not let this user install (or uninstall) apps.
    {
      id: '7002',
      email: 'ben.carter@acme.example',
      firstName: 'Ben',
      lastName: 'Carter',
      canInstallApps: false,
    },
    { id: '7003', email: 'carmen.ruiz@acme.example', firstName: 'Carmen', lastName: 'Ruiz' },
    // A user who has no owner record (e.g. a super admin who owns nothing).
    { id: '7004', email: 'dev.patel@acme.example', firstName: 'Dev', lastName: 'Patel' },
  ],
  owners: [
    {
      id: '81001',
      userId: '7001',
      email: 'ana.souza@acme.example',
      firstName: 'Ana',
      lastName: 'Souza',
      teams: [{ id: '9001', name: 'Sales BR', primary: true }],
    },
    {
      id: '81002',
      userId: '7002',
      email: 'ben.carter@acme.example',
      firstName: 'Ben',
      lastName: 'Carter',
      teams: [{ id: '9002', name: 'Sales US', primary: true }],
    },
    { id: '81003', userId: '7003', email: 'carmen.ruiz@acme.example', firstName: 'Carmen', lastName: 'Ruiz' },
    // A deactivated user's owner: only listed with archived=true.
    {
      id: '81005',
      userId: '7005',
      email: 'eve.former@acme.example',
      firstName: 'Eve',
      lastName: 'Former',
      archived: true,
    },
  ],
  contacts: [
    {
      id: '101',
      primaryCompanyId: '301',
      properties: {
        associatedcompanyid: '301',
        firstname: 'Maria',
        lastname: 'Oliveira',
        email: 'maria.oliveira@cliente.example',
        phone: '+55 11 91234-5678',
        hs_timezone: 'America/Sao_Paulo',
        hubspot_owner_id: '81001',
        company: 'Cliente Ltda',
        jobtitle: 'Head of Operations',
      },
    },
    {
      id: '102',
      primaryCompanyId: '302',
      properties: {
        associatedcompanyid: '302',
        firstname: 'John',
        lastname: 'Miller',
        email: 'john.miller@northwind.example',
        phone: '+1 212 555 0142',
        hs_timezone: 'America/New_York',
        hubspot_owner_id: '81002',
        company: 'Northwind',
        jobtitle: 'CTO',
      },
    },
    {
      id: '103',
      primaryCompanyId: '303',
      properties: {
        associatedcompanyid: '303',
        firstname: 'Lucía',
        lastname: 'García',
        email: 'lucia.garcia@iberia-soft.example',
        phone: '+34 91 123 45 67',
        hs_timezone: 'Europe/Madrid',
        hubspot_owner_id: '81003',
        company: 'Iberia Soft',
        jobtitle: 'Procurement Manager',
      },
    },
    {
      id: '104',
      primaryCompanyId: '304',
      properties: {
        associatedcompanyid: '304',
        firstname: 'Haruto',
        lastname: 'Sato',
        email: 'haruto.sato@kaisha.example',
        phone: '+81 3-1234-5678',
        hs_timezone: 'Asia/Tokyo',
        hubspot_owner_id: '81001',
        company: 'Kaisha KK',
        jobtitle: 'Director',
      },
    },
    {
      // No time zone and no owner: the card must fall back to the account/user zone.
      id: '105',
      properties: {
        firstname: 'Sam',
        lastname: 'Noone',
        email: 'sam@unknown-zone.example',
        company: 'Unknown Zone Inc',
        jobtitle: 'Founder',
      },
    },
    {
      // Owned by the archived owner.
      id: '106',
      properties: {
        firstname: 'Olga',
        lastname: 'Petrova',
        email: 'olga.petrova@legacy.example',
        phone: '+44 20 7946 0018',
        hs_timezone: 'Europe/London',
        hubspot_owner_id: '81005',
        company: 'Legacy plc',
        jobtitle: 'Buyer',
      },
    },
    {
      // Northwind's second contact: the deal 401 lists two.
      id: '107',
      primaryCompanyId: '302',
      properties: {
        associatedcompanyid: '302',
        firstname: 'Priya',
        lastname: 'Nair',
        email: 'priya.nair@northwind.example',
        phone: '+1 212 555 0177',
        hs_timezone: 'America/Chicago',
        hubspot_owner_id: '81002',
        company: 'Northwind',
        jobtitle: 'VP Finance',
      },
    },
  ],
  meetingTypes: [
    { label: 'Discovery call', value: 'Discovery call' },
    { label: 'Demo', value: 'Demo' },
    { label: 'Follow-up', value: 'Follow-up' },
    { label: 'Old onboarding (hidden)', value: 'Old onboarding', hidden: true },
  ],
  ...acmeRecords,
};

const globex: SeedAccount = {
  portalId: 1002,
  name: 'Globex Trial',
  timezone: 'Europe/Berlin',
  users: [{ id: '7101', email: 'greta.weber@globex.example', firstName: 'Greta', lastName: 'Weber' }],
  owners: [
    {
      id: '82001',
      userId: '7101',
      email: 'greta.weber@globex.example',
      firstName: 'Greta',
      lastName: 'Weber',
    },
  ],
  contacts: [
    {
      id: '201',
      properties: {
        firstname: 'Klaus',
        lastname: 'Becker',
        email: 'klaus.becker@kunde.example',
        phone: '+49 30 1234567',
        hs_timezone: 'Europe/Berlin',
        hubspot_owner_id: '82001',
        company: 'Kunde GmbH',
        jobtitle: 'Einkauf',
      },
    },
  ],
  // No call and meeting types configured: the card must not offer any.
  meetingTypes: [],
};

/** The realistic demo seed used when startEmulator gets none. */
export const defaultSeed: EmulatorSeed = {
  accounts: [acme, globex],
  tokens: [
    {
      token: ACME_TOKEN,
      portalId: 1001,
      scopes: [...ALL_APP_SCOPES, ...RECORD_AND_SLOT_SCOPES],
      label: 'Acme Demo private app (all scopes)',
    },
    {
      token: ACME_CONTACTS_ONLY_TOKEN,
      portalId: 1001,
      scopes: [...ALL_APP_SCOPES],
      label: 'Acme Demo private app without companies, deals and meeting-link scopes',
    },
    {
      token: ACME_READ_ONLY_TOKEN,
      portalId: 1001,
      scopes: ['crm.objects.contacts.read', 'crm.objects.owners.read'],
      label: 'Acme Demo private app without crm.objects.contacts.write',
    },
    {
      token: GLOBEX_TOKEN,
      portalId: 1002,
      scopes: [...ALL_APP_SCOPES, ...RECORD_AND_SLOT_SCOPES],
      label: 'Globex Trial private app (all scopes)',
    },
  ],
  oauthApps: [DEMO_OAUTH_APP],
};

/**
 * The default seed with portal 1001's users and owners replaced by `count` generated ones
 * (users 700001.., owners 900001..; every 10th owner archived). For paging and benchmark runs.
 */
export function seedWithOwners(count: number, base: EmulatorSeed = defaultSeed): EmulatorSeed {
  const users: SeedUser[] = [];
  const owners: SeedOwner[] = [];
  for (let i = 1; i <= count; i += 1) {
    const n = String(i).padStart(5, '0');
    const user = { id: String(700000 + i), email: `rep${n}@acme.example`, firstName: 'Rep', lastName: n };
    users.push(user);
    owners.push({ id: String(900000 + i), userId: user.id, ...withoutId(user), archived: i % 10 === 0 });
  }
  const copy = cloneSeed(base);
  const first = copy.accounts[0];
  if (first) {
    first.users = users;
    first.owners = owners;
  }
  return copy;
}

function withoutId(user: SeedUser): Omit<SeedUser, 'id'> {
  return { email: user.email, firstName: user.firstName, lastName: user.lastName };
}

export function cloneSeed(seed: EmulatorSeed): EmulatorSeed {
  return structuredClone(seed);
}
