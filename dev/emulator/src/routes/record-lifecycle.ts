// The calls `npm run smoke` (dev/smoke) makes besides the app's own and the primary-store reads
// (meeting-reads.ts): create and archive a contact, archive a meeting, the account's details, and a
// deals list to meet a missing scope. Shapes from the 2026-03 specs (CRM/Objects, Account/Account Info).
//
// Each route is added only when no other route file already serves it, so a fuller implementation
// elsewhere in the emulator takes precedence without a clash.
import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import { authenticate } from '../auth';
import { guard, isoOf, type EmulatorContext } from '../context';
import { errorBody, HubSpotError, notFound } from '../errors';
import { WRITE_SCOPES } from './meetings';

const DEALS_READ_SCOPES = ['crm.objects.deals.read'];
// No token of ours holds it: the app never asks for tickets (the smoke test's missing-scope probe).
const TICKETS_READ_SCOPES = ['tickets'];
type Method = 'GET' | 'POST' | 'DELETE';

export function registerRecordLifecycleRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  const add = (method: Method, url: string, handler: RouteHandlerMethod) => {
    if (!app.hasRoute({ method, url })) app.route({ method, url, handler });
  };

  add('GET', '/account-info/2026-03/details', async (request) => {
    // Any valid token may read its own account's details.
    const auth = authenticate(ctx.store, ctx.clock, request.headers.authorization);
    ctx.limiter.take(auth.rateLimitKey, ctx.clock.now());
    const account = ctx.store.account(auth.portalId);
    return {
      portalId: auth.portalId,
      accountType: 'DEVELOPER_TEST',
      timeZone: account?.timezone ?? 'UTC',
      companyCurrency: 'USD',
      additionalCurrencies: [],
      utcOffset: '+00:00',
      utcOffsetMilliseconds: 0,
      uiDomain: 'app.hubspot.com',
      dataHostingLocation: 'na1',
    };
  });

  add('POST', '/crm/objects/2026-03/contacts', async (request, reply) => {
    const auth = guard(ctx, request, WRITE_SCOPES);
    const account = ctx.store.account(auth.portalId);
    if (!account) throw notFound(`No account ${auth.portalId}`);
    const { properties = {} } = (request.body ?? {}) as { properties?: Record<string, string> };
    const email = properties.email?.toLowerCase();
    const existing = email && account.contacts.find((c) => c.properties.email?.toLowerCase() === email);
    if (existing) {
      throw new HubSpotError(
        409,
        errorBody('CONFLICT', `Contact already exists. Existing ID: ${existing.id}`),
      );
    }
    const id = String(Math.max(100, ...account.contacts.map((c) => Number(c.id) || 0)) + 1);
    const now = isoOf(ctx.clock.now());
    const stored = { id, properties: { ...properties, createdate: now, lastmodifieddate: now } };
    account.contacts.push(stored);
    ctx.store.save();
    reply.code(201);
    return {
      id,
      properties: { ...stored.properties, hs_object_id: id },
      createdAt: now,
      updatedAt: now,
      archived: false,
    };
  });

  add('DELETE', '/crm/objects/2026-03/contacts/:contactId', async (request, reply) => {
    const auth = guard(ctx, request, WRITE_SCOPES);
    const { contactId } = request.params as { contactId: string };
    const account = ctx.store.account(auth.portalId);
    const index = account?.contacts.findIndex((c) => c.id === contactId) ?? -1;
    if (account && index !== -1) {
      account.contacts.splice(index, 1);
      ctx.store.save();
    }
    // HubSpot answers 204 whether or not the record was there.
    return reply.code(204).send();
  });

  add('DELETE', '/crm/objects/2026-03/meetings/:meetingId', async (request, reply) => {
    const auth = guard(ctx, request, WRITE_SCOPES);
    const { meetingId } = request.params as { meetingId: string };
    const index = ctx.store.state.meetings.findIndex(
      (m) => m.id === meetingId && m.portalId === auth.portalId,
    );
    if (index !== -1) {
      ctx.store.state.meetings.splice(index, 1);
      ctx.store.save();
    }
    return reply.code(204).send();
  });

  add('GET', '/crm/objects/2026-03/deals', async (request) => {
    guard(ctx, request, DEALS_READ_SCOPES);
    return { results: [] };
  });

  add('GET', '/crm/objects/2026-03/tickets', async (request) => {
    guard(ctx, request, TICKETS_READ_SCOPES);
    return { results: [] };
  });
}
