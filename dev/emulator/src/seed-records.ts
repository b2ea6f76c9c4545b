// Acme Demo's companies, deals (open and closed), scheduling pages, busy blocks and calendars (issue 10).
// Busy blocks are relative to the emulator's "now" (day offsets), so the seed never goes stale.
import type { SeedAccount } from './types';

type Records = Required<
  Pick<SeedAccount, 'companies' | 'deals' | 'meetingLinks' | 'busyBlocks' | 'calendars' | 'associationLabels'>
>;

const weekdays = [1, 2, 3, 4, 5];

export const acmeRecords: Records = {
  companies: [
    {
      id: '301',
      properties: { name: 'Cliente Ltda', domain: 'cliente.example', city: 'São Paulo' },
      contactIds: ['101'],
    },
    {
      id: '302',
      properties: { name: 'Northwind', domain: 'northwind.example', city: 'New York' },
      contactIds: ['102', '107'],
    },
    {
      id: '303',
      properties: { name: 'Iberia Soft', domain: 'iberia-soft.example', city: 'Madrid' },
      contactIds: ['103'],
    },
    {
      id: '304',
      properties: { name: 'Kaisha KK', domain: 'kaisha.example', city: 'Tokyo' },
      contactIds: ['104'],
    },
    // A company with no contacts: the card on it offers nobody to book with.
    {
      id: '305',
      properties: { name: 'Empty Shell Co', domain: 'empty.example', city: 'Lisbon' },
      contactIds: [],
    },
  ],
  deals: [
    {
      id: '401',
      properties: {
        dealname: 'Northwind platform rollout',
        dealstage: 'presentationscheduled',
        pipeline: 'default',
        amount: '48000',
        closedate: '2026-06-30T00:00:00.000Z',
        hs_is_closed: 'false',
      },
      contactIds: ['102', '107'],
      companyIds: ['302'],
    },
    {
      id: '402',
      properties: {
        dealname: 'Northwind support renewal',
        dealstage: 'closedwon',
        pipeline: 'default',
        amount: '12000',
        closedate: '2025-11-30T00:00:00.000Z',
        hs_is_closed: 'true',
      },
      contactIds: ['102'],
      companyIds: ['302'],
    },
    {
      id: '403',
      properties: {
        dealname: 'Cliente Ltda pilot',
        dealstage: 'qualifiedtobuy',
        pipeline: 'default',
        amount: '9000',
        closedate: '2026-04-15T00:00:00.000Z',
        hs_is_closed: 'false',
      },
      contactIds: ['101'],
      companyIds: ['301'],
    },
    {
      id: '404',
      properties: {
        dealname: 'Cliente Ltda 2025 expansion',
        dealstage: 'closedlost',
        pipeline: 'default',
        amount: '30000',
        closedate: '2025-09-01T00:00:00.000Z',
        hs_is_closed: 'true',
      },
      contactIds: ['101'],
      companyIds: ['301'],
    },
    {
      id: '405',
      properties: {
        dealname: 'Iberia Soft licences',
        dealstage: 'appointmentscheduled',
        pipeline: 'default',
        amount: '15000',
        closedate: '2026-05-31T00:00:00.000Z',
        hs_is_closed: 'false',
      },
      contactIds: ['103'],
      companyIds: ['303'],
    },
  ],
  meetingLinks: [
    {
      id: '5001',
      slug: 'ana-souza',
      name: 'Meet Ana',
      type: 'PERSONAL_LINK',
      organizerUserId: '7001',
      userIdsOfLinkMembers: ['7001'],
      defaultLink: true,
      durationsMinutes: [30, 60],
      workingHours: { timeZone: 'America/Sao_Paulo', weekdays, start: '09:00', end: '18:00' },
      rollingWindowDays: 45,
    },
    {
      id: '5002',
      slug: 'ana-souza/demo',
      name: 'Product demo with Ana',
      type: 'PERSONAL_LINK',
      organizerUserId: '7001',
      userIdsOfLinkMembers: ['7001'],
      defaultLink: false,
      durationsMinutes: [45],
      workingHours: { timeZone: 'America/Sao_Paulo', weekdays: [2, 4], start: '14:00', end: '17:00' },
      rollingWindowDays: 30,
    },
    {
      id: '5003',
      slug: 'ben-carter',
      name: 'Meet Ben',
      type: 'PERSONAL_LINK',
      organizerUserId: '7002',
      userIdsOfLinkMembers: ['7002'],
      defaultLink: true,
      durationsMinutes: [15, 30],
      workingHours: { timeZone: 'America/New_York', weekdays, start: '09:00', end: '17:00' },
      rollingWindowDays: 30,
    },
    {
      // Carmen's calendar connection is offline (see calendars).
      id: '5004',
      slug: 'carmen-ruiz',
      name: 'Reunión con Carmen',
      type: 'PERSONAL_LINK',
      organizerUserId: '7003',
      userIdsOfLinkMembers: ['7003'],
      defaultLink: true,
      durationsMinutes: [30],
      workingHours: { timeZone: 'Europe/Madrid', weekdays, start: '09:00', end: '14:00' },
      rollingWindowDays: 30,
    },
    // Dev Patel (7004) has no meeting link.
  ],
  busyBlocks: [
    { userId: '7001', timeZone: 'America/Sao_Paulo', dayOffset: 1, start: '10:00', end: '11:30' },
    { userId: '7001', timeZone: 'America/Sao_Paulo', dayOffset: 1, start: '14:00', end: '15:00' },
    { userId: '7001', timeZone: 'America/Sao_Paulo', dayOffset: 2, start: '09:00', end: '12:00' },
    { userId: '7002', timeZone: 'America/New_York', dayOffset: 1, start: '09:00', end: '10:30' },
  ],
  calendars: [
    { userId: '7001', provider: 'GOOGLE' },
    { userId: '7002', provider: 'OFFICE365' },
    { userId: '7003', provider: 'GOOGLE', offline: true },
  ],
  associationLabels: [
    { fromObjectType: 'meetings', toObjectType: 'deals', typeId: 37, label: 'Decision meeting' },
  ],
};
