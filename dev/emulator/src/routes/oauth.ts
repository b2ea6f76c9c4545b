// OAuth for the marketplace app: the consent page (app.hubspot.com/oauth/authorize), the token
// endpoint (authorization_code and refresh_token grants), introspection, revocation and uninstall.
// /oauth/2026-03/* answers the shapes of HubSpot's 2026-03 spec (PublicApiSpecs/Auth/Oauth/Rollouts/
// 279897/2026-03/oauth.json): tokens with `token_use`, errors as `{category, correlationId, message}`.
// /oauth/v1/token keeps the v1 shapes (`status`, `error: invalid_grant`).
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { authenticate } from '../auth';
import type { EmulatorContext } from '../context';
import { errorBody, HubSpotError } from '../errors';
import type { SeedOAuthApp } from '../types';

/** Authorization codes are short-lived at HubSpot too. */
const CODE_TTL_MS = 10 * 60 * 1000;

type Form = Record<string, string | undefined>;

/** Which version of HubSpot's OAuth API is answering: the shapes of tokens and errors differ. */
type Flavour = '2026-03' | 'v1';

/** One OAuth failure, answered in the shape of the endpoint's version. */
interface OAuthFailure {
  /** v1 `status` (BAD_REFRESH_TOKEN, BAD_CLIENT_SECRET, …). */
  status: string;
  /** RFC 6749 `error` (v1 carries it; 2026-03 does not). */
  error: string;
  /** 2026-03 `category`. */
  category: 'VALIDATION_ERROR' | 'INVALID_AUTHENTICATION';
  message: string;
}

