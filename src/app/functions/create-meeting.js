// Built by src/app/functions/build.mjs from TypeScript. Do not edit.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/create-meeting.ts
var create_meeting_exports = {};
__export(create_meeting_exports, {
  main: () => main
});
module.exports = __toCommonJS(create_meeting_exports);

// ../../../packages/core/src/server/hubspot-api.ts
var import_api_client = require("@hubspot/api-client");
var import_node_crypto = require("node:crypto");
var TransportError = class extends Error {
  constructor(kind, message, late) {
    super(message);
    this.kind = kind;
    this.late = late;
    this.name = "TransportError";
  }
  kind;
  late;
  static {
    __name(this, "TransportError");
  }
};
var NotSentError = class extends Error {
  static {
    __name(this, "NotSentError");
  }
  constructor(message) {
    super(message);
    this.name = "NotSentError";
  }
};
function isCallFailure(error) {
  return error instanceof TransportError || error instanceof NotSentError;
}
__name(isCallFailure, "isCallFailure");
var DEFAULT_HUBSPOT_BASE_URL = "https://api.hubapi.com";
function createHubSpotTransport(config) {
  const client = new import_api_client.Client({
    accessToken: config.accessToken,
    basePath: trimSlash(config.baseUrl ?? DEFAULT_HUBSPOT_BASE_URL)
  });
  const api = {
    accountKey: config.accountKey ?? accountKeyOfToken(config.accessToken),
    send: /* @__PURE__ */ __name((request) => client.apiRequest({
      method: request.method,
      path: request.path,
      qs: request.query,
      body: request.body
    }).then(toApiResponse, (error) => {
      throw new TransportError("network", `HubSpot could not be reached: ${describe(error)}`);
    }), "send")
  };
  return api;
}
__name(createHubSpotTransport, "createHubSpotTransport");
function accountKeyOfToken(accessToken) {
  return (0, import_node_crypto.createHash)("sha256").update(accessToken).digest("hex").slice(0, 16);
}
__name(accountKeyOfToken, "accountKeyOfToken");
async function toApiResponse(response) {
  const text = await response.text();
  let body = text;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
    }
  }
  return { status: response.status, header: /* @__PURE__ */ __name((name) => response.headers.get(name) ?? void 0, "header"), body };
}
__name(toApiResponse, "toApiResponse");
function describe(error) {
  if (error instanceof Error) {
    const code2 = error.code;
    return code2 ? `${code2}` : error.message;
  }
  return String(error);
}
__name(describe, "describe");
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}
__name(trimSlash, "trimSlash");

// ../../../packages/core/src/server/clock.ts
var systemClock = {
  now: /* @__PURE__ */ __name(() => Date.now(), "now"),
  sleep: /* @__PURE__ */ __name((ms, signal) => new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    __name(done, "done");
  }), "sleep")
};

// ../../../packages/core/src/server/pipeline/budget.ts
function budgetCovers(request, nowMs, waitMs, defaultTimeoutMs = 0) {
  if (request.deadline === void 0) return true;
  return nowMs + waitMs + (request.timeoutMs ?? defaultTimeoutMs) <= request.deadline;
}
__name(budgetCovers, "budgetCovers");

// ../../../packages/core/src/server/hubspot-error.ts
function readErrorBody(response) {
  return typeof response.body === "object" && response.body !== null ? response.body : {};
}
__name(readErrorBody, "readErrorBody");
function correlationIdOf(response) {
  const fromBody = readErrorBody(response).correlationId;
  return typeof fromBody === "string" ? fromBody : response.header("x-hubspot-correlation-id");
}
__name(correlationIdOf, "correlationIdOf");
function missingScopesOf(response) {
  const body = readErrorBody(response);
  const lists = [
    body.context?.requiredGranularScopes,
    ...(body.errors ?? []).map((e) => e.context?.requiredGranularScopes)
  ];
  return [
    ...new Set(
      lists.flatMap((list) => Array.isArray(list) ? list.filter((s) => typeof s === "string") : [])
    )
  ];
}
__name(missingScopesOf, "missingScopesOf");
function isSuccess(response) {
  return response.status >= 200 && response.status < 300;
}
__name(isSuccess, "isSuccess");

// ../../../packages/core/src/server/pipeline/retry-after.ts
function retryAfterMs(header, nowMs) {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1e3);
  if (!/^[A-Za-z]{3},? /.test(value)) return null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : null;
}
__name(retryAfterMs, "retryAfterMs");
function retryAfterOf(response, nowMs) {
  return retryAfterMs(response.header("retry-after"), nowMs);
}
__name(retryAfterOf, "retryAfterOf");
function isDailyLimit(response) {
  return /DAILY/i.test(String(readErrorBody(response).policyName ?? ""));
}
__name(isDailyLimit, "isDailyLimit");

// ../../../packages/core/src/server/pipeline/rate-limit-wait.ts
var RATE_LIMIT_DEFAULTS = { maxResends: 3, maxWaitMs: 1e4 };
function fallbackWaitMs(attempt) {
  return Math.min(2e3, 500 * 2 ** attempt);
}
__name(fallbackWaitMs, "fallbackWaitMs");
function withRateLimitWait(inner, options) {
  const { clock } = options;
  const maxResends = options.maxResends ?? RATE_LIMIT_DEFAULTS.maxResends;
  const maxWaitMs = options.maxWaitMs ?? RATE_LIMIT_DEFAULTS.maxWaitMs;
  return {
    accountKey: inner.accountKey,
    async send(request) {
      for (let attempt = 0; ; attempt++) {
        const response = await inner.send(request);
        if (response.status !== 429 || attempt >= maxResends || isDailyLimit(response)) return response;
        const now = clock.now();
        const waitMs = retryAfterOf(response, now) ?? fallbackWaitMs(attempt);
        if (waitMs > maxWaitMs || !budgetCovers(request, now, waitMs, options.defaultTimeoutMs))
          return response;
        await clock.sleep(waitMs);
      }
    }
  };
}
__name(withRateLimitWait, "withRateLimitWait");

// ../../../packages/core/src/server/pipeline/read-retry.ts
var READ_RETRY_DEFAULTS = { resends: 2, minTryMs: 250 };
function readBackoffMs(attempt) {
  return Math.min(2e3, 250 * 2 ** attempt);
}
__name(readBackoffMs, "readBackoffMs");
function withReadRetry(inner, options) {
  const { clock } = options;
  const resends = options.resends ?? READ_RETRY_DEFAULTS.resends;
  const minTryMs = options.minTryMs ?? READ_RETRY_DEFAULTS.minTryMs;
  const roomFor = /* @__PURE__ */ __name((deadline, waitMs) => deadline === void 0 || clock.now() + waitMs + minTryMs <= deadline, "roomFor");
  return {
    accountKey: inner.accountKey,
    async send(request) {
      if (!request.read) return inner.send(request);
      for (let attempt = 0; ; attempt++) {
        const waitMs = readBackoffMs(attempt);
        const mayResend = attempt < resends && roomFor(request.deadline, waitMs);
        try {
          const response = await inner.send(request);
          if (response.status < 500 || !mayResend) return response;
        } catch (error) {
          if (!(error instanceof TransportError) || !mayResend) throw error;
        }
        await clock.sleep(waitMs);
      }
    }
  };
}
__name(withReadRetry, "withReadRetry");

// ../../../packages/core/src/server/pipeline/timeout.ts
var DEFAULT_TIMEOUT_MS = 8e3;
function withTimeout(inner, options) {
  const { clock } = options;
  return {
    accountKey: inner.accountKey,
    send(request) {
      let timeoutMs = request.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
      if (request.deadline !== void 0) {
        const left = request.deadline - clock.now();
        if (request.read) timeoutMs = Math.min(timeoutMs, left);
        else if (left < timeoutMs)
          return Promise.reject(
            new NotSentError(`Only ${Math.max(0, left)} ms left, a ${timeoutMs} ms call was not sent`)
          );
        if (timeoutMs <= 0) return Promise.reject(new NotSentError("No time left to ask HubSpot"));
      }
      const call = inner.send({ ...request, timeoutMs });
      call.catch(() => {
      });
      const timer = new AbortController();
      const expired = clock.sleep(timeoutMs, timer.signal).then(() => {
        throw new TransportError("timeout", `HubSpot did not answer within ${timeoutMs} ms`, call);
      });
      expired.catch(() => {
      });
      return Promise.race([call, expired]).finally(() => timer.abort());
    }
  };
}
__name(withTimeout, "withTimeout");

// ../../../packages/core/src/server/pipeline/index.ts
function standardPipeline(transport, options) {
  const { clock, defaultTimeoutMs } = options;
  return withRateLimitWait(withReadRetry(withTimeout(transport, { clock, defaultTimeoutMs }), { clock }), {
    clock,
    defaultTimeoutMs
  });
}
__name(standardPipeline, "standardPipeline");

// ../../../packages/core/src/server/create-hubspot-api.ts
function createHubSpotApi(config, clock) {
  return standardPipeline(createHubSpotTransport(config), {
    clock: clock ?? systemClock,
    defaultTimeoutMs: config.defaultTimeoutMs
  });
}
__name(createHubSpotApi, "createHubSpotApi");

// ../../../packages/core/src/meeting-properties.ts
var optional = /* @__PURE__ */ __name((value) => value ? value : void 0, "optional");
var MEETING_PROPERTIES = [
  { name: "hs_meeting_title", in: "properties", field: "title", value: /* @__PURE__ */ __name((i) => i.title, "value"), identifies: true },
  {
    name: "hs_meeting_start_time",
    in: "properties",
    field: "start",
    value: /* @__PURE__ */ __name((i) => i.startUtc, "value"),
    identifies: true
  },
  { name: "hs_meeting_end_time", in: "properties", field: "end", value: /* @__PURE__ */ __name((i) => i.endUtc, "value") },
  { name: "hs_timestamp", in: "properties", field: "start", value: /* @__PURE__ */ __name((i) => i.startUtc, "value") },
  { name: "hs_meeting_outcome", in: "properties", field: "outcome", value: /* @__PURE__ */ __name((i) => i.outcome, "value") },
  {
    name: "hubspot_owner_id",
    in: "properties",
    field: "organizerUserId",
    value: /* @__PURE__ */ __name((_i, t) => t.organizerOwnerId, "value"),
    identifies: true,
    lookedUp: true
  },
  { name: "hs_meeting_body", in: "properties", field: "description", value: /* @__PURE__ */ __name((i) => optional(i.description), "value") },
  {
    name: "hs_internal_meeting_notes",
    in: "properties",
    field: "internalNotes",
    value: /* @__PURE__ */ __name((i) => optional(i.internalNotes), "value")
  },
  { name: "hs_meeting_location", in: "properties", field: "location", value: /* @__PURE__ */ __name((i) => optional(i.location), "value") },
  {
    name: "hs_meeting_location_type",
    in: "properties",
    field: "locationType",
    value: /* @__PURE__ */ __name((i) => optional(i.locationType), "value")
  },
  {
    name: "hs_activity_type",
    in: "properties",
    field: "activityType",
    value: /* @__PURE__ */ __name((i) => optional(i.activityType), "value")
  },
  {
    name: "hs_attendee_owner_ids",
    in: "properties",
    field: "attendeeOwnerIds",
    value: /* @__PURE__ */ __name((i) => i.attendeeOwnerIds.length > 0 ? i.attendeeOwnerIds : void 0, "value")
  },
  { name: "timezone", in: "body", field: "timezone", value: /* @__PURE__ */ __name((i) => i.timezone, "value") },
  {
    name: "emailReminderSchedule",
    in: "body",
    field: "reminders",
    value: /* @__PURE__ */ __name((i) => ({
      reminders: i.reminders.map((r) => ({ numberOfTimeUnits: r.numberOfTimeUnits, timeUnit: r.timeUnit })),
      shouldIncludeInviteDescription: i.includeDescriptionInReminders
    }), "value")
  },
  { name: "organizerUserId", in: "query", field: "organizerUserId", value: /* @__PURE__ */ __name((i) => i.organizerUserId, "value") }
];
function mappedValues(input, trusted, where) {
  const values = {};
  for (const mapping of MEETING_PROPERTIES) {
    if (mapping.in !== where) continue;
    const value = mapping.value(input, trusted);
    if (value !== void 0) values[mapping.name] = value;
  }
  return values;
}
__name(mappedValues, "mappedValues");

// ../../../packages/core/src/server/send-read.ts
function sendRead(api, request, options) {
  return api.send({ ...request, read: true, deadline: options.deadline, timeoutMs: options.timeoutMs });
}
__name(sendRead, "sendRead");
function nowOf(options) {
  return (options.now ?? systemClock.now)();
}
__name(nowOf, "nowOf");

