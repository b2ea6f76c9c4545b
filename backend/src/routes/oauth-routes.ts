import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  bindingOf,
  cookie,
  FORM_COOKIE,
  newSecret,
  readCookie,
  sameSecret,
  TRIP_COOKIE,
} from '../oauth/browser-binding';
import { uninstallAtHubSpot } from '../oauth/external-install';
import { OAUTH_STATE_TTL_MS, type OAuthTrip } from '../oauth/state-store';
import type { TokenGrant } from '../oauth/token-client';
import type { BackendServices } from '../services';
import {
  installedPage,
  installFailedPage,
  notInstalledPage,
  uninstallAskAccountPage,
  uninstalledPage,
  uninstallFailedPage,
  uninstallStartPage,
} from './pages';

export function callbackUrl(appBaseUrl: string): string {
  return `${appBaseUrl}/oauth/callback`;
}

const HUB_ID = /^\d{1,20}$/;
const HTML = 'text/html; charset=utf-8';

/**
 * HubSpot's authorize page, for one account when `hubId` is given: /oauth/{hubId}/authorize lets the
 * person approve for that account only (HubSpot's documented form of the URL).
 */
function authorizeUrl(base: string, hubId?: string): URL {
  const url = new URL(base);
  if (hubId) url.pathname = url.pathname.replace(/\/authorize$/, `/${hubId}/authorize`);
  return url;
}

/**
 * The browser side of OAuth. /oauth/install sends an admin to HubSpot to install; /oauth/uninstall
 * sends an admin to HubSpot's authorize step for one account and, once HubSpot vouches for them
 * (only users allowed to install apps get through), uninstalls there and deletes the account's data.
 * /oauth/callback finishes whichever trip its `state` belongs to.
 */