export function registerOAuthRoutes(app: FastifyInstance, ctx: EmulatorContext): void {
  // /oauth/{portalId}/authorize is HubSpot's authorize page for one account: no other can be chosen.
  app.get('/oauth/authorize', async (request, reply) => authorize(request.query as Form, reply));
  app.get('/oauth/:portalId/authorize', async (request, reply) => {
    const fixed = Number((request.params as { portalId: string }).portalId);
    if (!ctx.store.account(fixed)) return htmlError(reply, `Authorization failed: no account ${fixed}.`);
    return authorize(request.query as Form, reply, fixed);
  });

  async function authorize(q: Form, reply: FastifyReply, fixedPortalId?: number) {
    const oauthApp = ctx.store.state.seed.oauthApps.find((a) => a.clientId === q.client_id);
    if (!oauthApp) return htmlError(reply, 'Authorization failed: unknown client_id.');
    if (!q.redirect_uri || !oauthApp.redirectUrls.includes(q.redirect_uri)) {
      return htmlError(
        reply,
        "Authorization failed: redirect_uri does not match any of the app's redirect URLs.",
      );
    }
    const requested = splitScopes(q.scope);
    const optional = splitScopes(q.optional_scope).filter((s) => oauthApp.optionalScopes?.includes(s));
    const allowed = new Set([...oauthApp.scopes, ...(oauthApp.optionalScopes ?? [])]);
    const missing = oauthApp.scopes.filter((s) => !requested.includes(s));
    const unknown = requested.filter((s) => !allowed.has(s));
    if (missing.length || unknown.length) {
      return htmlError(
        reply,
        `Authorization failed: scope mismatch (missing required: ${missing.join(' ') || 'none'}; not allowed: ${unknown.join(' ') || 'none'}).`,
      );
    }
    const redirect = new URL(q.redirect_uri);
    if (q.deny === '1') {
      redirect.searchParams.set('error', 'access_denied');
      if (q.state !== undefined) redirect.searchParams.set('state', q.state);
      return reply.redirect(redirect.toString(), 302);
    }
    if (q.autoApprove === '1' && (q.portalId || fixedPortalId !== undefined)) {
      const portalId = fixedPortalId ?? Number(q.portalId);
      if (fixedPortalId !== undefined && q.portalId && Number(q.portalId) !== fixedPortalId)
        return htmlError(reply, `Authorization failed: this page is for account ${fixedPortalId} only.`);
      const account = ctx.store.account(portalId);
      if (!account) return htmlError(reply, `Authorization failed: no account ${portalId}.`);
      const userId = q.userId ?? account.users[0]?.id ?? '0';
      const user = account.users.find((u) => u.id === userId);
      if (user?.canInstallApps === false) {
        // HubSpot stops here: only users allowed to install apps can approve one.
        return htmlError(
          reply,
          "You don't have permission to install apps in this account. Ask a super admin.",
          403,
        );
      }
      const code = `code-emu-${randomBytes(12).toString('hex')}`;
      ctx.store.state.oauth.codes.push({
        code,
        clientId: oauthApp.clientId,
        redirectUri: q.redirect_uri,
        portalId: account.portalId,
        userId,
        scopes: [...new Set([...requested, ...optional])],
        expiresAt: ctx.clock.now() + CODE_TTL_MS,
      });
      ctx.store.save();
      redirect.searchParams.set('code', code);
      if (q.state !== undefined) redirect.searchParams.set('state', q.state);
      return reply.redirect(redirect.toString(), 302);
    }
    return reply.type('text/html; charset=utf-8').send(consentPage(ctx, oauthApp, q, fixedPortalId));
  }

  const tokenHandler = (flavour: Flavour) => async (request: { body: unknown }, reply: FastifyReply) => {
    const form = (request.body ?? {}) as Form;
    const client = checkClient(ctx, form);
    if (!client.ok) return oauthError(reply, flavour, client.failure);
    const oauthApp = client.app;
    const result =
      form.grant_type === 'authorization_code'
        ? codeGrant(ctx, oauthApp, form)
        : form.grant_type === 'refresh_token'
          ? refreshGrant(ctx, oauthApp, form)
          : ({
              ok: false,
              failure: {
                status: 'BAD_GRANT_TYPE',
                error: 'unsupported_grant_type',
                category: 'VALIDATION_ERROR',
                message: 'grant_type must be authorization_code or refresh_token',
              },
            } as const);
    if (!result.ok) return oauthError(reply, flavour, result.failure);
    return tokenBody(ctx, flavour, result.issued);
  };
  app.post('/oauth/2026-03/token', tokenHandler('2026-03'));
  app.post('/oauth/v1/token', tokenHandler('v1'));

  app.post('/oauth/2026-03/token/introspect', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    const client = checkClient(ctx, form);
    if (!client.ok) return oauthError(reply, '2026-03', client.failure);
    const oauthApp = client.app;
    const now = ctx.clock.now();
    const access = ctx.store.state.oauth.accessTokens.find(
      (t) => t.token === form.token && t.appId === oauthApp.appId,
    );
    const install = (portalId: number) =>
      ctx.store.state.oauth.installs.find((i) => i.appId === oauthApp.appId && i.portalId === portalId);
    if (access && access.expiresAt > now) {
      return {
        active: true,
        token: access.token,
        token_type: 'bearer',
        token_use: 'access_token',
        client_id: oauthApp.clientId,
        app_id: access.appId,
        hub_id: access.portalId,
        user_id: Number(access.userId),
        scopes: access.scopes,
        expires_in: Math.floor((access.expiresAt - now) / 1000),
        is_private_distribution: false,
        signed_access_token: {
          appId: access.appId,
          appInstallId: `${access.appId}-${access.portalId}`,
          audience: 'api.hubapi.com',
          expiresAt: access.expiresAt,
          hubId: access.portalId,
          hublet: 'na1',
          installingUserId: Number(install(access.portalId)?.userId ?? access.userId),
          isPrivateDistribution: false,
          isServiceAccount: false,
          isUserLevel: false,
          newSignature: 'emulator',
          scopeToScopeGroupPks: '',
          scopes: access.scopes.join(' '),
          signature: 'emulator',
          trialScopeToScopeGroupPks: '',
          trialScopes: '',
          userId: Number(access.userId),
        },
      };
    }
    const refresh = ctx.store.state.oauth.refreshTokens.find(
      (t) => t.token === form.token && t.appId === oauthApp.appId,
    );
    if (refresh) {
      return {
        active: true,
        token: refresh.token,
        token_type: 'bearer',
        token_use: 'refresh_token',
        client_id: oauthApp.clientId,
        app_id: refresh.appId,
        hub_id: refresh.portalId,
        user_id: Number(refresh.userId),
        scopes: refresh.scopes,
      };
    }
    // The spec models only active tokens; RFC 7662 answers an unknown, expired or revoked one so.
    return { active: false };
  });

  // RFC 7009: revoking a refresh token also ends the access tokens of its grant; the install stays.
  app.post('/oauth/2026-03/token/revoke', async (request, reply) => {
    const form = (request.body ?? {}) as Form;
    const client = checkClient(ctx, form);
    if (!client.ok) return oauthError(reply, '2026-03', client.failure);
    const oauth = ctx.store.state.oauth;
    const appId = client.app.appId;
    const refresh = oauth.refreshTokens.find((t) => t.token === form.token && t.appId === appId);
    if (refresh) {
      oauth.refreshTokens = oauth.refreshTokens.filter((t) => t !== refresh);
      oauth.accessTokens = oauth.accessTokens.filter(
        (t) => !(t.appId === appId && t.portalId === refresh.portalId && t.userId === refresh.userId),
      );
    } else {
      oauth.accessTokens = oauth.accessTokens.filter((t) => !(t.token === form.token && t.appId === appId));
    }
    ctx.store.save();
    // An unknown token is not an error either (RFC 7009 section 2.2).
    return reply.code(200).send();
  });

  app.delete('/appinstalls/2026-03/external-install', async (request, reply) => {
    const auth = authenticate(ctx.store, ctx.clock, request.headers.authorization);
    if (auth.kind !== 'oauth' || auth.appId === undefined) {
      throw new HubSpotError(
        400,
        errorBody(
          'VALIDATION_ERROR',
          "Only an OAuth app installation can be uninstalled this way (use the app's access token).",
        ),
      );
    }
    revokeInstall(ctx, auth.portalId, auth.appId);
    return reply.code(204).send();
  });
}