// ../../../packages/core/src/server/verify-meeting.ts
function meetingFingerprint(input, trusted, createdSince) {
  const sent = mappedValues(input, trusted, "properties");
  const identifying = {};
  for (const mapping of MEETING_PROPERTIES)
    if (mapping.identifies && mapping.in === "properties")
      identifying[mapping.name] = String(sent[mapping.name]);
  return { contactId: trusted.contactId, identifying, createdSince };
}
__name(meetingFingerprint, "meetingFingerprint");
var CLOCK_SKEW_MS = 2 * 6e4;
var ASSOCIATION_PAGE_SIZE = 500;
var BATCH_READ_SIZE = 100;
var MAX_ASSOCIATED_MEETINGS = 1e3;
var READ_PROPERTIES = [
  ...MEETING_PROPERTIES.filter((m) => m.identifies).map((m) => m.name),
  "hs_createdate"
];
async function readFromPrimaryStore(api, fingerprint, reads) {
  const ids = [];
  let after;
  try {
    do {
      const query = { limit: String(ASSOCIATION_PAGE_SIZE) };
      if (after) query.after = after;
      const page = await sendRead(
        api,
        {
          method: "GET",
          path: `/crm/objects/2026-03/contacts/${encodeURIComponent(fingerprint.contactId)}/associations/meetings`,
          query
        },
        reads
      );
      if (!isSuccess(page)) return unknown(`associations answered ${page.status}`);
      const body = page.body;
      if (!Array.isArray(body?.results)) return unknown("associations answered without results");
      for (const result of body.results) {
        const id = result?.toObjectId;
        if (typeof id !== "string" && typeof id !== "number") return unknown("malformed association");
        ids.push(String(id));
      }
      after = typeof body.paging?.next?.after === "string" ? body.paging.next.after : void 0;
      if (after && ids.length >= MAX_ASSOCIATED_MEETINGS) return unknown("too many meetings on the contact");
    } while (after);
    let missing = false;
    for (let i = 0; i < ids.length; i += BATCH_READ_SIZE) {
      const batch = ids.slice(i, i + BATCH_READ_SIZE);
      const answer = await sendRead(
        api,
        {
          method: "POST",
          path: "/crm/objects/2026-03/meetings/batch/read",
          body: {
            inputs: batch.map((id) => ({ id })),
            properties: READ_PROPERTIES,
            propertiesWithHistory: []
          }
        },
        reads
      );
      if (answer.status !== 200 && answer.status !== 207)
        return unknown(`batch read answered ${answer.status}`);
      const results = readResults(answer);
      const match = results.find((meeting) => matches(meeting, fingerprint));
      if (match) return { kind: "found", meetingId: String(match.id) };
      const read = new Set(results.map((meeting) => String(meeting.id)));
      if (batch.some((id) => !read.has(id))) missing = true;
    }
    return missing ? unknown("some associated meetings could not be read") : { kind: "absent" };
  } catch (error) {
    if (isCallFailure(error)) return unknown(error.message);
    throw error;
  }
}
__name(readFromPrimaryStore, "readFromPrimaryStore");
async function readFromSearch(api, fingerprint, reads) {
  const { identifying } = fingerprint;
  try {
    const answer = await sendRead(
      api,
      {
        method: "POST",
        path: "/crm/objects/2026-03/meetings/search",
        body: {
          filterGroups: [
            {
              filters: [
                { propertyName: "hubspot_owner_id", operator: "EQ", value: identifying.hubspot_owner_id },
                { propertyName: "associations.contact", operator: "EQ", value: fingerprint.contactId },
                {
                  propertyName: "hs_meeting_start_time",
                  operator: "EQ",
                  value: String(Date.parse(identifying.hs_meeting_start_time ?? ""))
                },
                {
                  propertyName: "hs_createdate",
                  operator: "GTE",
                  value: String(fingerprint.createdSince - CLOCK_SKEW_MS)
                }
              ]
            }
          ],
          properties: READ_PROPERTIES,
          sorts: [{ propertyName: "hs_createdate", direction: "ASCENDING" }],
          limit: 20
        }
      },
      reads
    );
    if (!isSuccess(answer)) return unknown(`search answered ${answer.status}`);
    const match = readResults(answer).find((meeting) => matches(meeting, fingerprint));
    return match ? { kind: "found", meetingId: String(match.id) } : { kind: "absent" };
  } catch (error) {
    if (isCallFailure(error)) return unknown(error.message);
    throw error;
  }
}
__name(readFromSearch, "readFromSearch");
async function verificationRound(api, fingerprint, reads) {
  const [primary, search] = await Promise.all([
    readFromPrimaryStore(api, fingerprint, reads),
    readFromSearch(api, fingerprint, reads)
  ]);
  if (primary.kind === "found") return primary;
  if (search.kind === "found") return search;
  return primary;
}
__name(verificationRound, "verificationRound");
function unknown(reason) {
  return { kind: "unknown", reason };
}
__name(unknown, "unknown");
function readResults(response) {
  const results = response.body?.results;
  return Array.isArray(results) ? results.filter((r) => r && r.id !== void 0) : [];
}
__name(readResults, "readResults");
function matches(meeting, fingerprint) {
  const props = meeting.properties ?? {};
  for (const [name, value] of Object.entries(fingerprint.identifying)) {
    const stored = props[name];
    if (stored === void 0 || stored === null) return false;
    if (name === "hs_meeting_start_time" ? instant(stored) !== instant(value) : stored !== value)
      return false;
  }
  const created = instant(meeting.createdAt ?? props.hs_createdate ?? "");
  return Number.isFinite(created) && created >= fingerprint.createdSince - CLOCK_SKEW_MS;
}
__name(matches, "matches");
function instant(value) {
  return /^\d+$/.test(value) ? Number(value) : Date.parse(value);
}
__name(instant, "instant");

// ../../../node_modules/valibot/dist/index.mjs
var store$4;
var DEFAULT_CONFIG = {
  lang: void 0,
  message: void 0,
  abortEarly: void 0,
  abortPipeEarly: void 0
};
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config$1) {
  if (!config$1 && !store$4) return DEFAULT_CONFIG;
  return {
    lang: config$1?.lang ?? store$4?.lang,
    message: config$1?.message,
    abortEarly: config$1?.abortEarly ?? store$4?.abortEarly,
    abortPipeEarly: config$1?.abortPipeEarly ?? store$4?.abortPipeEarly
  };
}
__name(getGlobalConfig, "getGlobalConfig");
var store$3;
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store$3?.get(lang);
}
__name(getGlobalMessage, "getGlobalMessage");
var store$2;
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store$2?.get(lang);
}
__name(getSchemaMessage, "getSchemaMessage");
var store$1;
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store$1?.get(reference)?.get(lang);
}
__name(getSpecificMessage, "getSpecificMessage");
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") return `"${input}"`;
  if (type === "number" || type === "bigint" || type === "boolean") return `${input}`;
  if (type === "object" || type === "function") return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  return type;
}
__name(_stringify, "_stringify");
function _addIssue(context, label, dataset, config$1, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config$1.lang,
    abortEarly: config$1.abortEarly,
    abortPipeEarly: config$1.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message$1 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config$1.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message$1 !== void 0) issue.message = typeof message$1 === "function" ? message$1(issue) : message$1;
  if (isSchema) dataset.typed = false;
  if (dataset.issues) dataset.issues.push(issue);
  else dataset.issues = [issue];
}
__name(_addIssue, "_addIssue");
// @__NO_SIDE_EFFECTS__
function _joinExpects(values$1, separator) {
  const list = [...new Set(values$1)];
  if (list.length > 1) return `(${list.join(` ${separator} `)})`;
  return list[0] ?? "never";
}
__name(_joinExpects, "_joinExpects");
function _standardSchema(schema) {
  schema["~standard"] = {
    version: 1,
    vendor: "valibot",
    validate: /* @__PURE__ */ __name((value$1) => schema["~run"]({ value: value$1 }, /* @__PURE__ */ getGlobalConfig()), "validate")
  };
  return schema;
}
__name(_standardSchema, "_standardSchema");
var EMOJI_REGEX = new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|(?![\\p{Emoji_Modifier_Base}\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}))*)+$", "u");
var UUID_REGEX = /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/iu;
// @__NO_SIDE_EFFECTS__
function check(requirement, message$1) {
  return {
    kind: "validation",
    type: "check",
    reference: check,
    async: false,
    expects: null,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "input", dataset, config$1);
      return dataset;
    }
  };
}
__name(check, "check");
// @__NO_SIDE_EFFECTS__
function integer(message$1) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement(dataset.value)) _addIssue(this, "integer", dataset, config$1);
      return dataset;
    }
  };
}
__name(integer, "integer");
// @__NO_SIDE_EFFECTS__
function maxLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_length",
    reference: maxLength,
    async: false,
    expects: `<=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length > this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
__name(maxLength, "maxLength");
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value <= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
__name(maxValue, "maxValue");
// @__NO_SIDE_EFFECTS__
function minLength(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_length",
    reference: minLength,
    async: false,
    expects: `>=${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && dataset.value.length < this.requirement) _addIssue(this, "length", dataset, config$1, { received: `${dataset.value.length}` });
      return dataset;
    }
  };
}
__name(minLength, "minLength");
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message$1) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !(dataset.value >= this.requirement)) _addIssue(this, "value", dataset, config$1, { received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value) });
      return dataset;
    }
  };
}
__name(minValue, "minValue");
// @__NO_SIDE_EFFECTS__
function regex(requirement, message$1) {
  return {
    kind: "validation",
    type: "regex",
    reference: regex,
    async: false,
    expects: `${requirement}`,
    requirement,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "format", dataset, config$1);
      return dataset;
    }
  };
}
__name(regex, "regex");
// @__NO_SIDE_EFFECTS__
function trim() {
  return {
    kind: "transformation",
    type: "trim",
    reference: trim,
    async: false,
    "~run"(dataset) {
      dataset.value = dataset.value.trim();
      return dataset;
    }
  };
}
__name(trim, "trim");
// @__NO_SIDE_EFFECTS__
function uuid(message$1) {
  return {
    kind: "validation",
    type: "uuid",
    reference: uuid,
    async: false,
    expects: null,
    requirement: UUID_REGEX,
    message: message$1,
    "~run"(dataset, config$1) {
      if (dataset.typed && !this.requirement.test(dataset.value)) _addIssue(this, "UUID", dataset, config$1);
      return dataset;
    }
  };
}
__name(uuid, "uuid");
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config$1) {
  return typeof schema.fallback === "function" ? schema.fallback(dataset, config$1) : schema.fallback;
}
__name(getFallback, "getFallback");
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config$1) {
  return typeof schema.default === "function" ? schema.default(dataset, config$1) : schema.default;
}
__name(getDefault, "getDefault");
// @__NO_SIDE_EFFECTS__
function array(item, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "array",
    reference: array,
    expects: "Array",
    async: false,
    item,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (Array.isArray(input)) {
        dataset.typed = true;
        dataset.value = [];
        for (let key = 0; key < input.length; key++) {
          const value$1 = input[key];
          const itemDataset = this.item["~run"]({ value: value$1 }, config$1);
          if (itemDataset.issues) {
            const pathItem = {
              type: "array",
              origin: "value",
              input,
              key,
              value: value$1
            };
            for (const issue of itemDataset.issues) {
              if (issue.path) issue.path.unshift(pathItem);
              else issue.path = [pathItem];
              dataset.issues?.push(issue);
            }
            if (!dataset.issues) dataset.issues = itemDataset.issues;
            if (config$1.abortEarly) {
              dataset.typed = false;
              break;
            }
          }
          if (!itemDataset.typed) dataset.typed = false;
          dataset.value.push(itemDataset.value);
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(array, "array");
// @__NO_SIDE_EFFECTS__
function boolean(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "boolean",
    reference: boolean,
    expects: "boolean",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "boolean") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(boolean, "boolean");
// @__NO_SIDE_EFFECTS__
function number(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(number, "number");
// @__NO_SIDE_EFFECTS__
function object(entries$1, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "object",
    reference: object,
    expects: "Object",
    async: false,
    entries: entries$1,
    message: message$1,
    "~run"(dataset, config$1) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && valueSchema.default !== void 0) {
            const value$1 = key in input ? input[key] : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value$1 }, config$1);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value$1
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) issue.path.unshift(pathItem);
                else issue.path = [pathItem];
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) dataset.issues = valueDataset.issues;
              if (config$1.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) dataset.typed = false;
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config$1, {
              input: void 0,
              expected: `"${key}"`,
              path: [{
                type: "object",
                origin: "key",
                input,
                key,
                value: input[key]
              }]
            });
            if (config$1.abortEarly) break;
          }
        }
      } else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(object, "object");
// @__NO_SIDE_EFFECTS__
function optional2(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional2,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    "~run"(dataset, config$1) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) dataset.value = /* @__PURE__ */ getDefault(this, dataset, config$1);
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config$1);
    }
  });
}
__name(optional2, "optional");
// @__NO_SIDE_EFFECTS__
function picklist(options, message$1) {
  return _standardSchema({
    kind: "schema",
    type: "picklist",
    reference: picklist,
    expects: /* @__PURE__ */ _joinExpects(options.map(_stringify), "|"),
    async: false,
    options,
    message: message$1,
    "~run"(dataset, config$1) {
      if (this.options.includes(dataset.value)) dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(picklist, "picklist");
// @__NO_SIDE_EFFECTS__
function string(message$1) {
  return _standardSchema({
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message$1,
    "~run"(dataset, config$1) {
      if (typeof dataset.value === "string") dataset.typed = true;
      else _addIssue(this, "type", dataset, config$1);
      return dataset;
    }
  });
}
__name(string, "string");
// @__NO_SIDE_EFFECTS__
function pipe(...pipe$1) {
  return _standardSchema({
    ...pipe$1[0],
    pipe: pipe$1,
    "~run"(dataset, config$1) {
      for (const item of pipe$1) if (item.kind !== "metadata") {
        if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
          dataset.typed = false;
          break;
        }
        if (!dataset.issues || !config$1.abortEarly && !config$1.abortPipeEarly) dataset = item["~run"](dataset, config$1);
      }
      return dataset;
    }
  });
}
__name(pipe, "pipe");
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config$1) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config$1));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
__name(safeParse, "safeParse");

// ../../../packages/core/src/limits.ts
var LIMITS = {
  titleMaxLength: 255,
  locationMaxLength: 500,
  descriptionMaxLength: 1e4,
  internalNotesMaxLength: 1e4,
  activityTypeMaxLength: 100,
  maxAttendees: 50,
  maxReminders: 3,
  /** A meeting longer than a day is almost certainly a typo. */
  maxDurationMinutes: 24 * 60,
  minDurationMinutes: 5,
  /** A start this many minutes ago still counts as now (the rep took a while to press Book). */
  pastStartGraceMinutes: 5,
  /** A reminder may be sent at most four weeks before the meeting. */
  maxReminderLeadMinutes: 4 * 7 * 24 * 60,
  minYear: 2e3,
  maxYear: 2100
};
var REMINDER_UNIT_MINUTES = { MINUTES: 1, HOURS: 60, DAYS: 24 * 60, WEEKS: 7 * 24 * 60 };
var LOCATION_TYPES = ["ADDRESS", "PHONE", "CUSTOM"];
var REMINDER_UNITS = ["MINUTES", "HOURS", "DAYS", "WEEKS"];
var MEETING_OUTCOMES = ["SCHEDULED", "COMPLETED", "RESCHEDULED", "NO_SHOW", "CANCELED"];

