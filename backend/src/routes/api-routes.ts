import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validateMeetingParametersInEnglish } from '@meeting-card/core';
import {
  createMeetingOnRecord,
  loadCardContext,
  loadContactDeals,
  loadFormOptions,
  searchOwners,
  setMeetingOutcome,
  withCardMessages,
} from '@meeting-card/core/server';
import { AccountNotInstalledError, TokenRefreshFailedError } from '../accounts/errors';
import type { ContactDealsResult, FormOptionsResult, OwnerSearchResult } from '@meeting-card/core';
import { answerWithin } from '../form-options/answer-within';
import { requestFingerprint } from '../idempotency/request-fingerprint';
import { REQUEST_BUDGET_MS, type BackendServices } from '../services';
import { resolveCaller, type CallerIdentity } from './caller-identity';
import { fingerprintContactOf, recordOfBody } from './record-of-body';
import { failureBody, requireHubSpotSignature } from './signed-request';

const NOT_INSTALLED = failureBody(
  'UNAUTHORIZED',
  'Meeting Card is not connected to this HubSpot account any more. Ask a HubSpot admin to install it again.',
);

const FORM_OPTIONS_TOO_SLOW = failureBody(
  'HUBSPOT_UNAVAILABLE',
  'HubSpot is answering slowly right now, so the form could not be loaded. Try again in a moment.',
  true,
);

/** 409 for a requestId already used for another booking (body, user or account): nothing was touched. */
const KEY_REUSED = {
  ok: false,
  error: {
    code: 'IDEMPOTENCY_KEY_REUSED',
    message:
      'This request id was already used for a different booking. Nothing was changed; book again with a new request id.',
    retryable: false,
  },
} as const;