/** Uninstalls an app from an account: the install, its codes, access and refresh tokens are gone. */
export function revokeInstall(ctx: EmulatorContext, portalId: number, appId?: number): number {
  const oauth = ctx.store.state.oauth;
  const hit = (t: { portalId: number; appId: number }) =>
    t.portalId === portalId && (appId === undefined || t.appId === appId);
  let revoked = 0;
  for (const install of oauth.installs) {
    if (hit(install) && install.active) {
      install.active = false;
      revoked += 1;
    }
  }
  oauth.accessTokens = oauth.accessTokens.filter((t) => !hit(t));
  oauth.refreshTokens = oauth.refreshTokens.filter((t) => !hit(t));
  const appClientIds = new Set(
    ctx.store.state.seed.oauthApps
      .filter((a) => appId === undefined || a.appId === appId)
      .map((a) => a.clientId),
  );
  oauth.codes = oauth.codes.filter((c) => !(c.portalId === portalId && appClientIds.has(c.clientId)));
  ctx.store.save();
  return revoked;
}

type ClientCheck = { ok: true; app: SeedOAuthApp } | { ok: false; failure: OAuthFailure };

function checkClient(ctx: EmulatorContext, form: Form): ClientCheck {
  const oauthApp = ctx.store.state.seed.oauthApps.find((a) => a.clientId === form.client_id);
  const bad = (status: string, message: string): ClientCheck => ({
    ok: false,
    failure: { status, error: 'invalid_client', category: 'INVALID_AUTHENTICATION', message },
  });
  if (!oauthApp) return bad('BAD_CLIENT_ID', 'missing or unknown client_id');
  if (form.client_secret !== oauthApp.clientSecret)
    return bad('BAD_CLIENT_SECRET', 'missing or invalid client_secret');
  return { ok: true, app: oauthApp };
}

interface Issued {
  accessToken: string;
  refreshToken: string;
  portalId: number;
  userId: string;
  scopes: string[];
}

type GrantResult = { ok: true; issued: Issued } | { ok: false; failure: OAuthFailure };

const badGrant = (status: string, message: string): GrantResult => ({
  ok: false,
  failure: { status, error: 'invalid_grant', category: 'VALIDATION_ERROR', message },
});

function codeGrant(ctx: EmulatorContext, oauthApp: SeedOAuthApp, form: Form): GrantResult {
  const oauth = ctx.store.state.oauth;
  const code = oauth.codes.find((c) => c.code === form.code && c.clientId === oauthApp.clientId);
  if (!code || code.expiresAt <= ctx.clock.now()) {
    return badGrant('BAD_AUTH_CODE', 'missing, expired or already used authorization code');
  }
  if (form.redirect_uri !== code.redirectUri) {
    return badGrant('BAD_REDIRECT_URI', 'redirect_uri does not match the one used to authorize');
  }
  // A code is good for one exchange only.
  oauth.codes = oauth.codes.filter((c) => c !== code);
  const install = oauth.installs.find((i) => i.appId === oauthApp.appId && i.portalId === code.portalId);
  if (install) Object.assign(install, { active: true, scopes: code.scopes, userId: code.userId });
  else
    oauth.installs.push({
      appId: oauthApp.appId,
      portalId: code.portalId,
      userId: code.userId,
      scopes: code.scopes,
      active: true,
    });
  const refreshToken = `ort-emu-${code.portalId}-${randomBytes(16).toString('hex')}`;
  oauth.refreshTokens.push({
    token: refreshToken,
    appId: oauthApp.appId,
    portalId: code.portalId,
    userId: code.userId,
    scopes: code.scopes,
  });
  return issueAccessToken(
    ctx,
    oauthApp,
    { portalId: code.portalId, userId: code.userId, scopes: code.scopes },
    refreshToken,
  );
}