// ../../../packages/core/src/time.ts
var WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var zoneValidity = /* @__PURE__ */ new Map();
var MAX_ZONE_NAME_LENGTH = 64;
function isValidTimeZone(timeZone) {
  if (timeZone.length > MAX_ZONE_NAME_LENGTH) return false;
  const known = zoneValidity.get(timeZone);
  if (known !== void 0) return known;
  let valid;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone }).format(0);
    valid = true;
  } catch {
    valid = false;
  }
  if (zoneValidity.size < 1e3) zoneValidity.set(timeZone, valid);
  return valid;
}
__name(isValidTimeZone, "isValidTimeZone");
function parseWallClock(wallClock2) {
  const match = WALL_CLOCK.exec(wallClock2);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (year < LIMITS.minYear || year > LIMITS.maxYear) return null;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || day < 1) return null;
  const floating = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(floating).getUTCDate() !== day) return null;
  return floating;
}
__name(parseWallClock, "parseWallClock");
var formatters = /* @__PURE__ */ new Map();
function floatingAt(instant2, timeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric"
    });
    if (formatters.size < 500) formatters.set(timeZone, format);
  }
  const fields = {};
  for (const part of format.formatToParts(instant2)) fields[part.type] = Number(part.value);
  const floating = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour % 24, fields.minute);
  return floating + (instant2 % MINUTE < 0 ? instant2 % MINUTE + MINUTE : instant2 % MINUTE);
}
__name(floatingAt, "floatingAt");
function offsetAt(instant2, timeZone) {
  return floatingAt(instant2, timeZone) - instant2;
}
__name(offsetAt, "offsetAt");
function wallClockToUtc(wallClock2, timeZone) {
  const floating = parseWallClock(wallClock2);
  if (floating === null) return { ok: false, code: "invalid_format" };
  if (!isValidTimeZone(timeZone)) return { ok: false, code: "invalid_time_zone" };
  const instant2 = instantOf(floating, timeZone);
  if (instant2 === null) return { ok: false, code: "nonexistent_local_time" };
  return { ok: true, utc: toUtcIso(new Date(instant2)) };
}
__name(wallClockToUtc, "wallClockToUtc");
function instantOf(floating, timeZone) {
  let earliest = null;
  for (const around of [-26, 0, 26]) {
    const candidate = floating - offsetAt(floating + around * HOUR, timeZone);
    if (floatingAt(candidate, timeZone) === floating && (earliest === null || candidate < earliest))
      earliest = candidate;
  }
  return earliest;
}
__name(instantOf, "instantOf");
var pad = /* @__PURE__ */ __name((n, width = 2) => String(n).padStart(width, "0"), "pad");
function utcToWallClock(utcIso, timeZone) {
  const local = new Date(floatingAt(Date.parse(utcIso), timeZone));
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
__name(utcToWallClock, "utcToWallClock");
function toUtcIso(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
__name(toUtcIso, "toUtcIso");
function minutesBetween(startUtc, endUtc) {
  return (Date.parse(endUtc) - Date.parse(startUtc)) / MINUTE;
}
__name(minutesBetween, "minutesBetween");

// ../../../packages/core/src/field-messages.ts
var FIELD_LABELS = {
  requestId: "Request id",
  organizerUserId: "Organizer",
  title: "Title",
  start: "Start time",
  end: "End time",
  durationMinutes: "Duration",
  timezone: "Time zone",
  locationType: "Location type",
  location: "Location",
  description: "Description",
  internalNotes: "Internal notes",
  attendeeOwnerIds: "Attendees",
  activityType: "Meeting type",
  outcome: "Outcome",
  reminders: "Reminders",
  includeDescriptionInReminders: "Include description in reminders",
  checkExisting: "Check for an existing meeting"
};
var MESSAGES = {
  required: /* @__PURE__ */ __name((l) => `${l} is required.`, "required"),
  invalid_type: /* @__PURE__ */ __name((l) => `${l} has the wrong type.`, "invalid_type"),
  too_long: /* @__PURE__ */ __name((l, p) => `${l} is too long (at most ${p?.max ?? "?"} characters).`, "too_long"),
  too_many: /* @__PURE__ */ __name((l, p) => `${l}: at most ${p?.max ?? "?"} allowed.`, "too_many"),
  invalid_format: /* @__PURE__ */ __name((l) => `${l} is not in the expected format.`, "invalid_format"),
  invalid_uuid: /* @__PURE__ */ __name((l) => `${l} must be a UUID.`, "invalid_uuid"),
  invalid_time_zone: /* @__PURE__ */ __name(() => "Unknown time zone: choose one from the list.", "invalid_time_zone"),
  nonexistent_local_time: /* @__PURE__ */ __name(() => "That time does not exist in this time zone (the clocks skip it for daylight saving). Pick another time.", "nonexistent_local_time"),
  end_before_start: /* @__PURE__ */ __name(() => "The meeting must end after it starts.", "end_before_start"),
  duration_too_long: /* @__PURE__ */ __name((_l, p) => `A meeting can last at most ${Number(p?.maxMinutes ?? 0) / 60} hours.`, "duration_too_long"),
  invalid_option: /* @__PURE__ */ __name((l) => `${l} is not one of the allowed options.`, "invalid_option"),
  out_of_range: /* @__PURE__ */ __name((l, p) => p?.min !== void 0 ? `${l} must be between ${p.min} and ${p.max}.` : `${l} is out of range.`, "out_of_range"),
  unknown_id: /* @__PURE__ */ __name((l) => `${l}: HubSpot does not know this id.`, "unknown_id"),
  end_or_duration: /* @__PURE__ */ __name(() => "Give either an end time or a duration, not both.", "end_or_duration"),
  start_in_past: /* @__PURE__ */ __name(() => "This start time has already passed. Pick a time from now on.", "start_in_past"),
  reminder_in_past: /* @__PURE__ */ __name(() => "A reminder would be sent before now. Pick a later reminder or a later start.", "reminder_in_past"),
  invalid_url: /* @__PURE__ */ __name((l) => `${l} must be a web address starting with https://.`, "invalid_url")
};
function fieldIssue(field, code2, params) {
  const issue = { code: code2, message: MESSAGES[code2](FIELD_LABELS[field] ?? field, params) };
  if (params) issue.params = params;
  return issue;
}
__name(fieldIssue, "fieldIssue");

// ../../../packages/core/src/input-schema.ts
var code = /* @__PURE__ */ __name((issue) => issue, "code");
var digits = /^\d{1,20}$/;
var requiredText = /* @__PURE__ */ __name((max) => pipe(
  string(code("invalid_type")),
  trim(),
  minLength(1, code("required")),
  maxLength(max, code("too_long"))
), "requiredText");
var optionalText = /* @__PURE__ */ __name((max) => optional2(pipe(string(code("invalid_type")), trim(), maxLength(max, code("too_long")))), "optionalText");
var wallClock = pipe(string(code("invalid_type")), trim(), minLength(1, code("required")));
var reminderSchema = object(
  {
    numberOfTimeUnits: pipe(
      number(code("invalid_type")),
      integer(code("invalid_format")),
      minValue(1, code("out_of_range"))
    ),
    timeUnit: picklist(REMINDER_UNITS, code("invalid_option"))
  },
  code("invalid_type")
);
var parametersSchema = object({
  requestId: pipe(string(code("invalid_type")), uuid(code("invalid_uuid"))),
  organizerUserId: pipe(string(code("invalid_type")), trim(), regex(digits, code("invalid_format"))),
  title: requiredText(LIMITS.titleMaxLength),
  start: wallClock,
  end: optional2(wallClock),
  durationMinutes: optional2(
    pipe(
      number(code("invalid_type")),
      integer(code("invalid_format")),
      minValue(LIMITS.minDurationMinutes, code("out_of_range")),
      maxValue(LIMITS.maxDurationMinutes, code("out_of_range"))
    )
  ),
  timezone: pipe(
    string(code("invalid_type")),
    trim(),
    minLength(1, code("required")),
    maxLength(64, code("invalid_time_zone")),
    check(isValidTimeZone, code("invalid_time_zone"))
  ),
  locationType: optional2(picklist(LOCATION_TYPES, code("invalid_option"))),
  location: optionalText(LIMITS.locationMaxLength),
  description: optionalText(LIMITS.descriptionMaxLength),
  internalNotes: optionalText(LIMITS.internalNotesMaxLength),
  attendeeOwnerIds: optional2(
    pipe(
      array(
        pipe(string(code("invalid_type")), regex(digits, code("invalid_format"))),
        code("invalid_type")
      ),
      maxLength(LIMITS.maxAttendees, code("too_many"))
    )
  ),
  activityType: optionalText(LIMITS.activityTypeMaxLength),
  outcome: optional2(picklist(MEETING_OUTCOMES, code("invalid_option"))),
  reminders: optional2(
    pipe(array(reminderSchema, code("invalid_type")), maxLength(LIMITS.maxReminders, code("too_many")))
  ),
  includeDescriptionInReminders: optional2(boolean(code("invalid_type"))),
  checkExisting: optional2(boolean(code("invalid_type")))
});
var ISSUE_CODE = /^[a-z_]+$/;
var LIMIT_PARAMS = {
  title: { max: LIMITS.titleMaxLength },
  location: { max: LIMITS.locationMaxLength },
  description: { max: LIMITS.descriptionMaxLength },
  internalNotes: { max: LIMITS.internalNotesMaxLength },
  activityType: { max: LIMITS.activityTypeMaxLength },
  attendeeOwnerIds: { max: LIMITS.maxAttendees },
  reminders: { max: LIMITS.maxReminders }
};
var RANGE_PARAMS = {
  durationMinutes: { min: LIMITS.minDurationMinutes, max: LIMITS.maxDurationMinutes }
};
var codeOnly = /* @__PURE__ */ __name((_field, code2, params) => params ? { code: code2, message: "", params } : { code: code2, message: "" }, "codeOnly");
function validateMeetingParametersInEnglish(raw) {
  return validateMeetingParametersAsCodes(raw, fieldIssue);
}
__name(validateMeetingParametersInEnglish, "validateMeetingParametersInEnglish");
function validateMeetingParametersAsCodes(raw, describe2 = codeOnly, rules) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) raw = {};
  const fields = {};
  const addIssue = /* @__PURE__ */ __name((field, code2, params) => {
    if (fields[field]) return;
    const limit = code2 === "too_long" || code2 === "too_many" ? LIMIT_PARAMS[field] : code2 === "out_of_range" ? RANGE_PARAMS[field] : void 0;
    fields[field] = describe2(field, code2, params ?? limit);
  }, "addIssue");
  const parsed = safeParse(parametersSchema, raw);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = issue.path?.[0]?.key;
      if (typeof field !== "string") continue;
      const missing = raw[field] === void 0;
      const issueCode = issue.message === "invalid_type" && missing ? "required" : issue.message;
      addIssue(field, ISSUE_CODE.test(issueCode) ? issueCode : "invalid_format");
    }
  }
  const input = raw;
  const timezone = typeof input.timezone === "string" ? input.timezone.trim() : "";
  const zoneKnown = !fields.timezone;
  const startUtc = fields.start ? void 0 : convert("start", input.start, timezone, zoneKnown, addIssue);
  let endUtc;
  if (input.end !== void 0 && input.durationMinutes !== void 0) {
    addIssue("durationMinutes", "end_or_duration");
  } else if (input.durationMinutes !== void 0) {
    if (startUtc && !fields.durationMinutes)
      endUtc = toUtcIso(new Date(Date.parse(startUtc) + input.durationMinutes * 6e4));
  } else if (input.end === void 0) {
    addIssue("end", "required");
  } else if (!fields.end) {
    endUtc = convert("end", input.end, timezone, zoneKnown, addIssue);
  }
  if (startUtc && endUtc) {
    const minutes = minutesBetween(startUtc, endUtc);
    if (minutes <= 0) addIssue("end", "end_before_start");
    else if (minutes > LIMITS.maxDurationMinutes)
      addIssue("end", "duration_too_long", { maxMinutes: LIMITS.maxDurationMinutes });
  }
  if (parsed.success && parsed.output.reminders) {
    const tooEarly = parsed.output.reminders.some(
      (r) => r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit] > LIMITS.maxReminderLeadMinutes
    );
    if (tooEarly) addIssue("reminders", "out_of_range", { maxMinutes: LIMITS.maxReminderLeadMinutes });
  }
  if (rules && parsed.success) applyFormRules(rules, parsed.output, startUtc, addIssue);
  if (!parsed.success || Object.keys(fields).length > 0 || !startUtc || !endUtc) return { ok: false, fields };
  const data = parsed.output;
  const value = {
    requestId: data.requestId.toLowerCase(),
    organizerUserId: data.organizerUserId,
    title: data.title,
    start: data.start,
    end: data.end ?? utcToWallClock(endUtc, data.timezone),
    timezone: data.timezone,
    startUtc,
    endUtc,
    attendeeOwnerIds: [...new Set(data.attendeeOwnerIds ?? [])],
    outcome: data.outcome ?? "SCHEDULED",
    reminders: uniqueReminders(data.reminders ?? []),
    includeDescriptionInReminders: data.includeDescriptionInReminders ?? false,
    checkExisting: data.checkExisting ?? false
  };
  if (data.location) {
    value.location = data.location;
    value.locationType = data.locationType ?? "CUSTOM";
  } else if (data.locationType) {
    value.locationType = data.locationType;
  }
  if (data.description) value.description = data.description;
  if (data.internalNotes) value.internalNotes = data.internalNotes;
  if (data.activityType) value.activityType = data.activityType;
  return { ok: true, value };
}
__name(validateMeetingParametersAsCodes, "validateMeetingParametersAsCodes");
function convert(field, wallClock2, timezone, zoneKnown, addIssue) {
  const text = String(wallClock2).trim();
  if (!zoneKnown) {
    if (parseWallClock(text) === null) addIssue(field, "invalid_format");
    return void 0;
  }
  const result = wallClockToUtc(text, timezone);
  if (result.ok) return result.utc;
  addIssue(result.code === "invalid_time_zone" ? "timezone" : field, result.code);
  return void 0;
}
__name(convert, "convert");
function applyFormRules(rules, data, startUtc, addIssue) {
  if (startUtc) {
    const start = Date.parse(startUtc);
    if (start < rules.now - LIMITS.pastStartGraceMinutes * 6e4) addIssue("start", "start_in_past");
    const firesBeforeNow = (data.reminders ?? []).some(
      (r) => start - r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit] * 6e4 < rules.now
    );
    if (firesBeforeNow) addIssue("reminders", "reminder_in_past");
  }
  if (data.locationType === "CUSTOM" && data.location && !isWebAddress(data.location))
    addIssue("location", "invalid_url");
}
__name(applyFormRules, "applyFormRules");
function isWebAddress(text) {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
__name(isWebAddress, "isWebAddress");
function uniqueReminders(reminders) {
  const seen = /* @__PURE__ */ new Set();
  return reminders.filter((r) => {
    const lead = r.numberOfTimeUnits * REMINDER_UNIT_MINUTES[r.timeUnit];
    if (seen.has(lead)) return false;
    seen.add(lead);
    return true;
  }).map((r) => ({ numberOfTimeUnits: r.numberOfTimeUnits, timeUnit: r.timeUnit }));
}
__name(uniqueReminders, "uniqueReminders");

// ../../../packages/core/src/request-body.ts
var MEETING_TO_CONTACT_ASSOCIATION = {
  associationCategory: "HUBSPOT_DEFINED",
  associationTypeId: 200
};
function buildCreateMeetingRequest(input, trusted, associations = {}) {
  const body = mappedValues(input, trusted, "body");
  return {
    path: "/scheduler/2026-03/meetings/calendar",
    query: mappedValues(input, trusted, "query"),
    body: {
      associations: [
        {
          to: { id: trusted.contactId },
          types: [
            associations.contactTypeId === void 0 ? { ...MEETING_TO_CONTACT_ASSOCIATION } : { associationCategory: "HUBSPOT_DEFINED", associationTypeId: associations.contactTypeId }
          ]
        },
        ...associations.extra ?? []
      ],
      emailReminderSchedule: body.emailReminderSchedule,
      properties: mappedValues(input, trusted, "properties"),
      timezone: body.timezone
    }
  };
}
__name(buildCreateMeetingRequest, "buildCreateMeetingRequest");
function isRecordId(value) {
  return typeof value === "string" ? /^\d{1,20}$/.test(value) : typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
__name(isRecordId, "isRecordId");

// ../../../packages/core/src/server/failures.ts
function failure(code2, message, extra = {}) {
  return { ok: false, error: { code: code2, message, retryable: extra.retryable ?? false, ...extra } };
}
__name(failure, "failure");
function because(cause, extra = {}) {
  return { ...extra, details: { ...extra.details, cause } };
}
__name(because, "because");
var causeOfTransport = /* @__PURE__ */ __name((kind) => kind === "timeout" ? "timeout" : "connection", "causeOfTransport");
function failureFromResponse(response, nowMs, about = {}) {
  const correlationId = correlationIdOf(response);
  const withId = correlationId ? { correlationId } : {};
  const body = readErrorBody(response);
  switch (response.status) {
    case 401:
      return failure(
        "UNAUTHORIZED",
        "HubSpot refused Meeting Card's access token (missing, expired or revoked). Ask your HubSpot admin to reinstall or reauthorize Meeting Card.",
        withId
      );
    case 403: {
      const scopes = missingScopesOf(response);
      const list = scopes.length > 0 ? scopes.join(", ") : "a scope it needs";
      return failure(
        "MISSING_SCOPES",
        `Meeting Card is missing permission in this HubSpot account (${list}). Ask your HubSpot admin to update the app's scopes and reinstall it.`,
        { ...withId, details: { scopes } }
      );
    }
    case 404: {
      const kind = about.kind ?? "contact";
      const what = {
        contact: "this contact",
        organizer: "your HubSpot user as a meeting owner",
        owner: "one of the attendees",
        meeting: "the meeting"
      }[kind];
      return failure("NOT_FOUND", `HubSpot could not find ${what}${about.id ? ` (id ${about.id})` : ""}.`, {
        ...withId,
        details: { kind, ...about.id ? { id: about.id } : {} }
      });
    }
    case 429:
      return failure(
        "RATE_LIMITED",
        "HubSpot is busy right now. Nothing was booked; try again in a few seconds.",
        {
          ...withId,
          retryable: true,
          details: {
            retryAfterSeconds: Math.ceil((retryAfterOf(response, nowMs) ?? 1e4) / 1e3),
            cause: "rate_limit"
          }
        }
      );
    default:
      if (response.status >= 500) {
        return failure(
          "HUBSPOT_UNAVAILABLE",
          "HubSpot is not answering right now. Nothing was booked; try again in a moment.",
          because("hubspot_error", { ...withId, retryable: true })
        );
      }
      return failure(
        "BAD_REQUEST",
        `HubSpot did not accept the meeting: ${body.message ?? `status ${response.status}`}`,
        withId
      );
  }
}
__name(failureFromResponse, "failureFromResponse");

// ../../../packages/core/src/server/owner-cache.ts
function createOwnerCache(options = {}) {
  const ttlMs = options.ttlMs ?? 10 * 6e4;
  const maxEntries = options.maxEntries ?? 5e3;
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  return {
    get(accountKey, userId) {
      const key = `${accountKey}:${userId}`;
      const entry = entries.get(key);
      if (!entry) return void 0;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return void 0;
      }
      return entry.ownerId;
    },
    set(accountKey, userId, ownerId) {
      const key = `${accountKey}:${userId}`;
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      entries.set(key, { ownerId, expiresAt: now() + ttlMs });
    }
  };
}
__name(createOwnerCache, "createOwnerCache");
var processOwnerCache = createOwnerCache();

// ../../../packages/core/src/server/single-flight.ts
function createSingleFlight(options = {}) {
  const keepMs = options.keepMs ?? 0;
  const isKept = options.isKept ?? (() => true);
  const maxKept = options.maxKept ?? 5e3;
  const now = options.now ?? Date.now;
  const flights = /* @__PURE__ */ new Map();
  let running = 0;
  const forget = /* @__PURE__ */ __name((key, flight) => {
    if (flights.get(key) === flight) flights.delete(key);
  }, "forget");
  return {
    run(key, work) {
      const existing = flights.get(key);
      if (existing && existing.until > now()) return existing.answer;
      if (existing) flights.delete(key);
      for (const [oldKey, old] of flights) {
        if (flights.size < maxKept) break;
        if (old.until !== Infinity) flights.delete(oldKey);
      }
      const flight = { answer: Promise.resolve().then(work), until: Infinity };
      flights.set(key, flight);
      running += 1;
      flight.answer.then(
        (value) => {
          running -= 1;
          if (keepMs > 0 && isKept(value)) flight.until = now() + keepMs;
          else forget(key, flight);
        },
        () => {
          running -= 1;
          forget(key, flight);
        }
      );
      return flight.answer;
    },
    get inFlight() {
      return running;
    }
  };
}
__name(createSingleFlight, "createSingleFlight");
var processFormReads = createSingleFlight();

// ../../../packages/core/src/server/concurrent-reads.ts
var concurrentReads = createSingleFlight();

// ../../../packages/core/src/server/owners.ts
async function fetchOwnerOfUser(api, userId, options) {
  try {
    const response = await sendRead(
      api,
      {
        method: "GET",
        path: `/crm/owners/2026-03/${encodeURIComponent(userId)}`,
        query: { idProperty: "userId" }
      },
      options
    );
    if (!isSuccess(response))
      return failureFromResponse(response, nowOf(options), { kind: "organizer", id: userId });
    const owner = response.body;
    if (!owner || owner.id === void 0)
      return failure("NOT_FOUND", "HubSpot has no owner record for your user.", {
        details: { kind: "organizer", id: userId }
      });
    return { ok: true, owner: { ...owner, id: String(owner.id) } };
  } catch (error) {
    if (isCallFailure(error)) {
      return failure(
        "HUBSPOT_UNAVAILABLE",
        "HubSpot could not be reached. Nothing was booked; try again in a moment.",
        { retryable: true }
      );
    }
    throw error;
  }
}
__name(fetchOwnerOfUser, "fetchOwnerOfUser");
async function resolveOrganizerOwnerId(api, cache, userId, options) {
  const cached2 = cache.get(api.accountKey, userId);
  if (cached2) return { ok: true, ownerId: cached2 };
  const lookup = await concurrentReads.run(
    `owner\0${api.accountKey}\0${userId}`,
    () => fetchOwnerOfUser(api, userId, options)
  );
  if (!lookup.ok) return lookup;
  cache.set(api.accountKey, userId, lookup.owner.id);
  return { ok: true, ownerId: lookup.owner.id };
}
__name(resolveOrganizerOwnerId, "resolveOrganizerOwnerId");

// ../../../packages/core/src/server/create-meeting.ts
var DEFAULT_CREATE_POLICY = {
  totalBudgetMs: 9e3,
  createTimeoutMs: 5e3,
  readTimeoutMs: 2500,
  verifyPollMs: 1500,
  verifyWindowMs: 6e4,
  confirmRounds: 2,
  giveUpAfterMs: 18e4,
  maxCheckAfterMs: 1e4,
  minRoundMs: 1e3,
  resubmitLookbackMs: 24 * 60 * 6e4
};
async function createMeeting(deps, call) {
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const deadline = clock.now() + policy.totalBudgetMs;
  const run = {
    deps,
    clock,
    policy,
    deadline,
    log: deps.log ?? (() => {
    }),
    reads: { deadline, timeoutMs: policy.readTimeoutMs, now: clock.now }
  };
  const checking = isCheck(call.parameters);
  const orUndecided = /* @__PURE__ */ __name((stopped) => checking ? undecided(run, call.parameters, stopped) : stopped, "orUndecided");
  if (!isRecordId(call.contactId)) {
    return orUndecided(failure("NO_CONTACT", "Open a contact record to book a meeting with that contact."));
  }
  const contactId = String(call.contactId);
  const validation = validateMeetingParametersInEnglish(call.parameters);
  if (!validation.ok) {
    return orUndecided(
      failure("VALIDATION_ERROR", "Some fields need attention.", { fields: validation.fields })
    );
  }
  const input = validation.value;
  const owner = await resolveOrganizerOwnerId(
    deps.api,
    deps.ownerCache ?? processOwnerCache,
    input.organizerUserId,
    run.reads
  );
  if (!owner.ok) return orUndecided(owner);
  const trusted = { contactId, organizerOwnerId: owner.ownerId };
  const plan = {
    input,
    trusted,
    request: buildCreateMeetingRequest(input, trusted, call.associations)
  };
  if (checking) {
    const { since, lookFrom } = checkWindow(run, call.parameters);
    return settle(run, plan, { since, lookFrom, pollInWindow: false, cause: "unconfirmed" });
  }
  const sent = await sendOnce(run, plan);
  if (sent.kind === "answered") return sent.result;
  run.log("create.ambiguous", { requestId: input.requestId, why: sent.why, ...sent.correlation });
  return settle(
    run,
    plan,
    {
      since: sent.attemptedAt,
      lookFrom: sent.attemptedAt,
      late: sent.late,
      pollInWindow: true,
      cause: sent.cause
    },
    sent.correlation
  );
}
__name(createMeeting, "createMeeting");
async function sendOnce(run, plan) {
  const { clock, policy, deadline } = run;
  const attemptedAt = clock.now();
  if (deadline - attemptedAt < policy.createTimeoutMs)
    return { kind: "answered", result: notSent("timeout") };
  let response;
  try {
    response = await run.deps.api.send({
      method: "POST",
      path: plan.request.path,
      query: plan.request.query,
      body: plan.request.body,
      timeoutMs: policy.createTimeoutMs,
      deadline
    });
  } catch (error) {
    if (error instanceof NotSentError) return { kind: "answered", result: notSent("rate_limit") };
    if (!(error instanceof TransportError)) throw error;
    return {
      kind: "ambiguous",
      attemptedAt,
      why: error.kind,
      cause: causeOfTransport(error.kind),
      late: error.late,
      correlation: {}
    };
  }
  if (isSuccess(response)) {
    const id = meetingIdOf(response);
    if (id) return { kind: "answered", result: { ok: true, meeting: bookedMeeting(id, plan) } };
    return {
      kind: "ambiguous",
      attemptedAt,
      why: `${response.status} without an id`,
      cause: "unconfirmed",
      correlation: correlation(response)
    };
  }
  if (response.status >= 500) {
    return {
      kind: "ambiguous",
      attemptedAt,
      why: String(response.status),
      cause: "hubspot_error",
      correlation: correlation(response)
    };
  }
  return { kind: "answered", result: rejection(response, clock.now()) };
}
__name(sendOnce, "sendOnce");
function nextRoundAt(now, windowEnd, policy, pollInWindow) {
  if (now >= windowEnd || pollInWindow) return now + policy.verifyPollMs;
  return Math.max(windowEnd, now + policy.verifyPollMs);
}
__name(nextRoundAt, "nextRoundAt");
async function settle(run, plan, verification, extra = {}) {
  const { clock, policy, deadline, log } = run;
  const { since } = verification;
  const requestId = plan.input.requestId;
  const fingerprint = meetingFingerprint(plan.input, plan.trusted, verification.lookFrom);
  const windowEnd = since + policy.verifyWindowMs;
  const late = watchLate(verification.late, clock.now);
  let absentRounds = 0;
  let last;
  for (; ; ) {
    const lateResult = late.result(plan);
    if (lateResult) return lateResult;
    if (deadline - clock.now() < policy.minRoundMs) break;
    const startedAt = clock.now();
    last = await verificationRound(run.deps.api, fingerprint, run.reads);
    const afterRound = late.result(plan);
    if (afterRound) return afterRound;
    if (last.kind === "found") {
      log("create.found", { requestId, meetingId: last.meetingId });
      return { ok: true, meeting: bookedMeeting(last.meetingId, plan, verification.cause) };
    }
    absentRounds = last.kind === "absent" && startedAt >= windowEnd && !late.inFlight() ? absentRounds + 1 : 0;
    if (absentRounds >= policy.confirmRounds) {
      log("create.confirmed_absent", { requestId, sinceMs: clock.now() - since });
      return notCreated(verification.cause, extra);
    }
    const now2 = clock.now();
    const nextAt2 = nextRoundAt(now2, windowEnd, policy, verification.pollInWindow);
    if (nextAt2 + policy.minRoundMs > deadline) {
      if (late.inFlight()) await clock.sleep(deadline - now2, late.signal);
      const lastChance = late.result(plan);
      if (lastChance) return lastChance;
      break;
    }
    await clock.sleep(nextAt2 - now2, late.inFlight() ? late.signal : void 0);
  }
  const now = clock.now();
  if (last?.kind === "unknown" && now - since >= policy.giveUpAfterMs) {
    log("create.unknown", { requestId, reason: last.reason });
    return failure(
      "OUTCOME_UNKNOWN",
      UNKNOWN_MESSAGE,
      because(verification.cause, { retryable: false, ...extra, details: { attemptedSince: since } })
    );
  }
  const nextAt = nextRoundAt(now, windowEnd, policy, false);
  const checkAfterMs = Math.round(
    Math.min(policy.maxCheckAfterMs, Math.max(policy.verifyPollMs, nextAt - now - policy.totalBudgetMs / 2))
  );
  log("create.verifying", {
    requestId,
    last: last?.kind,
    reason: last?.kind === "unknown" ? last.reason : void 0
  });
  return failure(
    "VERIFYING",
    VERIFYING_MESSAGE,
    because(verification.cause, {
      retryable: false,
      ...extra,
      details: { attemptedSince: since, checkAfterMs }
    })
  );
}
__name(settle, "settle");
function watchLate(late, now) {
  let answer;
  let settled = late === void 0;
  const stopPause = new AbortController();
  late?.then(
    (response) => {
      answer = response;
      settled = true;
      stopPause.abort();
    },
    () => {
      settled = true;
      stopPause.abort();
    }
  );
  return {
    signal: stopPause.signal,
    inFlight: /* @__PURE__ */ __name(() => !settled, "inFlight"),
    /** A definitive outcome from the late answer, if it brought one. */
    result(plan) {
      if (!answer) return void 0;
      if (isSuccess(answer)) {
        const id = meetingIdOf(answer);
        return id ? { ok: true, meeting: bookedMeeting(id, plan, "timeout") } : void 0;
      }
      return answer.status < 500 ? rejection(answer, now()) : void 0;
    }
  };
}
__name(watchLate, "watchLate");
function attemptedSinceOf(parameters) {
  const value = parameters?.attemptedSince;
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
__name(attemptedSinceOf, "attemptedSinceOf");
function checkWindow(run, parameters) {
  const { clock, policy } = run;
  const claimed = attemptedSinceOf(parameters);
  const now = clock.now();
  const since = claimed === void 0 ? now : Math.min(now, Math.max(claimed, now - policy.resubmitLookbackMs));
  const lookFrom = claimed === void 0 ? now - policy.resubmitLookbackMs : since;
  return { since, lookFrom };
}
__name(checkWindow, "checkWindow");
function isCheck(parameters) {
  return parameters?.checkExisting === true;
}
__name(isCheck, "isCheck");
function causeOfStop(stopped) {
  const { code: code2, details } = stopped.error;
  if (details?.cause) return details.cause;
  if (code2 === "RATE_LIMITED") return "rate_limit";
  if (code2 === "HUBSPOT_UNAVAILABLE") return "connection";
  if (code2 === "VALIDATION_ERROR" || code2 === "NO_CONTACT") return "unconfirmed";
  return "hubspot_error";
}
__name(causeOfStop, "causeOfStop");
function undecided(run, parameters, stopped) {
  const { clock, policy, log } = run;
  const { since } = checkWindow(run, parameters);
  const cause = causeOfStop(stopped);
  const correlationId = stopped.error.correlationId;
  const extra = correlationId ? { correlationId } : {};
  log("create.check_stopped", { code: stopped.error.code, cause });
  if (clock.now() - since >= policy.giveUpAfterMs) {
    return failure(
      "OUTCOME_UNKNOWN",
      UNKNOWN_MESSAGE,
      because(cause, { retryable: false, ...extra, details: { attemptedSince: since } })
    );
  }
  const retryAfterMs2 = (stopped.error.details?.retryAfterSeconds ?? 0) * 1e3;
  const checkAfterMs = Math.min(policy.maxCheckAfterMs, Math.max(policy.verifyPollMs, retryAfterMs2));
  return failure(
    "VERIFYING",
    VERIFYING_MESSAGE,
    because(cause, { retryable: false, ...extra, details: { attemptedSince: since, checkAfterMs } })
  );
}
__name(undecided, "undecided");
var UNKNOWN_MESSAGE = "HubSpot did not confirm whether the meeting was booked. Check the contact's activity timeline before trying again.";
var VERIFYING_MESSAGE = "HubSpot has not confirmed the booking yet. Still checking: do not book it again until this is resolved.";
function notCreated(cause, extra) {
  return failure(
    "NOT_CREATED",
    "HubSpot confirms the meeting was not booked. It is safe to book it.",
    because(cause, { retryable: true, ...extra })
  );
}
__name(notCreated, "notCreated");
function notSent(cause) {
  const message = cause === "timeout" ? "HubSpot was slow to answer. Nothing was sent, so nothing was booked; try again in a few seconds." : "HubSpot is busy right now. Nothing was booked; try again in a few seconds.";
  return failure("RATE_LIMITED", message, {
    retryable: true,
    details: { retryAfterSeconds: 5, cause }
  });
}
__name(notSent, "notSent");
function meetingIdOf(response) {
  const id = response.body?.id;
  return typeof id === "string" || typeof id === "number" ? String(id) : void 0;
}
__name(meetingIdOf, "meetingIdOf");
var NAMES_BY_LENGTH = [...MEETING_PROPERTIES].sort((a, b) => b.name.length - a.name.length);
function rejection(response, nowMs) {
  if (response.status === 400) {
    const fields = {};
    for (const error of readErrorBody(response).errors ?? []) {
      const text = `${error.in ?? ""} ${error.message ?? ""}`;
      const field = NAMES_BY_LENGTH.find((mapping) => text.includes(mapping.name))?.field;
      if (field && !fields[field])
        fields[field] = { ...fieldIssue(field, "invalid_option"), message: error.message ?? "" };
    }
    if (Object.keys(fields).length > 0) {
      return failure("VALIDATION_ERROR", "HubSpot did not accept some fields.", {
        fields,
        ...correlation(response)
      });
    }
  }
  const message = String(readErrorBody(response).message ?? "").toLowerCase();
  const kind = message.includes("owner") ? "owner" : message.includes("user") || message.includes("organizer") ? "organizer" : "contact";
  return failureFromResponse(response, nowMs, { kind });
}
__name(rejection, "rejection");
function correlation(response) {
  const correlationId = correlationIdOf(response);
  return correlationId ? { correlationId } : {};
}
__name(correlation, "correlation");
function bookedMeeting(id, plan, recoveredFrom) {
  const { input, trusted } = plan;
  const meeting = {
    id,
    title: input.title,
    start: input.start,
    end: input.end,
    timezone: input.timezone,
    startUtc: input.startUtc,
    endUtc: input.endUtc,
    contactId: trusted.contactId,
    ownerId: trusted.organizerOwnerId,
    attendeeOwnerIds: input.attendeeOwnerIds
  };
  if (recoveredFrom) {
    meeting.recovered = true;
    meeting.recoveredFrom = recoveredFrom;
  }
  return meeting;
}
__name(bookedMeeting, "bookedMeeting");

// ../../../packages/core/src/server/owner-list-cache.ts
function createOwnerListCache(options = {}) {
  const ttlMs = options.ttlMs ?? 5 * 6e4;
  const maxOwners = options.maxOwners ?? 5e4;
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  let held = 0;
  const drop = /* @__PURE__ */ __name((accountKey, entry) => {
    if (entries.get(accountKey) !== entry) return;
    entries.delete(accountKey);
    held -= entry.size;
  }, "drop");
  const settle2 = /* @__PURE__ */ __name((accountKey, entry, result) => {
    if (entries.get(accountKey) !== entry) return;
    if (!result.ok) return drop(accountKey, entry);
    entry.expiresAt = now() + ttlMs;
    entry.size = result.owners.length;
    held += entry.size;
    for (const [key, other] of entries) {
      if (held <= maxOwners) break;
      if (other !== entry && other.expiresAt !== Infinity) drop(key, other);
    }
    if (held > maxOwners) drop(accountKey, entry);
  }, "settle");
  return {
    get(accountKey, load) {
      const cached2 = entries.get(accountKey);
      if (cached2 && cached2.expiresAt > now()) {
        entries.delete(accountKey);
        entries.set(accountKey, cached2);
        return cached2.load;
      }
      if (cached2) drop(accountKey, cached2);
      const entry = { load: load(), expiresAt: Infinity, size: 0 };
      entries.set(accountKey, entry);
      entry.load.then(
        (result) => settle2(accountKey, entry, result),
        () => drop(accountKey, entry)
      );
      return entry.load;
    }
  };
}
__name(createOwnerListCache, "createOwnerListCache");
var processOwnerListCache = createOwnerListCache();

// ../../../packages/core/src/server/owner-query.ts
var OWNER_QUERY_LIMITS = { minLength: 2, maxLength: 100, maxResults: 20 };
var { minLength: minLength2, maxLength: maxLength2 } = OWNER_QUERY_LIMITS;

// ../../../packages/core/src/server/card-context/meetings-of-record.ts
var LOOK_BACK_MS = 24 * 60 * 6e4;

// ../../../packages/core/src/server/card-context/record-read.ts
async function readRecord(api, type, id, wanted, reads) {
  const response = await sendRead(
    api,
    {
      method: "GET",
      path: `/crm/objects/2026-03/${type}/${encodeURIComponent(id)}`,
      query: { properties: wanted.properties.join(","), associations: wanted.associations.join(",") }
    },
    reads
  );
  if (!isSuccess(response)) return { ok: false, response };
  const body = response.body ?? {};
  const associations = {};
  for (const [kind, value] of Object.entries(body.associations ?? {})) {
    const key = kind;
    const ids = [];
    const primary = [];
    for (const result of value.results ?? []) {
      if (result.id === void 0) continue;
      const resultId = String(result.id);
      if (!ids.includes(resultId)) ids.push(resultId);
      if (result.type && !result.type.endsWith("_unlabeled") && !primary.includes(resultId))
        primary.push(resultId);
    }
    associations[key] = { ids, primary };
  }
  return { ok: true, record: { id: String(body.id ?? id), properties: body.properties ?? {}, associations } };
}
__name(readRecord, "readRecord");
function isContactOnRecord(api, type, recordId, contactId, reads) {
  return isAssociated(api, type, recordId, "contacts", contactId, reads);
}
__name(isContactOnRecord, "isContactOnRecord");
async function isAssociated(api, type, recordId, toType, toId, reads) {
  let after;
  for (let page = 0; page < 20; page += 1) {
    const response = await sendRead(
      api,
      {
        method: "GET",
        path: `/crm/objects/2026-03/${type}/${encodeURIComponent(recordId)}/associations/${toType}`,
        query: { limit: "500", ...after ? { after } : {} }
      },
      reads
    );
    if (!isSuccess(response)) return { ok: false, response };
    const body = response.body;
    if ((body.results ?? []).some((r) => String(r.toObjectId) === toId))
      return { ok: true, associated: true };
    after = body.paging?.next?.after;
    if (!after) break;
  }
  return { ok: true, associated: false };
}
__name(isAssociated, "isAssociated");

// ../../../packages/core/src/server/card-context/record-facts.ts
function createRecordFacts(options = {}) {
  const ttlMs = options.ttlMs ?? 10 * 6e4;
  const maxEntries = options.maxEntries ?? 1e4;
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  const keyOf = /* @__PURE__ */ __name((accountKey, contactId) => `${accountKey}\0${contactId}`, "keyOf");
  return {
    primaryCompany(accountKey, contactId) {
      const key = keyOf(accountKey, contactId);
      const entry = entries.get(key);
      if (!entry) return void 0;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return void 0;
      }
      return entry.companyId;
    },
    rememberPrimaryCompany(accountKey, contactId, companyId) {
      const key = keyOf(accountKey, contactId);
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      entries.set(key, { companyId, expiresAt: now() + ttlMs });
    }
  };
}
__name(createRecordFacts, "createRecordFacts");
var processRecordFacts = createRecordFacts();

// ../../../packages/core/src/server/card-context/slot-source.ts
var LINK_TTL_MS = 10 * 6e4;

// ../../../packages/core/src/server/card-context/association-types.ts
var DEFINED_MEETING_ASSOCIATION_TYPES = {
  contacts: 200,
  companies: 188,
  deals: 212
};
function createAssociationTypeCache(options = {}) {
  const ttlMs = options.ttlMs ?? 60 * 6e4;
  const maxEntries = options.maxEntries ?? 2e3;
  const now = options.now ?? Date.now;
  const entries = /* @__PURE__ */ new Map();
  return {
    get(accountKey) {
      const entry = entries.get(accountKey);
      if (!entry) return void 0;
      if (entry.expiresAt <= now()) {
        entries.delete(accountKey);
        return void 0;
      }
      return entry.types;
    },
    set(accountKey, types) {
      entries.delete(accountKey);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      entries.set(accountKey, { types, expiresAt: now() + ttlMs });
    }
  };
}
__name(createAssociationTypeCache, "createAssociationTypeCache");
var processAssociationTypes = createAssociationTypeCache();
async function meetingAssociationTypes(api, cache, reads, kinds = ["contacts", "companies", "deals"]) {
  const cached2 = cache.get(api.accountKey) ?? {};
  const types = { ...DEFINED_MEETING_ASSOCIATION_TYPES, ...cached2 };
  const missing = kinds.filter((kind) => cached2[kind] === void 0);
  if (missing.length === 0) return types;
  const read = {};
  await Promise.all(
    missing.map(async (kind) => {
      try {
        const response = await concurrentReads.run(
          `labels\0${api.accountKey}\0${kind}`,
          () => sendRead(api, { method: "GET", path: `/crm/associations/2026-03/meetings/${kind}/labels` }, reads)
        );
        const unlabeled = isSuccess(response) ? response.body.results?.find(
          (r) => r.category === "HUBSPOT_DEFINED" && !r.label && Number.isInteger(r.typeId)
        ) : void 0;
        if (unlabeled?.typeId !== void 0) types[kind] = read[kind] = unlabeled.typeId;
      } catch {
      }
    })
  );
  if (Object.keys(read).length > 0)
    cache.set(api.accountKey, { ...cache.get(api.accountKey) ?? {}, ...read });
  return types;
}
__name(meetingAssociationTypes, "meetingAssociationTypes");

// ../../../packages/core/src/server/card-context/create-on-record.ts
function extrasOf(parameters) {
  if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) return {};
  const { contactId, dealId } = parameters;
  return { contactId, dealId };
}
__name(extrasOf, "extrasOf");
var fieldFailure = /* @__PURE__ */ __name((field, message) => failure("VALIDATION_ERROR", "Some fields need attention.", {
  // Not fields of the form's MeetingParameters, hence the cast: the pickers live beside the form.
  fields: { [field]: { code: "unknown_id", message } }
}), "fieldFailure");
async function createMeetingOnRecord(deps, call) {
  if (!isRecordId(call.recordId))
    return failure("NO_CONTACT", "Open a contact, deal or company record to book a meeting.");
  const recordId = String(call.recordId);
  const extras = extrasOf(call.parameters);
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const startedAt = clock.now();
  const reads = {
    now: clock.now,
    deadline: clock.now() + policy.totalBudgetMs / 3,
    timeoutMs: policy.readTimeoutMs
  };
  const validation = validateMeetingParametersInEnglish(call.parameters);
  if (!validation.ok)
    return failure("VALIDATION_ERROR", "Some fields need attention.", { fields: validation.fields });
  if (validation.value.checkExisting && call.recordType === "contacts")
    return createMeeting(deps, { parameters: call.parameters, contactId: recordId });
  if (extras.dealId !== void 0 && extras.dealId !== null && extras.dealId !== "" && !isRecordId(extras.dealId))
    return fieldFailure("dealId", "Pick one of the listed deals.");
  if (call.recordType !== "contacts" && !isRecordId(extras.contactId))
    return fieldFailure("contactId", "Pick the contact to meet.");
  resolveOrganizerOwnerId(deps.api, deps.ownerCache ?? processOwnerCache, validation.value.organizerUserId, {
    ...reads,
    deadline: startedAt + policy.totalBudgetMs
  }).catch(() => void 0);
  try {
    let contactId;
    let companyId;
    let dealId;
    if (call.recordType === "contacts") {
      contactId = recordId;
      const wantsDeal = isRecordId(extras.dealId);
      const facts = deps.recordFacts ?? processRecordFacts;
      const known = wantsDeal ? void 0 : knownCompany(call.vouchedCompanyId, facts, deps.api.accountKey, recordId);
      if (known !== void 0) companyId = known ?? void 0;
      const read = known !== void 0 ? null : await concurrentReads.run(
        `contact\0${deps.api.accountKey}\0${recordId}\0${wantsDeal ? "deals" : ""}`,
        () => readRecord(
          deps.api,
          "contacts",
          recordId,
          { properties: ["associatedcompanyid"], associations: wantsDeal ? ["deals"] : [] },
          reads
        )
      ).catch((error) => {
        if (!wantsDeal && isCallFailure(error)) return null;
        throw error;
      });
      if (read && !read.ok && wantsDeal)
        return failureFromResponse(read.response, clock.now(), { kind: "contact", id: recordId });
      if (read?.ok) {
        const primary = read.record.properties.associatedcompanyid;
        companyId = primary && isRecordId(primary) ? primary : void 0;
        facts.rememberPrimaryCompany(deps.api.accountKey, recordId, companyId ?? null);
      }
      if (wantsDeal && read?.ok) {
        dealId = String(extras.dealId);
        if (!read.record.associations.deals?.ids.includes(dealId)) {
          const paged = await isAssociated(deps.api, "contacts", recordId, "deals", dealId, reads);
          if (!paged.ok)
            return failureFromResponse(paged.response, clock.now(), { kind: "contact", id: recordId });
          if (!paged.associated)
            return fieldFailure("dealId", "That deal is not associated with this contact in HubSpot.");
        }
      }
    } else {
      contactId = String(extras.contactId);
      const read = await readRecord(
        deps.api,
        call.recordType,
        recordId,
        {
          properties: [],
          associations: call.recordType === "deals" ? ["contacts", "companies"] : ["contacts"]
        },
        reads
      );
      if (!read.ok) return failureFromResponse(read.response, clock.now(), { kind: "contact", id: recordId });
      if (!read.record.associations.contacts?.ids.includes(contactId)) {
        const paged = await isContactOnRecord(deps.api, call.recordType, recordId, contactId, reads);
        if (!paged.ok)
          return failureFromResponse(paged.response, clock.now(), { kind: "contact", id: contactId });
        if (!paged.associated)
          return fieldFailure("contactId", "That contact is not associated with this record in HubSpot.");
      }
      if (call.recordType === "deals") {
        dealId = recordId;
        const companies = read.record.associations.companies;
        companyId = companies?.primary[0] ?? companies?.ids[0];
      } else {
        companyId = recordId;
      }
    }
    const types = await meetingAssociationTypes(
      deps.api,
      deps.associationTypes ?? processAssociationTypes,
      reads,
      ["contacts", ...companyId ? ["companies"] : [], ...dealId ? ["deals"] : []]
    );
    const extra = [];
    if (companyId)
      extra.push({
        to: { id: companyId },
        types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: types.companies }]
      });
    if (dealId)
      extra.push({
        to: { id: dealId },
        types: [{ associationCategory: "HUBSPOT_DEFINED", associationTypeId: types.deals }]
      });
    const left = Math.max(0, policy.totalBudgetMs - (clock.now() - startedAt));
    return await createMeeting(
      { ...deps, policy: { ...deps.policy, totalBudgetMs: left } },
      {
        parameters: call.parameters,
        contactId,
        associations: { contactTypeId: types.contacts, extra }
      }
    );
  } catch (error) {
    if (isCallFailure(error))
      return failure(
        "HUBSPOT_UNAVAILABLE",
        "HubSpot could not be reached. Nothing was booked; try again in a moment.",
        {
          retryable: true
        }
      );
    throw error;
  }
}
__name(createMeetingOnRecord, "createMeetingOnRecord");
function knownCompany(vouched, facts, accountKey, contactId) {
  if (vouched === "" || vouched === null) return null;
  if (isRecordId(vouched)) return String(vouched);
  return facts.primaryCompany(accountKey, contactId);
}
__name(knownCompany, "knownCompany");

