import type { FastifyInstance } from 'fastify';
import type { BackendServices } from '../services';
import { installedPage, installFailedPage } from './pages';

export function callbackUrl(appBaseUrl: string): string {
  return `${appBaseUrl}/oauth/callback`;
}

/** The OAuth install: /oauth/install sends the admin to HubSpot; /oauth/callback finishes the install. */
export function registerOAuthRoutes(app: FastifyInstance, services: BackendServices): void {
  const { config, now, logger } = services;
  const installUrl = `${config.appBaseUrl}/oauth/install`;

  app.get('/oauth/install', async (_request, reply) => {
    const state = await services.oauthStates.issue(now());
    const authorize = new URL(config.hubspotAuthorizeUrl);
    authorize.searchParams.set('client_id', config.clientId);
    authorize.searchParams.set('scope', config.scopes.join(' '));
    if (config.optionalScopes.length)
      authorize.searchParams.set('optional_scope', config.optionalScopes.join(' '));
    authorize.searchParams.set('redirect_uri', callbackUrl(config.appBaseUrl));
    authorize.searchParams.set('state', state);
    return reply.redirect(authorize.toString(), 302);
  });

  app.get('/oauth/callback', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const fail = (status: number, reason: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(installFailedPage(reason, installUrl));

    // The state is checked first, so a forged callback cannot even learn whether its code was good.
    if (!query.state || !(await services.oauthStates.consume(query.state, now()))) {
      return fail(400, 'This installation link has expired or was already used.');
    }
    if (query.error) {
      return fail(
        400,
        query.error === 'access_denied'
          ? 'The installation was cancelled in HubSpot.'
          : 'HubSpot did not authorize the installation.',
      );
    }
    if (!query.code) return fail(400, 'HubSpot did not send an authorization code.');

    const result = await services.tokenClient.exchangeCode(query.code, callbackUrl(config.appBaseUrl));
    if (!result.ok) {
      logger.warn({ kind: result.kind, status: result.status }, 'OAuth code exchange failed');
      return result.kind === 'invalid_grant'
        ? fail(400, 'The authorization from HubSpot expired or was already used.')
        : fail(502, 'HubSpot could not complete the installation right now. Please try again in a moment.');
    }
    const { grant } = result;
    await services.accounts.saveInstall(
      {
        hubId: grant.hubId,
        scopes: grant.scopes,
        userId: grant.userId,
        tokens: {
          accessToken: grant.accessToken,
          refreshToken: grant.refreshToken,
          accessTokenExpiresAt: grant.accessTokenExpiresAt,
        },
      },
      now(),
    );
    logger.info({ hubId: grant.hubId, scopes: grant.scopes }, 'account installed');
    return reply.code(200).type('text/html; charset=utf-8').send(installedPage(grant.hubId));
  });
}