function refreshGrant(ctx: EmulatorContext, oauthApp: SeedOAuthApp, form: Form): GrantResult {
  const refresh = ctx.store.state.oauth.refreshTokens.find(
    (t) => t.token === form.refresh_token && t.appId === oauthApp.appId,
  );
  if (!refresh) {
    // What an uninstalled app sees: treat as "the account removed us".
    return badGrant('BAD_REFRESH_TOKEN', 'missing or invalid refresh token');
  }
  return issueAccessToken(ctx, oauthApp, refresh, refresh.token);
}

function issueAccessToken(
  ctx: EmulatorContext,
  oauthApp: SeedOAuthApp,
  grant: { portalId: number; userId: string; scopes: string[] },
  refreshToken: string,
): GrantResult {
  const token = `oat-emu-${grant.portalId}-${randomBytes(16).toString('hex')}`;
  ctx.store.state.oauth.accessTokens.push({
    token,
    appId: oauthApp.appId,
    portalId: grant.portalId,
    userId: grant.userId,
    scopes: grant.scopes,
    expiresAt: ctx.clock.now() + ctx.oauthAccessTokenTtlSeconds * 1000,
  });
  ctx.store.save();
  return { ok: true, issued: { accessToken: token, refreshToken, ...grant } };
}

function tokenBody(ctx: EmulatorContext, flavour: Flavour, issued: Issued) {
  const identity = { hub_id: issued.portalId, user_id: Number(issued.userId), scopes: issued.scopes };
  const base = {
    access_token: issued.accessToken,
    refresh_token: issued.refreshToken,
    expires_in: ctx.oauthAccessTokenTtlSeconds,
    token_type: 'bearer',
  };
  if (flavour === 'v1') return { ...base, ...identity };
  // 2026-03 AccessTokenResponse: hub_id, user_id and scopes are optional there.
  return {
    ...base,
    token_use: 'access_token',
    ...(ctx.oauthTokenFields === 'all' ? identity : {}),
  };
}

function oauthError(reply: FastifyReply, flavour: Flavour, failure: OAuthFailure) {
  const correlationId = randomUUID();
  const body =
    flavour === '2026-03'
      ? { category: failure.category, correlationId, message: failure.message }
      : {
          status: failure.status,
          message: failure.message,
          correlationId,
          error: failure.error,
          error_description: failure.message,
        };
  return reply.code(400).send(body);
}

function htmlError(reply: FastifyReply, message: string, status = 400) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><title>Authorization error</title><p role="alert">${escapeHtml(message)}</p>`);
}

function splitScopes(value: string | undefined): string[] {
  return (value ?? '').split(/[\s+]+/).filter(Boolean);
}

function consentPage(ctx: EmulatorContext, oauthApp: SeedOAuthApp, q: Form, fixedPortalId?: number): string {
  const hidden = (name: string, value: string | undefined) =>
    value === undefined
      ? ''
      : `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
  const base = ['client_id', 'scope', 'optional_scope', 'redirect_uri', 'state']
    .map((n) => hidden(n, q[n]))
    .join('');
  const accounts = ctx.store.state.seed.accounts
    .filter((a) => fixedPortalId === undefined || a.portalId === fixedPortalId)
    .map(
      (
        a,
      ) => `<li><form method="get" action="/oauth/authorize">${base}${hidden('portalId', String(a.portalId))}${hidden('autoApprove', '1')}${hidden('userId', q.userId)}
<span>${escapeHtml(a.name)} (${a.portalId})</span> <button type="submit" data-portal-id="${a.portalId}">Install</button></form></li>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Install ${escapeHtml(oauthApp.name)}</title></head>
<body><h1>Install ${escapeHtml(oauthApp.name)}</h1>
<p>HubSpot emulator: choose the account to install the app in. Requested scopes: ${escapeHtml(q.scope ?? '')}</p>
<ul>${accounts}</ul>
<form method="get" action="/oauth/authorize">${base}${hidden('deny', '1')}<button type="submit">Cancel</button></form>
</body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