// ../../../packages/core/src/record-context.ts
var RECORD_TYPES = ["contacts", "deals", "companies"];
var RECORD_TYPE_IDS = {
  "0-1": "contacts",
  "0-3": "deals",
  "0-2": "companies"
};

// ../../../packages/core/src/server/card-context/record-type.ts
var MARKERS = {
  contacts: ["email", "firstname", "lastname"],
  deals: ["dealname"],
  companies: ["domain", "name"]
};
var present = /* @__PURE__ */ __name((value) => value !== void 0 && value !== null && value !== "", "present");
function trustedRecordType(claimed, propertiesToSend) {
  if (claimed === void 0 || claimed === null || claimed === "") return "contacts";
  const type = typeof claimed === "string" ? RECORD_TYPES.find((t) => t === claimed) ?? RECORD_TYPE_IDS[claimed] : void 0;
  if (!type) return void 0;
  if (type === "contacts") {
    const other = [...MARKERS.deals, ...MARKERS.companies].some((p) => present(propertiesToSend?.[p]));
    return other ? void 0 : "contacts";
  }
  const own = MARKERS[type].some((p) => present(propertiesToSend?.[p]));
  const others = RECORD_TYPES.filter((t) => t !== type).some(
    (t) => MARKERS[t].some((p) => present(propertiesToSend?.[p]))
  );
  return own && !others ? type : void 0;
}
__name(trustedRecordType, "trustedRecordType");

