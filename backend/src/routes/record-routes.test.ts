// The signed routes on contact, deal and company records (issue 10): the record context in the
// form-options answer, booking with company/deal associations and the server-side contact check, the
// outcome change. Real backend, real emulator, the OAuth install granting the optional scopes.
import {
  createBody,
  installApp,
  meetingParameters,
  signedFetch,
  startStack,
  type Stack,
} from '../test-support';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ storage: 'sqlite' });
  expect((await installApp(stack, 1001, '7001')).status).toBe(200);
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => stack.emulator.resetCalls());

const meetings = '/api/meetings?portalId=1001&userId=7001';
const onRecord = (recordType: string, recordId: string, parameters: Record<string, unknown> = {}) => ({
  portalId: '1001',
  userId: '7001',
  recordType,
  recordId,
  parameters: { ...meetingParameters({ organizerUserId: '7001' }), ...parameters },
});

describe('the signed routes on deal and company records', () => {
  it('installs with the optional scopes offered', async () => {
    const start = await fetch(`${stack.backend.url}/oauth/install`, { redirect: 'manual' });
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.searchParams.get('optional_scope')?.split(' ').sort()).toEqual([
      'crm.objects.companies.read',
      'crm.objects.deals.read',
      'scheduler.meetings.meeting-link.read',
    ]);
  });

  it('answers the form options and the record context in one call', async () => {
    const response = await signedFetch(stack, {
      method: 'POST',
      path: '/api/form-options',
      body: {
        portalId: '1001',
        userId: '7001',
        withContext: true,
        recordType: '0-3',
        recordId: '401',
        timeZone: 'UTC',
      },
    });
    expect(await response.json()).toMatchObject({
      ok: true,
      options: { organizer: { ownerId: '81001' } },
      context: {
        ok: true,
        context: {
          recordType: 'deals',
          selectedContactId: '102',
          company: { id: '302' },
          slots: { kind: 'link' },
        },
      },
    });
  });

  it('answers a contact’s open deals on their own request (contactDeals), beside the main load', async () => {
    const deals = (body: Record<string, unknown>) =>
      signedFetch(stack, {
        method: 'POST',
        path: '/api/form-options',
        body: { portalId: '1001', userId: '7001', contactDeals: true, ...body },
      }).then((r) => r.json());
    // The contact read with its deal associations, then the deals batch read; 402 is closed won.
    expect(await deals({ recordId: '102' })).toEqual({
      ok: true,
      deals: [
        { id: '401', name: 'Northwind platform rollout', stage: 'presentationscheduled', amount: '48000' },
      ],
      limited: [],
    });
    expect(stack.emulator.callCount('POST', '/crm/objects/2026-03/deals/batch/read')).toBe(1);
    stack.emulator.resetCalls();
    // A contact without deals: the contact read only.
    expect(await deals({ recordId: '104' })).toEqual({ ok: true, deals: [], limited: [] });
    expect(stack.emulator.calls().total).toBe(1);
    // Not the main load: no options, no context; and no deals on a deal or company record.
    expect(await deals({ recordType: '0-3', recordId: '401' })).toMatchObject({
      ok: false,
      error: { code: 'NO_CONTACT' },
    });
    expect(await deals({ recordId: '../102' })).toMatchObject({ ok: false, error: { code: 'NO_CONTACT' } });
    expect(stack.emulator.calls().total).toBe(1);
  });

  it('books from a deal with the chosen contact, and refuses a contact HubSpot does not list on it', async () => {
    const refused = await signedFetch(stack, {
      method: 'POST',
      path: meetings,
      body: onRecord('deals', '401', { contactId: '101' }),
    });
    expect(await refused.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_ERROR', fields: { contactId: {} } },
    });
    expect(stack.emulator.meetings(1001)).toHaveLength(0);
    const booked = await signedFetch(stack, {
      method: 'POST',
      path: meetings,
      body: onRecord('deals', '401', { contactId: '107' }),
    });
    const result = await booked.json();
    expect(result).toMatchObject({ ok: true, meeting: { contactId: '107' } });
    const stored = stack.emulator.meetings(1001).find((m) => m.id === result.meeting.id);
    expect(stored?.associations).toEqual({ contacts: ['107'], companies: ['302'], deals: ['401'] });
  });

  it('on a contact (the older body) also associates the primary company; then marks the meeting NO_SHOW', async () => {
    const booked = await signedFetch(stack, {
      method: 'POST',
      path: meetings,
      body: createBody(1001, '7001', '103'),
    });
    const result = await booked.json();
    expect(result.ok).toBe(true);
    const stored = stack.emulator.meetings(1001).find((m) => m.id === result.meeting.id);
    expect(stored?.associations).toEqual({ contacts: ['103'], companies: ['303'], deals: [] });
    const outcome = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings/outcome?portalId=1001&userId=7001',
      body: {
        portalId: '1001',
        userId: '7001',
        contactId: '103',
        meetingId: result.meeting.id,
        outcome: 'NO_SHOW',
      },
    });
    expect(await outcome.json()).toEqual({ ok: true, meetingId: result.meeting.id, outcome: 'NO_SHOW' });
    const elsewhere = await signedFetch(stack, {
      method: 'POST',
      path: '/api/meetings/outcome?portalId=1001&userId=7001',
      body: {
        portalId: '1001',
        userId: '7001',
        contactId: '101',
        meetingId: result.meeting.id,
        outcome: 'CANCELED',
      },
    });
    expect(await elsewhere.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      stack.emulator.meetings(1001).find((m) => m.id === result.meeting.id)?.properties.hs_meeting_outcome,
    ).toBe('NO_SHOW');
  });
});