export function registerOAuthRoutes(app: FastifyInstance, services: BackendServices): void {
  const { config, now, logger } = services;
  const installUrl = `${config.appBaseUrl}/oauth/install`;
  const uninstallUrl = `${config.appBaseUrl}/oauth/uninstall`;
  const secureCookies = config.appBaseUrl.startsWith('https:');

  // The pages may not be framed (the uninstall button must not be clickjacked), and their URLs, which
  // carry OAuth codes and states, are not passed on as a Referer.
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/oauth/')) return;
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', "frame-ancestors 'none'");
    reply.header('referrer-policy', 'no-referrer');
  });

  const sendToHubSpot = (reply: FastifyReply, state: string, hubId?: string) => {
    const authorize = authorizeUrl(config.hubspotAuthorizeUrl, hubId);
    authorize.searchParams.set('client_id', config.clientId);
    authorize.searchParams.set('scope', config.scopes.join(' '));
    if (config.optionalScopes.length)
      authorize.searchParams.set('optional_scope', config.optionalScopes.join(' '));
    authorize.searchParams.set('redirect_uri', callbackUrl(config.appBaseUrl));
    authorize.searchParams.set('state', state);
    return reply.redirect(authorize.toString(), 302);
  };

  app.get('/oauth/install', async (_request, reply) => {
    const state = await services.oauthStates.issue(now(), { purpose: 'install' });
    return sendToHubSpot(reply, state);
  });

  // Step 1 of an uninstall: say what will happen, with a form whose secret is also in a Strict cookie.
  app.get('/oauth/uninstall', async (request, reply) => {
    const portalId = (request.query as Record<string, unknown>).portalId;
    reply.type(HTML).header('cache-control', 'no-store');
    if (portalId === undefined || portalId === '') return reply.send(uninstallAskAccountPage(uninstallUrl));
    if (typeof portalId !== 'string' || !HUB_ID.test(portalId))
      return reply.code(400).send(uninstallAskAccountPage(uninstallUrl, 'That is not a HubSpot account ID.'));
    if ((await services.accounts.accountStatus(portalId)) === null)
      return reply.send(notInstalledPage(portalId));
    const formSecret = newSecret();
    reply.header(
      'set-cookie',
      cookie(FORM_COOKIE, formSecret, {
        path: '/oauth/uninstall',
        sameSite: 'Strict',
        secure: secureCookies,
        maxAgeSeconds: OAUTH_STATE_TTL_MS / 1000,
      }),
    );
    return reply.send(uninstallStartPage({ hubId: portalId, formSecret, action: uninstallUrl }));
  });

  // Step 2: the form, posted from our own page, sends the admin to HubSpot's authorize step for that account.
  app.post('/oauth/uninstall', async (request, reply) => {
    const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
    const hubId = form.get('portalId') ?? '';
    const fail = (status: number, reason: string) =>
      reply.code(status).type(HTML).send(uninstallFailedPage(reason, uninstallUrl));
    if (!sameSecret(form.get('form') ?? undefined, readCookie(request.headers.cookie, FORM_COOKIE)))
      return fail(403, 'This uninstall request did not come from the uninstall page. Open it again.');
    if (!HUB_ID.test(hubId)) return fail(400, 'That is not a HubSpot account ID.');
    if ((await services.accounts.accountStatus(hubId)) === null)
      return reply.type(HTML).send(notInstalledPage(hubId));
    const tripSecret = newSecret();
    const state = await services.oauthStates.issue(now(), {
      purpose: 'uninstall',
      hubId,
      browserBinding: bindingOf(tripSecret),
    });
    reply.header(
      'set-cookie',
      cookie(TRIP_COOKIE, tripSecret, {
        path: '/oauth',
        sameSite: 'Lax',
        secure: secureCookies,
        maxAgeSeconds: OAUTH_STATE_TTL_MS / 1000,
      }),
    );
    logger.info({ hubId }, 'uninstall started: sending the admin to HubSpot to approve');
    return sendToHubSpot(reply, state, hubId);
  });

  app.get('/oauth/callback', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    // The state is checked first, so a forged callback cannot even learn whether its code was good.
    const trip = query.state ? await services.oauthStates.consume(query.state, now()) : null;
    if (!trip) {
      return reply
        .code(400)
        .type(HTML)
        .send(installFailedPage('This installation link has expired or was already used.', installUrl));
    }
    return trip.purpose === 'uninstall'
      ? finishUninstall(request, reply, trip, query)
      : finishInstall(reply, query);
  });

  async function exchange(
    query: Record<string, string | undefined>,
    fail: (status: number, reason: string) => FastifyReply,
    words: { cancelled: string; denied: string },
  ): Promise<TokenGrant | FastifyReply> {
    if (query.error) return fail(400, query.error === 'access_denied' ? words.cancelled : words.denied);
    if (!query.code) return fail(400, 'HubSpot did not send an authorization code.');
    const result = await services.tokenClient.exchangeCode(query.code, callbackUrl(config.appBaseUrl));
    if (!result.ok) {
      logger.warn({ kind: result.kind, status: result.status }, 'OAuth code exchange failed');
      return result.kind === 'invalid_grant'
        ? fail(400, 'The authorization from HubSpot expired or was already used.')
        : fail(502, 'HubSpot could not complete this right now. Please try again in a moment.');
    }
    return result.grant;
  }

  async function saveGrant(grant: TokenGrant) {
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
  }

  async function finishInstall(reply: FastifyReply, query: Record<string, string | undefined>) {
    const fail = (status: number, reason: string) =>
      reply.code(status).type(HTML).send(installFailedPage(reason, installUrl));
    const grant = await exchange(query, fail, {
      cancelled: 'The installation was cancelled in HubSpot.',
      denied: 'HubSpot did not authorize the installation.',
    });
    if (!('hubId' in grant)) return grant;
    await saveGrant(grant);
    logger.info({ hubId: grant.hubId, scopes: grant.scopes }, 'account installed');
    return reply.code(200).type(HTML).send(installedPage(grant.hubId));
  }

  async function finishUninstall(
    request: FastifyRequest,
    reply: FastifyReply,
    trip: OAuthTrip,
    query: Record<string, string | undefined>,
  ) {
    const hubId = trip.hubId ?? '';
    const fail = (status: number, reason: string) =>
      reply
        .code(status)
        .type(HTML)
        .send(uninstallFailedPage(reason, `${uninstallUrl}?portalId=${hubId}`));
    reply.header(
      'set-cookie',
      cookie(TRIP_COOKIE, '', { path: '/oauth', sameSite: 'Lax', secure: secureCookies, maxAgeSeconds: 0 }),
    );
    const tripSecret = readCookie(request.headers.cookie, TRIP_COOKIE);
    if (!trip.browserBinding || !tripSecret || !sameSecret(bindingOf(tripSecret), trip.browserBinding))
      return fail(403, 'Finish the uninstall in the browser that started it. Nothing was changed.');
    const grant = await exchange(query, fail, {
      cancelled: 'The uninstall was cancelled in HubSpot. Nothing was changed.',
      denied: 'HubSpot did not let you manage apps in this account. Nothing was changed.',
    });
    if (!('hubId' in grant)) return grant;
    if (grant.hubId !== hubId) {
      // The approval was for another account: the app is installed there now, so it is kept as an install.
      await saveGrant(grant);
      logger.warn(
        { hubId, approvedHubId: grant.hubId },
        'uninstall approved for another account; nothing uninstalled',
      );
      return fail(
        400,
        `You approved HubSpot account ${grant.hubId}, not ${hubId}. Nothing was uninstalled; start again and approve account ${hubId}.`,
      );
    }
    const atHubSpot = await uninstallAtHubSpot(config.hubspotApiBaseUrl, grant.accessToken);
    if (!atHubSpot.ok) {
      // HubSpot still has the app installed: keep the account, with the fresh tokens HubSpot just gave.
      await saveGrant(grant);
      logger.warn(
        { hubId, status: atHubSpot.status },
        'HubSpot refused to uninstall the app; nothing deleted',
      );
      return fail(502, 'HubSpot did not uninstall the app just now. Nothing was deleted; please try again.');
    }
    const deleted = await services.accounts.deleteAccountData(hubId);
    logger.info(
      { hubId, deletedData: deleted, byUserId: grant.userId },
      'app uninstalled by an account admin',
    );
    return reply.code(200).type(HTML).send(uninstalledPage(hubId, deleted));
  }
}