// ../../../packages/core/src/messages/en.ts
var EN_MESSAGES = {
  "title.suggestion": "Meeting with {name}",
  "field.title": "Title",
  "field.date": "Date",
  "field.startTime": "Start time",
  "field.duration": "Duration",
  "field.endTime": "End time",
  "field.timezone": "Time zone",
  "field.locationType": "Location type",
  "field.location": "Location",
  "field.description": "Description",
  "field.description.help": "Goes into the calendar invite.",
  "field.internalNotes": "Internal notes",
  "field.internalNotes.help": "Only your team sees these.",
  "field.attendees": "Attendees",
  "field.attendees.loading": "Loading teammates\u2026",
  "field.attendees.unavailable": "Teammates could not be loaded; you can still book without them.",
  "field.findPeople": "Find more people",
  "field.findPeople.found": "{count} found: pick them in Attendees.",
  "field.meetingType": "Meeting type",
  "field.reminders": "Email reminders",
  "field.reminders.help": "Up to {max}.",
  "field.includeDescription": "Include the description in reminders",
  "duration.minutes": "{minutes} minutes",
  "duration.custom": "Choose an end time",
  "locationType.none": "No location",
  "locationType.PHONE": "Phone call",
  "locationType.ADDRESS": "Address",
  "locationType.CUSTOM": "Video or other link",
  "location.placeholder.PHONE": "Phone number",
  "location.placeholder.ADDRESS": "Street, city",
  "location.placeholder.CUSTOM": "https://\u2026",
  "reminder.15m": "15 minutes before",
  "reminder.30m": "30 minutes before",
  "reminder.1h": "1 hour before",
  "reminder.1d": "1 day before",
  "reminder.1w": "1 week before",
  "meetingType.none": "No type",
  "submit.book": "Book meeting",
  "submit.retry": "Try again",
  "submit.checking": "Checking\u2026",
  "success.heading": "Meeting booked",
  "success.when": "When",
  "success.contactTime": "Contact's time",
  "success.attendees": "Attendees",
  "success.noAttendees": "Only you and the contact",
  "success.bookAnother": "Book another",
  "error.heading": "The meeting was not booked",
  "error.headingUnknown": "We could not confirm the booking",
  "error.VALIDATION_ERROR": "Some fields need attention. Check the messages next to them.",
  "error.NO_CONTACT": "This card only works on a contact record. Reload the page and try again.",
  "error.NOT_FOUND": "Something this meeting refers to no longer exists in HubSpot. Reload the page and try again.",
  "error.VERIFYING": "HubSpot has not confirmed it yet. Checking\u2026",
  "error.BAD_REQUEST": "HubSpot did not accept this meeting. Check the details and try again.",
  "error.INTERNAL_ERROR": "Something went wrong on our side. Check the contact's activity timeline before trying again.",
  "error.correlationId": "Support reference: {id}",
  "issue.required": "Required.",
  "issue.invalid_type": "This value has the wrong type.",
  "issue.too_long": "Too long: at most {max} characters.",
  "issue.too_many": "Too many: at most {max}.",
  "issue.invalid_format": "This is not in the expected format.",
  "issue.invalid_uuid": "Invalid request id. Reload the card and try again.",
  "issue.invalid_time_zone": "Unknown time zone: choose one from the list.",
  "issue.nonexistent_local_time": "This time does not exist in this time zone (daylight saving skips it). Pick another.",
  "issue.end_before_start": "The meeting must end after it starts.",
  "issue.duration_too_long": "A meeting can last at most {hours} hours.",
  "issue.invalid_option": "Choose one of the options.",
  "issue.out_of_range": "This value is out of range.",
  "issue.unknown_id": "HubSpot does not know this one. Choose another.",
  "issue.end_or_duration": "Choose a duration or an end time, not both.",
  "issue.start_in_past": "This time has already passed. Pick a time from now on.",
  "issue.reminder_in_past": "A reminder would be sent before now. Untick it or pick a later start.",
  "issue.invalid_url": "Enter a web address starting with https://.",
  "field.timezone.search": "Find a time zone",
  "field.timezone.search.none": "No time zone matches.",
  "field.reminders.max": "You can tick up to {max}. Untick one to choose another.",
  "timezone.role.you": "you",
  "timezone.role.account": "account",
  "timezone.role.contact": "contact",
  "timezone.contactLocalTime": "Contact's time: {time}",
  "timezone.yourTime": "Your time: {time}",
  "duration.endsNextDay": "Ends the next day.",
  "summary.fields": "Nothing was sent. Fix: {fields}.",
  "submit.noOwner": "Booking needs an owner record.",
  "success.yourTime": "Your time",
  "success.location": "Location",
  "success.meetingType": "Meeting type",
  "success.reminders": "Email reminders",
  "install.heading": "Meeting Card cannot reach this HubSpot account",
  "install.retry": "Check again",
  "cause.hubspot_error": "HubSpot answered with an error.",
  "cause.timeout": "HubSpot did not answer in time.",
  "cause.connection": "The connection to HubSpot dropped.",
  "cause.unconfirmed": "HubSpot did not confirm the booking.",
  "success.recovered": "{cause} We checked and found the meeting: it was booked once.",
  "error.RATE_LIMITED": "{cause} Nothing was booked; try again in {seconds} seconds.",
  "error.NOT_CREATED": "{cause} We checked: nothing was booked, so it is safe to try again.",
  "error.OUTCOME_UNKNOWN": "{cause} The meeting may or may not exist: check the contact's activity timeline before trying again.",
  "error.HUBSPOT_UNAVAILABLE": "{cause} Nothing was booked; try again in a moment.",
  "field.timezone.search.help": "Type a city; matches join the list.",
  "submit.progress": "Booking\u2026 the form is locked until HubSpot answers.",
  "error.UNAUTHORIZED": "Meeting Card is not installed here any more, or its access was removed. Ask a HubSpot admin to install it again.",
  "error.MISSING_SCOPES": "Meeting Card lacks a permission ({scopes}). Ask a HubSpot admin to reinstall it and accept it.",
  "error.noOwner": "You have no owner record in this HubSpot account, so you cannot organize meetings. Ask a HubSpot admin for a user seat (Settings \u203A Users & Teams), then reload.",
  "cause.rate_limit": "HubSpot's rate limit for this account was reached.",
  "record.upcoming": "Upcoming meetings",
  "record.noUpcoming": "No upcoming meetings.",
  "record.cancel": "Mark canceled",
  "record.noShow": "Mark no-show",
  "record.outcomeNote": "HubSpot changes only the meeting: it does not say whether the calendar invite changes.",
  "record.outcomeDone": "{title}: Marked {outcome}.",
  "record.outcomeFailed": "The change was not confirmed. Reload the card.",
  "record.CANCELED": "canceled",
  "record.NO_SHOW": "no-show",
  "record.contact": "Contact",
  "record.deal": "Deal",
  "record.noDeal": "No deal",
  "record.company": "Also associated with {name}",
  "record.noContacts": "This record has no contacts.",
  "record.limitedDeals": "Deals hidden: the app may not read them.",
  "record.open": "Open",
  "slots.title": "Free times",
  "slots.none": "No free times this month.",
  "slots.noLink": "You have no HubSpot scheduling page: type the time.",
  "slots.noScope": "Free times need an extra app permission: type the time.",
  "slots.offline": "HubSpot lost your calendar: busy times are unknown and the invite may not be sent.",
  "conflict.busy": "You are busy then ({range}).",
  "conflict.overlap": 'Overlaps with "{title}" ({range}).',
  "conflict.sameDay": '"{title}" is already that day ({range}).',
  "load.waiting": "Loading Meeting Card\u2026",
  "load.failed": "Your language did not load; the form is in English.",
  "load.retry": "Try again"
};

