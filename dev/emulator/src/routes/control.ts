// The emulator's own control API under /__emulator/ (no auth: a local dev tool, never exposed).
import type { FastifyInstance } from 'fastify';
import type { EmulatorContext } from '../context';
import { isoOf } from '../context';
import { validationError } from '../errors';
import type { LagOptions } from '../lag';
import type { FaultRule } from '../types';
import { revokeInstall } from './oauth';

export function registerControlRoutes(app: FastifyInstance, ctx: EmulatorContext, reset: () => void): void {
  app.get('/__emulator/state', async () => {
    const { seed, meetings, oauth } = ctx.store.state;
    return {
      now: isoOf(ctx.clock.now()),
      lag: ctx.lag.settings(),
      accounts: seed.accounts.map((a) => ({
        portalId: a.portalId,
        name: a.name,
        timezone: a.timezone,
        users: a.users.length,
        owners: a.owners.length,
        contacts: a.contacts.length,
        companies: a.companies?.length ?? 0,
        deals: a.deals?.length ?? 0,
        meetingLinks: a.meetingLinks?.length ?? 0,
        meetingTypes: a.meetingTypes.map((t) => t.value),
        meetings: meetings.filter((m) => m.portalId === a.portalId).length,
      })),
      tokens: seed.tokens.map((t) => ({
        token: t.token,
        portalId: t.portalId,
        scopes: t.scopes,
        label: t.label,
      })),
      oauthApps: seed.oauthApps.map((a) => ({
        appId: a.appId,
        name: a.name,
        clientId: a.clientId,
        redirectUrls: a.redirectUrls,
      })),
      installs: oauth.installs,
      faults: ctx.faults.list(),
    };
  });

  app.get('/__emulator/meetings', async (request) => {
    const q = request.query as { portalId?: string; contactId?: string };
    return ctx.store
      .meetings(q.portalId ? Number(q.portalId) : undefined)
      .filter((m) => !q.contactId || m.associations.contacts.includes(q.contactId));
  });

  app.get('/__emulator/contacts', async (request) => {
    const q = request.query as { portalId?: string };
    return ctx.store.state.seed.accounts
      .filter((a) => !q.portalId || a.portalId === Number(q.portalId))
      .flatMap((a) => a.contacts.map((c) => ({ portalId: a.portalId, ...c })));
  });

  // Companies and deals, for the workbench's record picker (issue 10).
  for (const kind of ['companies', 'deals'] as const) {
    app.get(`/__emulator/${kind}`, async (request) => {
      const q = request.query as { portalId?: string };
      return ctx.store.state.seed.accounts
        .filter((a) => !q.portalId || a.portalId === Number(q.portalId))
        .flatMap((a) => (a[kind] ?? []).map((r) => ({ portalId: a.portalId, ...r })));
    });
  }

  app.get('/__emulator/faults', async () => ctx.faults.list());
  app.post('/__emulator/faults', async (request, reply) => {
    try {
      const id = ctx.faults.add(request.body as FaultRule);
      return reply.code(201).send({ id });
    } catch (e) {
      throw validationError((e as Error).message, [{ message: (e as Error).message, in: 'body' }]);
    }
  });
  app.delete('/__emulator/faults', async (_request, reply) => {
    ctx.faults.clear();
    return reply.code(204).send();
  });
  app.delete('/__emulator/faults/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    return reply.code(ctx.faults.remove(id) ? 204 : 404).send();
  });

  app.get('/__emulator/calls', async () => ctx.calls.summary());
  app.delete('/__emulator/calls', async (_request, reply) => {
    ctx.calls.reset();
    return reply.code(204).send();
  });

  app.post('/__emulator/reset', async (_request, reply) => {
    reset();
    return reply.code(204).send();
  });

  app.post('/__emulator/clock/advance', async (request) => {
    const { ms } = (request.body ?? {}) as { ms?: unknown };
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
      throw validationError('ms must be a non-negative number', [{ message: 'invalid ms', in: 'ms' }]);
    ctx.clock.advance(ms);
    return { now: isoOf(ctx.clock.now()) };
  });

  // Lags: the distributions new writes draw their visibility delays from (see lag.ts).
  app.get('/__emulator/lag', async () => ctx.lag.settings());
  app.put('/__emulator/lag', async (request) => {
    try {
      return ctx.lag.set((request.body ?? {}) as LagOptions);
    } catch (e) {
      throw validationError((e as Error).message, [{ message: (e as Error).message, in: 'body' }]);
    }
  });
  app.post('/__emulator/lag/settle', async (_request, reply) => {
    ctx.store.settleVisibility(ctx.clock.now());
    return reply.code(204).send();
  });

  app.post('/__emulator/oauth/revoke', async (request) => {
    const body = (request.body ?? {}) as { portalId?: unknown; appId?: unknown; clientId?: unknown };
    const portalId = Number(body.portalId);
    if (!Number.isInteger(portalId))
      throw validationError('portalId is required', [{ message: 'portalId is required', in: 'portalId' }]);
    const appId =
      typeof body.appId === 'number'
        ? body.appId
        : ctx.store.state.seed.oauthApps.find((a) => a.clientId === body.clientId)?.appId;
    return { revoked: revokeInstall(ctx, portalId, appId) };
  });
}