/** The routes the card calls through `hubspot.fetch`; every one is signature-checked first. */
export function registerApiRoutes(app: FastifyInstance, services: BackendServices): void {
  const { config, now, logger } = services;
  const preHandler = requireHubSpotSignature({
    clientSecret: config.clientSecret,
    appBaseUrl: config.appBaseUrl,
    now,
  });

  /** The caller, once the account is known to be installed with a usable token; else the reply is sent. */
  async function installedCaller(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<(CallerIdentity & { userId: string }) | undefined> {
    const identity = resolveCaller(request.query as Record<string, unknown>, request.signedBody);
    if (!identity.ok) {
      await reply
        .code(identity.status)
        .send(failureBody(identity.status === 403 ? 'UNAUTHORIZED' : 'BAD_REQUEST', identity.message));
      return undefined;
    }
    // The organizer is always the signed-in user, so the request must say who that is.
    const { userId } = identity.caller;
    if (userId === undefined) {
      await reply.code(400).send(failureBody('BAD_REQUEST', 'userId is required'));
      return undefined;
    }
    try {
      // Fetched (and refreshed if due) before the core starts, so token trouble never looks like a HubSpot failure.
      await services.tokens.accessToken(identity.caller.hubId);
    } catch (error) {
      if (error instanceof AccountNotInstalledError) {
        await reply.code(403).send(NOT_INSTALLED);
        return undefined;
      }
      if (error instanceof TokenRefreshFailedError) {
        await reply
          .code(200)
          .send(
            failureBody(
              'HUBSPOT_UNAVAILABLE',
              'HubSpot could not be reached. Nothing was booked; try again in a moment.',
              true,
            ),
          );
        return undefined;
      }
      throw error;
    }
    return { ...identity.caller, userId };
  }

  app.post('/api/meetings', { preHandler }, async (request, reply) => {
    // Everything this request does, waits included, ends by then (hubspot.fetch gives up after 15 s).
    const deadline = now() + REQUEST_BUDGET_MS;
    const caller = await installedCaller(request, reply);
    if (!caller) return reply;
    const body = request.signedBody ?? {};
    const parameters = body.parameters;
    const organizer = (parameters as { organizerUserId?: unknown } | undefined)?.organizerUserId;
    if (organizer !== undefined && String(organizer) !== caller.userId) {
      return reply
        .code(403)
        .send(
          failureBody('UNAUTHORIZED', 'Meetings can only be booked with the signed-in user as organizer.'),
        );
    }
    const requestId = (parameters as { requestId?: unknown } | undefined)?.requestId;
    const log = logger.child({
      hubId: caller.hubId,
      requestId: typeof requestId === 'string' ? requestId : undefined,
    });
    const record = recordOfBody(body);
    if (!record.ok)
      return reply
        .code(400)
        .send(failureBody('BAD_REQUEST', 'recordType is not a record type the card runs on'));
    const run = (verify?: { attemptedSince?: number }) => {
      // verify: an earlier attempt with this key may have booked it, so the core looks first. The
      // card's own attemptedSince (from a VERIFYING answer) wins over the backend's estimate.
      const cardSince = (parameters as { attemptedSince?: unknown } | undefined)?.attemptedSince;
      const checked = verify
        ? {
            ...(parameters as object),
            checkExisting: true,
            attemptedSince: typeof cardSince === 'number' ? cardSince : verify.attemptedSince,
          }
        : parameters;
      return createMeetingOnRecord(
        {
          api: services.apiFor(caller.hubId, deadline),
          clock: services.clock,
          ownerCache: services.ownerCache,
          log: (event, data) => log.info({ event, ...data }, event),
          policy: { totalBudgetMs: Math.max(0, deadline - now()) },
        },
        // The record comes from the signed body: see caller-identity.ts for why that is trusted. A contact
        // chosen on a deal or company is checked against HubSpot's associations (create-on-record.ts).
        { parameters: checked, recordType: record.recordType, recordId: record.recordId },
      );
    };
    // Input the core refuses before calling HubSpot has nothing to dedupe and no fingerprint.
    const validated = validateMeetingParametersInEnglish(parameters);
    let result;
    if (validated.ok && record.recordId !== undefined) {
      const answer = await services.idempotentCreate({
        hubId: caller.hubId,
        requestId: validated.value.requestId,
        fingerprint: requestFingerprint({
          hubId: caller.hubId,
          userId: caller.userId,
          contactId: fingerprintContactOf(record.recordType, record.recordId, parameters),
          input: validated.value,
        }),
        deadline,
        run: ({ verifyFirst, attemptedSince }) => run(verifyFirst ? { attemptedSince } : undefined),
      });
      if (answer.kind === 'key-reused') {
        log.warn('create refused: requestId reused for another booking');
        return reply.code(409).send(KEY_REUSED);
      }
      result = answer.result;
    } else result = await run();
    log.info(
      {
        ok: result.ok,
        code: result.ok ? undefined : result.error.code,
        meetingId: result.ok ? result.meeting.id : undefined,
      },
      'create meeting answered',
    );
    return reply.code(200).send(result);
  });

  // With `ownerQuery` (signed body for POST, query for GET) it searches the account's owners instead:
  // the card does that when the list was truncated. With `contactDeals` (signed body) it answers the
  // contact's open deals: the card's deals request, beside its main load (issue 10).
  const formOptions = async (request: FastifyRequest, reply: FastifyReply) => {
    const caller = await installedCaller(request, reply);
    if (!caller) return reply;
    const ownerQuery =
      request.method === 'GET'
        ? (request.query as Record<string, unknown>).ownerQuery
        : request.signedBody?.ownerQuery;
    const api = services.apiFor(caller.hubId);
    const signed = request.signedBody ?? {};
    const withContext = request.method === 'POST' && signed.withContext === true && ownerQuery === undefined;
    const dealsOnly = request.method === 'POST' && signed.contactDeals === true && ownerQuery === undefined;
    const options = (organizerFromOwnerList: boolean) =>
      loadFormOptions(
        {
          api,
          clock: services.clock,
          ownerCache: services.ownerCache,
          singleFlight: services.formReads,
          organizerFromOwnerList,
        },
        { organizerUserId: caller.userId },
      );
    const work: Promise<FormOptionsResult | OwnerSearchResult | ContactDealsResult> =
      ownerQuery !== undefined
        ? searchOwners({ api, clock: services.clock }, { query: ownerQuery })
        : dealsOnly
          ? dealsOfContact(api, signed)
          : withContext
            ? withRecordContext(api, options(true), signed, caller.userId)
            : options(false);
    const result = await answerWithin<FormOptionsResult | OwnerSearchResult | ContactDealsResult>(
      services.formOptionsDeadlineMs,
      work,
      () => {
        logger.warn({ hubId: caller.hubId }, 'form options not ready by the deadline; answered busy');
        return FORM_OPTIONS_TOO_SLOW;
      },
    );
    return reply.code(200).send(result);
  };
  // Every answer of this route, refusals included, carries the rep's language (the card's bundle holds
  // English only); hooked before serialization so no reply path can forget it.
  const preSerialization = async (request: FastifyRequest, _reply: FastifyReply, payload: unknown) => {
    const language =
      request.method === 'GET'
        ? (request.query as Record<string, unknown>).language
        : request.signedBody?.language;
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? withCardMessages(payload, language)
      : payload;
  };
  app.get('/api/form-options', { preHandler, preSerialization }, formOptions);
  app.post('/api/form-options', { preHandler, preSerialization }, formOptions);

  /** The options and, side by side, the record's context (issue 10): one round trip for the card. */
  async function withRecordContext(
    api: ReturnType<BackendServices['apiFor']>,
    options: Promise<FormOptionsResult>,
    signed: Record<string, unknown>,
    userId: string,
  ): Promise<FormOptionsResult> {
    const record = recordOfBody(signed);
    const [answer, context] = await Promise.all([
      options,
      record.ok
        ? loadCardContext(
            { api, clock: services.clock },
            {
              recordType: record.recordType,
              recordId: record.recordId,
              organizerUserId: userId,
              timeZone: signed.timeZone,
            },
          )
        : Promise.resolve(failureBody('NO_CONTACT', 'Open a contact, deal or company record.')),
    ]);
    return answer.ok ? ({ ...answer, context } as FormOptionsResult) : answer;
  }

  /** The signed record's open deals, only on a contact, as HubSpot lists them on it (contact-deals.ts). */
  async function dealsOfContact(
    api: ReturnType<BackendServices['apiFor']>,
    signed: Record<string, unknown>,
  ): Promise<ContactDealsResult> {
    const record = recordOfBody(signed);
    return record.ok && record.recordType === 'contacts'
      ? loadContactDeals({ api, clock: services.clock }, { recordId: record.recordId })
      : failureBody('NO_CONTACT', 'Open a contact record.');
  }

  // Marks one of the record's meetings CANCELED or NO_SHOW (the CRM record only: see README).
  app.post('/api/meetings/outcome', { preHandler }, async (request, reply) => {
    const caller = await installedCaller(request, reply);
    if (!caller) return reply;
    const body = request.signedBody ?? {};
    const record = recordOfBody(body);
    if (!record.ok)
      return reply
        .code(400)
        .send(failureBody('BAD_REQUEST', 'recordType is not a record type the card runs on'));
    const result = await setMeetingOutcome(
      { api: services.apiFor(caller.hubId, now() + REQUEST_BUDGET_MS), clock: services.clock },
      {
        meetingId: body.meetingId,
        outcome: body.outcome,
        recordType: record.recordType,
        recordId: record.recordId,
      },
    );
    logger.info(
      { hubId: caller.hubId, ok: result.ok, code: result.ok ? undefined : result.error.code },
      'meeting outcome answered',
    );
    return reply.code(200).send(result);
  });

  // Uninstalling is not the card's to do: any user of a portal can make a signed request, but only
  // someone HubSpot lets manage apps may uninstall. The card's signed routes never uninstall.
  app.delete('/api/account', async (_request, reply) =>
    reply
      .code(403)
      .send(
        failureBody(
          'UNAUTHORIZED',
          `Meeting Card can only be uninstalled by a HubSpot user allowed to manage apps, at ${config.appBaseUrl}/oauth/uninstall.`,
        ),
      ),
  );
}