// ../../../packages/core/src/messages/boot.ts
var BOOT_MESSAGES = {
  "pt-BR": {
    "load.waiting": "Carregando o Meeting Card\u2026",
    "load.failed": "O portugu\xEAs n\xE3o carregou; o formul\xE1rio est\xE1 em ingl\xEAs.",
    "load.retry": "Tentar novamente"
  },
  es: {
    "load.waiting": "Cargando Meeting Card\u2026",
    "load.failed": "El espa\xF1ol no se carg\xF3; el formulario est\xE1 en ingl\xE9s.",
    "load.retry": "Intentar de nuevo"
  }
};

// ../../../packages/core/src/messages/es.ts
var ES_MESSAGES = {
  "title.suggestion": "Reuni\xF3n con {name}",
  "field.title": "T\xEDtulo",
  "field.date": "Fecha",
  "field.startTime": "Hora de inicio",
  "field.duration": "Duraci\xF3n",
  "field.endTime": "Hora de fin",
  "field.timezone": "Zona horaria",
  "field.locationType": "Tipo de ubicaci\xF3n",
  "field.location": "Ubicaci\xF3n",
  "field.description": "Descripci\xF3n",
  "field.description.help": "Se incluye en la invitaci\xF3n del calendario.",
  "field.internalNotes": "Notas internas",
  "field.internalNotes.help": "Solo tu equipo las ve.",
  "field.attendees": "Asistentes",
  "field.attendees.loading": "Cargando compa\xF1eros\u2026",
  "field.attendees.unavailable": "No se pudieron cargar los compa\xF1eros; aun as\xED puedes agendar sin ellos.",
  "field.findPeople": "Buscar m\xE1s personas",
  "field.findPeople.found": "{count} encontrado(s): el\xEDgelos en Asistentes.",
  "field.meetingType": "Tipo de reuni\xF3n",
  "field.reminders": "Recordatorios por correo",
  "field.reminders.help": "Hasta {max}.",
  "field.includeDescription": "Incluir la descripci\xF3n en los recordatorios",
  "duration.minutes": "{minutes} minutos",
  "duration.custom": "Elegir hora de fin",
  "locationType.none": "Sin ubicaci\xF3n",
  "locationType.PHONE": "Llamada telef\xF3nica",
  "locationType.ADDRESS": "Direcci\xF3n",
  "locationType.CUSTOM": "Video u otro enlace",
  "location.placeholder.PHONE": "N\xFAmero de tel\xE9fono",
  "location.placeholder.ADDRESS": "Calle, ciudad",
  "location.placeholder.CUSTOM": "https://\u2026",
  "reminder.15m": "15 minutos antes",
  "reminder.30m": "30 minutos antes",
  "reminder.1h": "1 hora antes",
  "reminder.1d": "1 d\xEDa antes",
  "reminder.1w": "1 semana antes",
  "meetingType.none": "Sin tipo",
  "submit.book": "Agendar reuni\xF3n",
  "submit.retry": "Intentar de nuevo",
  "submit.checking": "Comprobando\u2026",
  "success.heading": "Reuni\xF3n agendada",
  "success.when": "Cu\xE1ndo",
  "success.contactTime": "Hora del contacto",
  "success.attendees": "Asistentes",
  "success.noAttendees": "Solo t\xFA y el contacto",
  "success.bookAnother": "Agendar otra",
  "error.heading": "La reuni\xF3n no se agend\xF3",
  "error.headingUnknown": "No pudimos confirmar la reuni\xF3n",
  "error.VALIDATION_ERROR": "Algunos campos necesitan atenci\xF3n. Revisa los mensajes junto a ellos.",
  "error.NO_CONTACT": "Esta tarjeta solo funciona en un registro de contacto. Recarga la p\xE1gina e int\xE9ntalo de nuevo.",
  "error.NOT_FOUND": "Algo a lo que se refiere esta reuni\xF3n ya no existe en HubSpot. Recarga la p\xE1gina e int\xE9ntalo de nuevo.",
  "error.VERIFYING": "HubSpot a\xFAn no lo ha confirmado. Comprobando\u2026",
  "error.BAD_REQUEST": "HubSpot no acept\xF3 esta reuni\xF3n. Revisa los datos e int\xE9ntalo de nuevo.",
  "error.INTERNAL_ERROR": "Algo fall\xF3 de nuestro lado. Revisa la cronolog\xEDa de actividades del contacto antes de intentarlo de nuevo.",
  "error.correlationId": "Referencia para soporte: {id}",
  "issue.required": "Obligatorio.",
  "issue.invalid_type": "Este valor tiene el tipo incorrecto.",
  "issue.too_long": "Demasiado largo: como m\xE1ximo {max} caracteres.",
  "issue.too_many": "Demasiados: como m\xE1ximo {max}.",
  "issue.invalid_format": "No tiene el formato esperado.",
  "issue.invalid_uuid": "Identificador de solicitud no v\xE1lido. Recarga la tarjeta e int\xE9ntalo de nuevo.",
  "issue.invalid_time_zone": "Zona horaria desconocida: elige una de la lista.",
  "issue.nonexistent_local_time": "Esta hora no existe en esta zona horaria (el horario de verano la salta). Elige otra.",
  "issue.end_before_start": "La reuni\xF3n debe terminar despu\xE9s de empezar.",
  "issue.duration_too_long": "Una reuni\xF3n puede durar como m\xE1ximo {hours} horas.",
  "issue.invalid_option": "Elige una de las opciones.",
  "issue.out_of_range": "Este valor est\xE1 fuera del rango permitido.",
  "issue.unknown_id": "HubSpot no reconoce este elemento. Elige otro.",
  "issue.end_or_duration": "Elige una duraci\xF3n o una hora de fin, no ambas.",
  "issue.start_in_past": "Esta hora ya pas\xF3. Elige una hora a partir de ahora.",
  "issue.reminder_in_past": "Un recordatorio se enviar\xEDa antes de ahora. Desm\xE1rcalo o elige un inicio m\xE1s tarde.",
  "issue.invalid_url": "Escribe una direcci\xF3n web que empiece por https://.",
  "field.timezone.search": "Buscar una zona horaria",
  "field.timezone.search.none": "Ninguna zona horaria coincide.",
  "field.reminders.max": "Puedes marcar hasta {max}. Desmarca uno para elegir otro.",
  "timezone.role.you": "t\xFA",
  "timezone.role.account": "cuenta",
  "timezone.role.contact": "contacto",
  "timezone.contactLocalTime": "Hora del contacto: {time}",
  "timezone.yourTime": "Tu hora: {time}",
  "duration.endsNextDay": "Termina al d\xEDa siguiente.",
  "summary.fields": "No se envi\xF3 nada. Corrige: {fields}.",
  "submit.noOwner": "Agendar requiere un registro de propietario.",
  "success.yourTime": "Tu hora",
  "success.location": "Ubicaci\xF3n",
  "success.meetingType": "Tipo de reuni\xF3n",
  "success.reminders": "Recordatorios por correo",
  "install.heading": "Meeting Card no puede acceder a esta cuenta de HubSpot",
  "install.retry": "Comprobar de nuevo",
  "cause.hubspot_error": "HubSpot respondi\xF3 con un error.",
  "cause.timeout": "HubSpot no respondi\xF3 a tiempo.",
  "cause.connection": "Se cort\xF3 la conexi\xF3n con HubSpot.",
  "cause.unconfirmed": "HubSpot no confirm\xF3 la reuni\xF3n.",
  "success.recovered": "{cause} Lo comprobamos y encontramos la reuni\xF3n: se agend\xF3 una sola vez.",
  "error.RATE_LIMITED": "{cause} No se agend\xF3 nada; int\xE9ntalo de nuevo en {seconds} segundos.",
  "error.NOT_CREATED": "{cause} Lo comprobamos: no se agend\xF3 nada, as\xED que puedes intentarlo de nuevo sin riesgo.",
  "error.OUTCOME_UNKNOWN": "{cause} La reuni\xF3n puede existir o no: revisa la cronolog\xEDa de actividades del contacto antes de intentarlo de nuevo.",
  "error.HUBSPOT_UNAVAILABLE": "{cause} No se agend\xF3 nada; int\xE9ntalo de nuevo en un momento.",
  "field.timezone.search.help": "Escribe una ciudad; los resultados se a\xF1aden a la lista.",
  "submit.progress": "Agendando\u2026 el formulario queda bloqueado hasta que HubSpot responda.",
  "error.UNAUTHORIZED": "Meeting Card ya no est\xE1 instalado aqu\xED o perdi\xF3 su acceso. Pide a un administrador de HubSpot que lo vuelva a instalar.",
  "error.MISSING_SCOPES": "A Meeting Card le falta un permiso ({scopes}). Pide a un administrador de HubSpot que lo reinstale y lo acepte.",
  "error.noOwner": "No tienes registro de propietario en esta cuenta, as\xED que no puedes organizar reuniones. Pide a un administrador una licencia de usuario (Configuraci\xF3n \u203A Usuarios y equipos) y recarga.",
  "cause.rate_limit": "Se alcanz\xF3 el l\xEDmite de solicitudes de HubSpot de esta cuenta.",
  "record.upcoming": "Pr\xF3ximas reuniones",
  "record.noUpcoming": "No hay reuniones pr\xF3ximas.",
  "record.cancel": "Marcar cancelada",
  "record.noShow": "Marcar no asisti\xF3",
  "record.outcomeNote": "HubSpot cambia solo la reuni\xF3n: no dice si cambia la invitaci\xF3n del calendario.",
  "record.outcomeDone": "{title}: marcada como {outcome}.",
  "record.outcomeFailed": "No se confirm\xF3 el cambio. Recarga la tarjeta.",
  "record.CANCELED": "cancelada",
  "record.NO_SHOW": "no asisti\xF3",
  "record.contact": "Contacto",
  "record.deal": "Negocio",
  "record.noDeal": "Ning\xFAn negocio",
  "record.company": "Tambi\xE9n asociada a {name}",
  "record.noContacts": "Este registro no tiene contactos.",
  "record.limitedDeals": "Negocios ocultos: la app no puede leerlos.",
  "record.open": "Abrir",
  "slots.title": "Horas libres",
  "slots.none": "No hay horas libres este mes.",
  "slots.noLink": "No tienes p\xE1gina de programaci\xF3n en HubSpot: escribe la hora.",
  "slots.noScope": "Las horas libres necesitan otro permiso de la app: escribe la hora.",
  "slots.offline": "HubSpot perdi\xF3 tu calendario: ocupadas desconocidas, puede no enviarse la invitaci\xF3n.",
  "conflict.busy": "Est\xE1s ocupado a esa hora ({range}).",
  "conflict.overlap": 'Se solapa con "{title}" ({range}).',
  "conflict.sameDay": '"{title}" ya est\xE1 ese d\xEDa ({range}).'
};

// ../../../packages/core/src/messages/pt-BR.ts
var PT_BR_MESSAGES = {
  "title.suggestion": "Reuni\xE3o com {name}",
  "field.title": "T\xEDtulo",
  "field.date": "Data",
  "field.startTime": "In\xEDcio",
  "field.duration": "Dura\xE7\xE3o",
  "field.endTime": "T\xE9rmino",
  "field.timezone": "Fuso hor\xE1rio",
  "field.locationType": "Tipo de local",
  "field.location": "Local",
  "field.description": "Descri\xE7\xE3o",
  "field.description.help": "Vai no convite do calend\xE1rio.",
  "field.internalNotes": "Notas internas",
  "field.internalNotes.help": "S\xF3 a sua equipe v\xEA estas notas.",
  "field.attendees": "Participantes",
  "field.attendees.loading": "Carregando colegas\u2026",
  "field.attendees.unavailable": "N\xE3o foi poss\xEDvel carregar os colegas; voc\xEA ainda pode agendar sem eles.",
  "field.findPeople": "Encontrar mais pessoas",
  "field.findPeople.found": "{count} encontrado(s): escolha em Participantes.",
  "field.meetingType": "Tipo de reuni\xE3o",
  "field.reminders": "Lembretes por e-mail",
  "field.reminders.help": "At\xE9 {max}.",
  "field.includeDescription": "Incluir a descri\xE7\xE3o nos lembretes",
  "duration.minutes": "{minutes} minutos",
  "duration.custom": "Escolher hor\xE1rio de t\xE9rmino",
  "locationType.none": "Sem local",
  "locationType.PHONE": "Liga\xE7\xE3o telef\xF4nica",
  "locationType.ADDRESS": "Endere\xE7o",
  "locationType.CUSTOM": "V\xEDdeo ou outro link",
  "location.placeholder.PHONE": "N\xFAmero de telefone",
  "location.placeholder.ADDRESS": "Rua, cidade",
  "location.placeholder.CUSTOM": "https://\u2026",
  "reminder.15m": "15 minutos antes",
  "reminder.30m": "30 minutos antes",
  "reminder.1h": "1 hora antes",
  "reminder.1d": "1 dia antes",
  "reminder.1w": "1 semana antes",
  "meetingType.none": "Sem tipo",
  "submit.book": "Agendar reuni\xE3o",
  "submit.retry": "Tentar novamente",
  "submit.checking": "Verificando\u2026",
  "success.heading": "Reuni\xE3o agendada",
  "success.when": "Quando",
  "success.contactTime": "Hor\xE1rio do contato",
  "success.attendees": "Participantes",
  "success.noAttendees": "S\xF3 voc\xEA e o contato",
  "success.bookAnother": "Agendar outra",
  "error.heading": "A reuni\xE3o n\xE3o foi agendada",
  "error.headingUnknown": "N\xE3o conseguimos confirmar o agendamento",
  "error.VALIDATION_ERROR": "Alguns campos precisam de aten\xE7\xE3o. Veja as mensagens ao lado deles.",
  "error.NO_CONTACT": "Este cart\xE3o s\xF3 funciona em um registro de contato. Recarregue a p\xE1gina e tente novamente.",
  "error.NOT_FOUND": "Algo a que esta reuni\xE3o se refere n\xE3o existe mais no HubSpot. Recarregue a p\xE1gina e tente novamente.",
  "error.VERIFYING": "O HubSpot ainda n\xE3o confirmou. Verificando\u2026",
  "error.BAD_REQUEST": "O HubSpot n\xE3o aceitou esta reuni\xE3o. Confira os dados e tente novamente.",
  "error.INTERNAL_ERROR": "Algo deu errado do nosso lado. Confira a linha do tempo de atividades do contato antes de tentar novamente.",
  "error.correlationId": "Refer\xEAncia para o suporte: {id}",
  "issue.required": "Obrigat\xF3rio.",
  "issue.invalid_type": "Este valor tem o tipo errado.",
  "issue.too_long": "Longo demais: no m\xE1ximo {max} caracteres.",
  "issue.too_many": "Demais: no m\xE1ximo {max}.",
  "issue.invalid_format": "N\xE3o est\xE1 no formato esperado.",
  "issue.invalid_uuid": "Identificador de pedido inv\xE1lido. Recarregue o cart\xE3o e tente novamente.",
  "issue.invalid_time_zone": "Fuso hor\xE1rio desconhecido: escolha um da lista.",
  "issue.nonexistent_local_time": "Este hor\xE1rio n\xE3o existe neste fuso (o hor\xE1rio de ver\xE3o o pula). Escolha outro.",
  "issue.end_before_start": "A reuni\xE3o deve terminar depois de come\xE7ar.",
  "issue.duration_too_long": "Uma reuni\xE3o pode durar no m\xE1ximo {hours} horas.",
  "issue.invalid_option": "Escolha uma das op\xE7\xF5es.",
  "issue.out_of_range": "Este valor est\xE1 fora do intervalo permitido.",
  "issue.unknown_id": "O HubSpot n\xE3o conhece este item. Escolha outro.",
  "issue.end_or_duration": "Escolha uma dura\xE7\xE3o ou um hor\xE1rio de t\xE9rmino, n\xE3o os dois.",
  "issue.start_in_past": "Este hor\xE1rio j\xE1 passou. Escolha um hor\xE1rio a partir de agora.",
  "issue.reminder_in_past": "Um lembrete seria enviado antes de agora. Desmarque-o ou escolha um in\xEDcio mais tarde.",
  "issue.invalid_url": "Digite um endere\xE7o da web que comece com https://.",
  "field.timezone.search": "Encontrar um fuso hor\xE1rio",
  "field.timezone.search.none": "Nenhum fuso hor\xE1rio encontrado.",
  "field.reminders.max": "Voc\xEA pode marcar at\xE9 {max}. Desmarque um para escolher outro.",
  "timezone.role.you": "voc\xEA",
  "timezone.role.account": "conta",
  "timezone.role.contact": "contato",
  "timezone.contactLocalTime": "Hor\xE1rio do contato: {time}",
  "timezone.yourTime": "Seu hor\xE1rio: {time}",
  "duration.endsNextDay": "Termina no dia seguinte.",
  "summary.fields": "Nada foi enviado. Corrija: {fields}.",
  "submit.noOwner": "Agendar exige um registro de propriet\xE1rio.",
  "success.yourTime": "Seu hor\xE1rio",
  "success.location": "Local",
  "success.meetingType": "Tipo de reuni\xE3o",
  "success.reminders": "Lembretes por e-mail",
  "install.heading": "O Meeting Card n\xE3o consegue acessar esta conta do HubSpot",
  "install.retry": "Verificar novamente",
  "cause.hubspot_error": "O HubSpot respondeu com um erro.",
  "cause.timeout": "O HubSpot n\xE3o respondeu a tempo.",
  "cause.connection": "A conex\xE3o com o HubSpot caiu.",
  "cause.unconfirmed": "O HubSpot n\xE3o confirmou o agendamento.",
  "success.recovered": "{cause} Verificamos e encontramos a reuni\xE3o: ela foi agendada uma \xFAnica vez.",
  "error.RATE_LIMITED": "{cause} Nada foi agendado; tente novamente em {seconds} segundos.",
  "error.NOT_CREATED": "{cause} Verificamos: nada foi agendado, ent\xE3o pode tentar novamente com seguran\xE7a.",
  "error.OUTCOME_UNKNOWN": "{cause} A reuni\xE3o pode ou n\xE3o existir: confira a linha do tempo de atividades do contato antes de tentar novamente.",
  "error.HUBSPOT_UNAVAILABLE": "{cause} Nada foi agendado; tente novamente em instantes.",
  "field.timezone.search.help": "Digite uma cidade; os resultados entram na lista.",
  "submit.progress": "Agendando\u2026 o formul\xE1rio fica bloqueado at\xE9 o HubSpot responder.",
  "error.UNAUTHORIZED": "O Meeting Card n\xE3o est\xE1 mais instalado aqui ou perdeu o acesso. Pe\xE7a a um administrador do HubSpot para instal\xE1-lo de novo.",
  "error.MISSING_SCOPES": "O Meeting Card n\xE3o tem uma permiss\xE3o ({scopes}). Pe\xE7a a um administrador do HubSpot para reinstal\xE1-lo e aceit\xE1-la.",
  "error.noOwner": "Voc\xEA n\xE3o tem registro de propriet\xE1rio nesta conta, ent\xE3o n\xE3o pode organizar reuni\xF5es. Pe\xE7a a um administrador uma licen\xE7a de usu\xE1rio (Configura\xE7\xF5es \u203A Usu\xE1rios e equipes) e recarregue.",
  "cause.rate_limit": "O limite de solicita\xE7\xF5es do HubSpot para esta conta foi atingido.",
  "record.upcoming": "Pr\xF3ximas reuni\xF5es",
  "record.noUpcoming": "Nenhuma reuni\xE3o marcada.",
  "record.cancel": "Marcar cancelada",
  "record.noShow": "Marcar n\xE3o compareceu",
  "record.outcomeNote": "O HubSpot muda s\xF3 a reuni\xE3o: n\xE3o diz se o convite da agenda muda.",
  "record.outcomeDone": "{title}: marcada como {outcome}.",
  "record.outcomeFailed": "A mudan\xE7a n\xE3o foi confirmada. Recarregue o cart\xE3o.",
  "record.CANCELED": "cancelada",
  "record.NO_SHOW": "n\xE3o compareceu",
  "record.contact": "Contato",
  "record.deal": "Neg\xF3cio",
  "record.noDeal": "Nenhum neg\xF3cio",
  "record.company": "Tamb\xE9m associada a {name}",
  "record.noContacts": "Este registro n\xE3o tem contatos.",
  "record.limitedDeals": "Neg\xF3cios ocultos: o app n\xE3o pode l\xEA-los.",
  "record.open": "Abrir",
  "slots.title": "Hor\xE1rios livres",
  "slots.none": "Nenhum hor\xE1rio livre este m\xEAs.",
  "slots.noLink": "Voc\xEA n\xE3o tem p\xE1gina de agendamento no HubSpot: digite o hor\xE1rio.",
  "slots.noScope": "Hor\xE1rios livres exigem outra permiss\xE3o do app: digite o hor\xE1rio.",
  "slots.offline": "O HubSpot perdeu sua agenda: ocupados desconhecidos, o convite pode n\xE3o ser enviado.",
  "conflict.busy": "Voc\xEA est\xE1 ocupado nesse hor\xE1rio ({range}).",
  "conflict.overlap": 'Sobrep\xF5e "{title}" ({range}).',
  "conflict.sameDay": '"{title}" j\xE1 est\xE1 nesse dia ({range}).'
};

// ../../../packages/core/src/server/card-messages.ts
var CARD_CATALOGUES = {
  en: EN_MESSAGES,
  "pt-BR": { ...EN_MESSAGES, ...BOOT_MESSAGES["pt-BR"], ...PT_BR_MESSAGES },
  es: { ...EN_MESSAGES, ...BOOT_MESSAGES.es, ...ES_MESSAGES }
};

// src/app-function-context.ts
var cached;
function hubSpotApiFor(context, env = process.env) {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN || context?.secrets?.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return null;
  const baseUrl = env.HUBSPOT_API_BASE_URL || DEFAULT_HUBSPOT_BASE_URL;
  const key = `${baseUrl}
${accessToken}`;
  if (cached?.key !== key) cached = { key, api: createHubSpotApi({ accessToken, baseUrl }) };
  return cached.api;
}
__name(hubSpotApiFor, "hubSpotApiFor");
var functionLog = /* @__PURE__ */ __name((event, data) => {
  console.log(JSON.stringify({ event, ...data }));
}, "functionLog");

// src/record-of-context.ts
function recordOfContext(context) {
  const parameters = context?.parameters;
  const claimed = typeof parameters === "object" && parameters !== null && !Array.isArray(parameters) ? parameters.recordType : void 0;
  const recordType = trustedRecordType(claimed, context?.propertiesToSend);
  if (!recordType) return { ok: false };
  return { ok: true, recordType, recordId: context?.propertiesToSend?.hs_object_id };
}
__name(recordOfContext, "recordOfContext");

// src/create-meeting.ts
async function main(context) {
  const api = hubSpotApiFor(context);
  if (!api) {
    return failure(
      "UNAUTHORIZED",
      "Meeting Card has no HubSpot access token. Ask your HubSpot admin to check the app installation."
    );
  }
  try {
    const record = recordOfContext(context);
    if (!record.ok) return failure("NO_CONTACT", "Open a contact, deal or company record to book a meeting.");
    const sent = context?.propertiesToSend;
    return await createMeetingOnRecord(
      { api, log: functionLog },
      {
        parameters: context?.parameters,
        recordType: record.recordType,
        recordId: record.recordId,
        // HubSpot read it for us, like the id: on a contact, its primary company needs no read.
        ...record.recordType === "contacts" && sent && "associatedcompanyid" in sent ? { vouchedCompanyId: sent.associatedcompanyid } : {}
      }
    );
  } catch (error) {
    functionLog("create.internal_error", { message: error instanceof Error ? error.message : String(error) });
    return failure(
      "INTERNAL_ERROR",
      "Something went wrong in Meeting Card. Check the contact's activity timeline before trying again."
    );
  }
}
__name(main, "main");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
