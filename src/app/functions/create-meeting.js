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
var DEFAULT_HUBSPOT_BASE_URL = "https://api.hubapi.com";
function createHubSpotApi(config) {
  const client = new import_api_client.Client({
    accessToken: config.accessToken,
    basePath: trimSlash(config.baseUrl ?? DEFAULT_HUBSPOT_BASE_URL)
  });
  const defaultTimeoutMs = config.defaultTimeoutMs ?? 8e3;
  return {
    accountKey: config.accountKey ?? (0, import_node_crypto.createHash)("sha256").update(config.accessToken).digest("hex").slice(0, 16),
    send(request) {
      const call = client.apiRequest({
        method: request.method,
        path: request.path,
        qs: request.query,
        body: request.body
      }).then(toApiResponse, (error) => {
        throw new TransportError("network", `HubSpot could not be reached: ${describe(error)}`);
      });
      return withTimeout(call, request.timeoutMs ?? defaultTimeoutMs);
    }
  };
}
__name(createHubSpotApi, "createHubSpotApi");
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
function withTimeout(call, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => {
        reject(new TransportError("timeout", `HubSpot did not answer within ${timeoutMs} ms`, call));
      },
      Math.max(1, timeoutMs)
    );
    call.then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      }
    );
  });
}
__name(withTimeout, "withTimeout");
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
function optional(wrapped, default_) {
  return _standardSchema({
    kind: "schema",
    type: "optional",
    reference: optional,
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
__name(optional, "optional");
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
  /** A reminder may be sent at most four weeks before the meeting. */
  maxReminderLeadMinutes: 4 * 7 * 24 * 60,
  minYear: 2e3,
  maxYear: 2100
};
var REMINDER_UNIT_MINUTES = { MINUTES: 1, HOURS: 60, DAYS: 24 * 60, WEEKS: 7 * 24 * 60 };
var LOCATION_TYPES = ["ADDRESS", "PHONE", "CUSTOM"];
var REMINDER_UNITS = ["MINUTES", "HOURS", "DAYS", "WEEKS"];
var MEETING_OUTCOMES = ["SCHEDULED", "COMPLETED", "RESCHEDULED", "NO_SHOW", "CANCELED"];

// ../../../node_modules/@internationalized/date/dist/private/utils.mjs
function $09ec6a572d60460f$export$842a2cf37af977e1(amount, numerator) {
  return amount - numerator * Math.floor(amount / numerator);
}
__name($09ec6a572d60460f$export$842a2cf37af977e1, "$09ec6a572d60460f$export$842a2cf37af977e1");

// ../../../node_modules/@internationalized/date/dist/private/calendars/GregorianCalendar.mjs
var $93635573935797de$var$EPOCH = 1721426;
function $93635573935797de$export$f297eb839006d339(era, year, month, day) {
  year = $93635573935797de$export$c36e0ecb2d4fa69d(era, year);
  let y1 = year - 1;
  let monthOffset = -2;
  if (month <= 2) monthOffset = 0;
  else if ($93635573935797de$export$553d7fa8e3805fc0(year)) monthOffset = -1;
  return $93635573935797de$var$EPOCH - 1 + 365 * y1 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400) + Math.floor((367 * month - 362) / 12 + monthOffset + day);
}
__name($93635573935797de$export$f297eb839006d339, "$93635573935797de$export$f297eb839006d339");
function $93635573935797de$export$553d7fa8e3805fc0(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
__name($93635573935797de$export$553d7fa8e3805fc0, "$93635573935797de$export$553d7fa8e3805fc0");
function $93635573935797de$export$c36e0ecb2d4fa69d(era, year) {
  return era === "BC" ? 1 - year : year;
}
__name($93635573935797de$export$c36e0ecb2d4fa69d, "$93635573935797de$export$c36e0ecb2d4fa69d");
function $93635573935797de$export$4475b7e617eb123c(year) {
  let era = "AD";
  if (year <= 0) {
    era = "BC";
    year = 1 - year;
  }
  return [
    era,
    year
  ];
}
__name($93635573935797de$export$4475b7e617eb123c, "$93635573935797de$export$4475b7e617eb123c");
var $93635573935797de$var$daysInMonth = {
  standard: [
    31,
    28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ],
  leapyear: [
    31,
    29,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31
  ]
};
var $93635573935797de$export$80ee6245ec4f29ec = class {
  static {
    __name(this, "$93635573935797de$export$80ee6245ec4f29ec");
  }
  fromJulianDay(jd) {
    let jd0 = jd;
    let depoch = jd0 - $93635573935797de$var$EPOCH;
    let quadricent = Math.floor(depoch / 146097);
    let dqc = (0, $09ec6a572d60460f$export$842a2cf37af977e1)(depoch, 146097);
    let cent = Math.floor(dqc / 36524);
    let dcent = (0, $09ec6a572d60460f$export$842a2cf37af977e1)(dqc, 36524);
    let quad = Math.floor(dcent / 1461);
    let dquad = (0, $09ec6a572d60460f$export$842a2cf37af977e1)(dcent, 1461);
    let yindex = Math.floor(dquad / 365);
    let extendedYear = quadricent * 400 + cent * 100 + quad * 4 + yindex + (cent !== 4 && yindex !== 4 ? 1 : 0);
    let [era, year] = $93635573935797de$export$4475b7e617eb123c(extendedYear);
    let yearDay = jd0 - $93635573935797de$export$f297eb839006d339(era, year, 1, 1);
    let leapAdj = 2;
    if (jd0 < $93635573935797de$export$f297eb839006d339(era, year, 3, 1)) leapAdj = 0;
    else if ($93635573935797de$export$553d7fa8e3805fc0(year)) leapAdj = 1;
    let month = Math.floor(((yearDay + leapAdj) * 12 + 373) / 367);
    let day = jd0 - $93635573935797de$export$f297eb839006d339(era, year, month, 1) + 1;
    return new (0, $2aaf608024c21ca1$export$99faa760c7908e4f)(era, year, month, day);
  }
  toJulianDay(date) {
    return $93635573935797de$export$f297eb839006d339(date.era, date.year, date.month, date.day);
  }
  getDaysInMonth(date) {
    return $93635573935797de$var$daysInMonth[$93635573935797de$export$553d7fa8e3805fc0(date.year) ? "leapyear" : "standard"][date.month - 1];
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  getMonthsInYear(date) {
    return 12;
  }
  getDaysInYear(date) {
    return $93635573935797de$export$553d7fa8e3805fc0(date.year) ? 366 : 365;
  }
  getMaximumMonthsInYear() {
    return 12;
  }
  getMaximumDaysInMonth() {
    return 31;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  getYearsInEra(date) {
    return 9999;
  }
  getEras() {
    return [
      "BC",
      "AD"
    ];
  }
  isInverseEra(date) {
    return date.era === "BC";
  }
  balanceDate(date) {
    if (date.year <= 0) {
      date.era = date.era === "BC" ? "AD" : "BC";
      date.year = 1 - date.year;
    }
  }
  constructor() {
    this.identifier = "gregory";
  }
};

// ../../../node_modules/@internationalized/date/dist/private/queries.mjs
function $ad063034c8620db8$export$dbc69fd56b53d5e(a, b) {
  return a.isEqual?.(b) ?? b.isEqual?.(a) ?? a.identifier === b.identifier;
}
__name($ad063034c8620db8$export$dbc69fd56b53d5e, "$ad063034c8620db8$export$dbc69fd56b53d5e");
function $ad063034c8620db8$export$68781ddf31c0090f(a, b) {
  return a.calendar.toJulianDay(a) - b.calendar.toJulianDay(b);
}
__name($ad063034c8620db8$export$68781ddf31c0090f, "$ad063034c8620db8$export$68781ddf31c0090f");
function $ad063034c8620db8$export$c19a80a9721b80f6(a, b) {
  return $ad063034c8620db8$var$timeToMs(a) - $ad063034c8620db8$var$timeToMs(b);
}
__name($ad063034c8620db8$export$c19a80a9721b80f6, "$ad063034c8620db8$export$c19a80a9721b80f6");
function $ad063034c8620db8$var$timeToMs(a) {
  return a.hour * 36e5 + a.minute * 6e4 + a.second * 1e3 + a.millisecond;
}
__name($ad063034c8620db8$var$timeToMs, "$ad063034c8620db8$var$timeToMs");
var $ad063034c8620db8$var$localTimeZone = null;
var $ad063034c8620db8$var$localTimeZoneOverride = false;
function $ad063034c8620db8$export$aa8b41735afcabd2() {
  if ($ad063034c8620db8$var$localTimeZone == null) $ad063034c8620db8$var$localTimeZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return $ad063034c8620db8$var$localTimeZone;
}
__name($ad063034c8620db8$export$aa8b41735afcabd2, "$ad063034c8620db8$export$aa8b41735afcabd2");
function $ad063034c8620db8$export$6ab69b273755230b() {
  return $ad063034c8620db8$var$localTimeZoneOverride;
}
__name($ad063034c8620db8$export$6ab69b273755230b, "$ad063034c8620db8$export$6ab69b273755230b");

// ../../../node_modules/@internationalized/date/dist/private/conversion.mjs
function $d07e34cce18680fd$export$bd4fb2bc8bb06fb(date) {
  date = $d07e34cce18680fd$export$b4a036af3fc0b032(date, new (0, $93635573935797de$export$80ee6245ec4f29ec)());
  let year = (0, $93635573935797de$export$c36e0ecb2d4fa69d)(date.era, date.year);
  return $d07e34cce18680fd$var$epochFromParts(year, date.month, date.day, date.hour, date.minute, date.second, date.millisecond);
}
__name($d07e34cce18680fd$export$bd4fb2bc8bb06fb, "$d07e34cce18680fd$export$bd4fb2bc8bb06fb");
function $d07e34cce18680fd$var$epochFromParts(year, month, day, hour, minute, second, millisecond) {
  let date = /* @__PURE__ */ new Date();
  date.setUTCHours(hour, minute, second, millisecond);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}
__name($d07e34cce18680fd$var$epochFromParts, "$d07e34cce18680fd$var$epochFromParts");
function $d07e34cce18680fd$export$59c99f3515d3493f(ms, timeZone) {
  if (timeZone === "UTC") return 0;
  if (ms > 0 && timeZone === (0, $ad063034c8620db8$export$aa8b41735afcabd2)() && !(0, $ad063034c8620db8$export$6ab69b273755230b)()) return new Date(ms).getTimezoneOffset() * -6e4;
  let { year, month, day, hour, minute, second } = $d07e34cce18680fd$var$getTimeZoneParts(ms, timeZone);
  let utc = $d07e34cce18680fd$var$epochFromParts(year, month, day, hour, minute, second, 0);
  return utc - Math.floor(ms / 1e3) * 1e3;
}
__name($d07e34cce18680fd$export$59c99f3515d3493f, "$d07e34cce18680fd$export$59c99f3515d3493f");
var $d07e34cce18680fd$var$formattersByTimeZone = /* @__PURE__ */ new Map();
function $d07e34cce18680fd$var$getTimeZoneParts(ms, timeZone) {
  let formatter = $d07e34cce18680fd$var$formattersByTimeZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hour12: false,
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    $d07e34cce18680fd$var$formattersByTimeZone.set(timeZone, formatter);
  }
  let parts = formatter.formatToParts(new Date(ms));
  let namedParts = {};
  for (let part of parts) if (part.type !== "literal") namedParts[part.type] = part.value;
  return {
    // Firefox returns B instead of BC... https://bugzilla.mozilla.org/show_bug.cgi?id=1752253
    year: namedParts.era === "BC" || namedParts.era === "B" ? -namedParts.year + 1 : +namedParts.year,
    month: +namedParts.month,
    day: +namedParts.day,
    hour: namedParts.hour === "24" ? 0 : +namedParts.hour,
    minute: +namedParts.minute,
    second: +namedParts.second
  };
}
__name($d07e34cce18680fd$var$getTimeZoneParts, "$d07e34cce18680fd$var$getTimeZoneParts");
var $d07e34cce18680fd$var$DAYMILLIS = 864e5;
function $d07e34cce18680fd$var$getValidWallTimes(date, timeZone, earlier, later) {
  let found = earlier === later ? [
    earlier
  ] : [
    earlier,
    later
  ];
  return found.filter((absolute) => $d07e34cce18680fd$var$isValidWallTime(date, timeZone, absolute));
}
__name($d07e34cce18680fd$var$getValidWallTimes, "$d07e34cce18680fd$var$getValidWallTimes");
function $d07e34cce18680fd$var$isValidWallTime(date, timeZone, absolute) {
  let parts = $d07e34cce18680fd$var$getTimeZoneParts(absolute, timeZone);
  return date.year === parts.year && date.month === parts.month && date.day === parts.day && date.hour === parts.hour && date.minute === parts.minute && date.second === parts.second;
}
__name($d07e34cce18680fd$var$isValidWallTime, "$d07e34cce18680fd$var$isValidWallTime");
function $d07e34cce18680fd$export$5107c82f94518f5c(date, timeZone, disambiguation = "compatible") {
  let dateTime = $d07e34cce18680fd$export$b21e0b124e224484(date);
  if (timeZone === "UTC") return $d07e34cce18680fd$export$bd4fb2bc8bb06fb(dateTime);
  if (timeZone === (0, $ad063034c8620db8$export$aa8b41735afcabd2)() && disambiguation === "compatible" && !(0, $ad063034c8620db8$export$6ab69b273755230b)()) {
    dateTime = $d07e34cce18680fd$export$b4a036af3fc0b032(dateTime, new (0, $93635573935797de$export$80ee6245ec4f29ec)());
    let date2 = /* @__PURE__ */ new Date();
    let year = (0, $93635573935797de$export$c36e0ecb2d4fa69d)(dateTime.era, dateTime.year);
    date2.setFullYear(year, dateTime.month - 1, dateTime.day);
    date2.setHours(dateTime.hour, dateTime.minute, dateTime.second, dateTime.millisecond);
    return date2.getTime();
  }
  let ms = $d07e34cce18680fd$export$bd4fb2bc8bb06fb(dateTime);
  let offsetBefore = $d07e34cce18680fd$export$59c99f3515d3493f(ms - $d07e34cce18680fd$var$DAYMILLIS, timeZone);
  let offsetAfter = $d07e34cce18680fd$export$59c99f3515d3493f(ms + $d07e34cce18680fd$var$DAYMILLIS, timeZone);
  let valid = $d07e34cce18680fd$var$getValidWallTimes(dateTime, timeZone, ms - offsetBefore, ms - offsetAfter);
  if (valid.length === 1) return valid[0];
  if (valid.length > 1) switch (disambiguation) {
    // 'compatible' means 'earlier' for "fall back" transitions
    case "compatible":
    case "earlier":
      return valid[0];
    case "later":
      return valid[valid.length - 1];
    case "reject":
      throw new RangeError("Multiple possible absolute times found");
  }
  switch (disambiguation) {
    case "earlier":
      return Math.min(ms - offsetBefore, ms - offsetAfter);
    // 'compatible' means 'later' for "spring forward" transitions
    case "compatible":
    case "later":
      return Math.max(ms - offsetBefore, ms - offsetAfter);
    case "reject":
      throw new RangeError("No such absolute time found");
  }
}
__name($d07e34cce18680fd$export$5107c82f94518f5c, "$d07e34cce18680fd$export$5107c82f94518f5c");
function $d07e34cce18680fd$export$e67a095c620b86fe(dateTime, timeZone, disambiguation = "compatible") {
  return new Date($d07e34cce18680fd$export$5107c82f94518f5c(dateTime, timeZone, disambiguation));
}
__name($d07e34cce18680fd$export$e67a095c620b86fe, "$d07e34cce18680fd$export$e67a095c620b86fe");
function $d07e34cce18680fd$export$1b96692a1ba042ac(ms, timeZone) {
  let offset = $d07e34cce18680fd$export$59c99f3515d3493f(ms, timeZone);
  let date = new Date(ms + offset);
  let year = date.getUTCFullYear();
  let month = date.getUTCMonth() + 1;
  let day = date.getUTCDate();
  let hour = date.getUTCHours();
  let minute = date.getUTCMinutes();
  let second = date.getUTCSeconds();
  let millisecond = date.getUTCMilliseconds();
  return new (0, $2aaf608024c21ca1$export$d3b7288e7994edea)(year < 1 ? "BC" : "AD", year < 1 ? -year + 1 : year, month, day, timeZone, offset, hour, minute, second, millisecond);
}
__name($d07e34cce18680fd$export$1b96692a1ba042ac, "$d07e34cce18680fd$export$1b96692a1ba042ac");
function $d07e34cce18680fd$export$b21e0b124e224484(date, time) {
  let hour = 0, minute = 0, second = 0, millisecond = 0;
  if ("timeZone" in date) ({ hour, minute, second, millisecond } = date);
  else if ("hour" in date && !time) return date;
  if (time) ({ hour, minute, second, millisecond } = time);
  return new (0, $2aaf608024c21ca1$export$ca871e8dbb80966f)(date.calendar, date.era, date.year, date.month, date.day, hour, minute, second, millisecond);
}
__name($d07e34cce18680fd$export$b21e0b124e224484, "$d07e34cce18680fd$export$b21e0b124e224484");
function $d07e34cce18680fd$export$b4a036af3fc0b032(date, calendar) {
  if ((0, $ad063034c8620db8$export$dbc69fd56b53d5e)(date.calendar, calendar)) return date;
  let calendarDate = calendar.fromJulianDay(date.calendar.toJulianDay(date));
  let copy = date.copy();
  copy.calendar = calendar;
  copy.era = calendarDate.era;
  copy.year = calendarDate.year;
  copy.month = calendarDate.month;
  copy.day = calendarDate.day;
  (0, $435a2ceaa8778ed8$export$c4e2ecac49351ef2)(copy);
  return copy;
}
__name($d07e34cce18680fd$export$b4a036af3fc0b032, "$d07e34cce18680fd$export$b4a036af3fc0b032");
function $d07e34cce18680fd$export$84c95a83c799e074(date, timeZone, disambiguation) {
  if (date instanceof (0, $2aaf608024c21ca1$export$d3b7288e7994edea)) {
    if (date.timeZone === timeZone) return date;
    return $d07e34cce18680fd$export$538b00033cc11c75(date, timeZone);
  }
  let ms = $d07e34cce18680fd$export$5107c82f94518f5c(date, timeZone, disambiguation);
  return $d07e34cce18680fd$export$1b96692a1ba042ac(ms, timeZone);
}
__name($d07e34cce18680fd$export$84c95a83c799e074, "$d07e34cce18680fd$export$84c95a83c799e074");
function $d07e34cce18680fd$export$83aac07b4c37b25(date) {
  let ms = $d07e34cce18680fd$export$bd4fb2bc8bb06fb(date) - date.offset;
  return new Date(ms);
}
__name($d07e34cce18680fd$export$83aac07b4c37b25, "$d07e34cce18680fd$export$83aac07b4c37b25");
function $d07e34cce18680fd$export$538b00033cc11c75(date, timeZone) {
  let ms = $d07e34cce18680fd$export$bd4fb2bc8bb06fb(date) - date.offset;
  return $d07e34cce18680fd$export$b4a036af3fc0b032($d07e34cce18680fd$export$1b96692a1ba042ac(ms, timeZone), date.calendar);
}
__name($d07e34cce18680fd$export$538b00033cc11c75, "$d07e34cce18680fd$export$538b00033cc11c75");

// ../../../node_modules/@internationalized/date/dist/private/manipulation.mjs
var $435a2ceaa8778ed8$var$ONE_HOUR = 36e5;
function $435a2ceaa8778ed8$export$e16d8520af44a096(date, duration) {
  let mutableDate = date.copy();
  let days = "hour" in mutableDate ? $435a2ceaa8778ed8$var$addTimeFields(mutableDate, duration) : 0;
  $435a2ceaa8778ed8$var$addYears(mutableDate, duration.years || 0);
  if (mutableDate.calendar.balanceYearMonth) mutableDate.calendar.balanceYearMonth(mutableDate, date);
  mutableDate.month += duration.months || 0;
  $435a2ceaa8778ed8$var$balanceYearMonth(mutableDate);
  $435a2ceaa8778ed8$var$constrainMonthDay(mutableDate);
  mutableDate.day += (duration.weeks || 0) * 7;
  mutableDate.day += duration.days || 0;
  mutableDate.day += days;
  $435a2ceaa8778ed8$var$balanceDay(mutableDate);
  if (mutableDate.calendar.balanceDate) mutableDate.calendar.balanceDate(mutableDate);
  if (mutableDate.year < 1) {
    mutableDate.year = 1;
    mutableDate.month = 1;
    mutableDate.day = 1;
  }
  let maxYear = mutableDate.calendar.getYearsInEra(mutableDate);
  if (mutableDate.year > maxYear) {
    let isInverseEra = mutableDate.calendar.isInverseEra?.(mutableDate);
    mutableDate.year = maxYear;
    mutableDate.month = isInverseEra ? 1 : mutableDate.calendar.getMonthsInYear(mutableDate);
    mutableDate.day = isInverseEra ? 1 : mutableDate.calendar.getDaysInMonth(mutableDate);
  }
  if (mutableDate.month < 1) {
    mutableDate.month = 1;
    mutableDate.day = 1;
  }
  let maxMonth = mutableDate.calendar.getMonthsInYear(mutableDate);
  if (mutableDate.month > maxMonth) {
    mutableDate.month = maxMonth;
    mutableDate.day = mutableDate.calendar.getDaysInMonth(mutableDate);
  }
  mutableDate.day = Math.max(1, Math.min(mutableDate.calendar.getDaysInMonth(mutableDate), mutableDate.day));
  return mutableDate;
}
__name($435a2ceaa8778ed8$export$e16d8520af44a096, "$435a2ceaa8778ed8$export$e16d8520af44a096");
function $435a2ceaa8778ed8$var$addYears(date, years) {
  if (date.calendar.isInverseEra?.(date)) years = -years;
  date.year += years;
}
__name($435a2ceaa8778ed8$var$addYears, "$435a2ceaa8778ed8$var$addYears");
function $435a2ceaa8778ed8$var$balanceYearMonth(date) {
  while (date.month < 1) {
    $435a2ceaa8778ed8$var$addYears(date, -1);
    date.month += date.calendar.getMonthsInYear(date);
  }
  let monthsInYear = 0;
  while (date.month > (monthsInYear = date.calendar.getMonthsInYear(date))) {
    date.month -= monthsInYear;
    $435a2ceaa8778ed8$var$addYears(date, 1);
  }
}
__name($435a2ceaa8778ed8$var$balanceYearMonth, "$435a2ceaa8778ed8$var$balanceYearMonth");
function $435a2ceaa8778ed8$var$balanceDay(date) {
  while (date.day < 1) {
    date.month--;
    $435a2ceaa8778ed8$var$balanceYearMonth(date);
    date.day += date.calendar.getDaysInMonth(date);
  }
  while (date.day > date.calendar.getDaysInMonth(date)) {
    date.day -= date.calendar.getDaysInMonth(date);
    date.month++;
    $435a2ceaa8778ed8$var$balanceYearMonth(date);
  }
}
__name($435a2ceaa8778ed8$var$balanceDay, "$435a2ceaa8778ed8$var$balanceDay");
function $435a2ceaa8778ed8$var$constrainMonthDay(date) {
  date.month = Math.max(1, Math.min(date.calendar.getMonthsInYear(date), date.month));
  date.day = Math.max(1, Math.min(date.calendar.getDaysInMonth(date), date.day));
}
__name($435a2ceaa8778ed8$var$constrainMonthDay, "$435a2ceaa8778ed8$var$constrainMonthDay");
function $435a2ceaa8778ed8$export$c4e2ecac49351ef2(date) {
  if (date.calendar.constrainDate) date.calendar.constrainDate(date);
  date.year = Math.max(1, Math.min(date.calendar.getYearsInEra(date), date.year));
  $435a2ceaa8778ed8$var$constrainMonthDay(date);
}
__name($435a2ceaa8778ed8$export$c4e2ecac49351ef2, "$435a2ceaa8778ed8$export$c4e2ecac49351ef2");
function $435a2ceaa8778ed8$export$3e2544e88a25bff8(duration) {
  let inverseDuration = {};
  for (let key in duration) if (typeof duration[key] === "number") inverseDuration[key] = -duration[key];
  return inverseDuration;
}
__name($435a2ceaa8778ed8$export$3e2544e88a25bff8, "$435a2ceaa8778ed8$export$3e2544e88a25bff8");
function $435a2ceaa8778ed8$export$4e2d2ead65e5f7e3(date, duration) {
  return $435a2ceaa8778ed8$export$e16d8520af44a096(date, $435a2ceaa8778ed8$export$3e2544e88a25bff8(duration));
}
__name($435a2ceaa8778ed8$export$4e2d2ead65e5f7e3, "$435a2ceaa8778ed8$export$4e2d2ead65e5f7e3");
function $435a2ceaa8778ed8$export$adaa4cf7ef1b65be(date, fields) {
  let mutableDate = date.copy();
  if (fields.era != null) mutableDate.era = fields.era;
  if (fields.year != null) mutableDate.year = fields.year;
  if (fields.month != null) mutableDate.month = fields.month;
  if (fields.day != null) mutableDate.day = fields.day;
  $435a2ceaa8778ed8$export$c4e2ecac49351ef2(mutableDate);
  return mutableDate;
}
__name($435a2ceaa8778ed8$export$adaa4cf7ef1b65be, "$435a2ceaa8778ed8$export$adaa4cf7ef1b65be");
function $435a2ceaa8778ed8$export$e5d5e1c1822b6e56(value, fields) {
  let mutableValue = value.copy();
  if (fields.hour != null) mutableValue.hour = fields.hour;
  if (fields.minute != null) mutableValue.minute = fields.minute;
  if (fields.second != null) mutableValue.second = fields.second;
  if (fields.millisecond != null) mutableValue.millisecond = fields.millisecond;
  $435a2ceaa8778ed8$export$7555de1e070510cb(mutableValue);
  return mutableValue;
}
__name($435a2ceaa8778ed8$export$e5d5e1c1822b6e56, "$435a2ceaa8778ed8$export$e5d5e1c1822b6e56");
function $435a2ceaa8778ed8$var$balanceTime(time) {
  time.second += Math.floor(time.millisecond / 1e3);
  time.millisecond = $435a2ceaa8778ed8$var$nonNegativeMod(time.millisecond, 1e3);
  time.minute += Math.floor(time.second / 60);
  time.second = $435a2ceaa8778ed8$var$nonNegativeMod(time.second, 60);
  time.hour += Math.floor(time.minute / 60);
  time.minute = $435a2ceaa8778ed8$var$nonNegativeMod(time.minute, 60);
  let days = Math.floor(time.hour / 24);
  time.hour = $435a2ceaa8778ed8$var$nonNegativeMod(time.hour, 24);
  return days;
}
__name($435a2ceaa8778ed8$var$balanceTime, "$435a2ceaa8778ed8$var$balanceTime");
function $435a2ceaa8778ed8$export$7555de1e070510cb(time) {
  time.millisecond = Math.max(0, Math.min(time.millisecond, 999));
  time.second = Math.max(0, Math.min(time.second, 59));
  time.minute = Math.max(0, Math.min(time.minute, 59));
  time.hour = Math.max(0, Math.min(time.hour, 23));
}
__name($435a2ceaa8778ed8$export$7555de1e070510cb, "$435a2ceaa8778ed8$export$7555de1e070510cb");
function $435a2ceaa8778ed8$var$nonNegativeMod(a, b) {
  let result = a % b;
  if (result < 0) result += b;
  return result;
}
__name($435a2ceaa8778ed8$var$nonNegativeMod, "$435a2ceaa8778ed8$var$nonNegativeMod");
function $435a2ceaa8778ed8$var$addTimeFields(time, duration) {
  time.hour += duration.hours || 0;
  time.minute += duration.minutes || 0;
  time.second += duration.seconds || 0;
  time.millisecond += duration.milliseconds || 0;
  return $435a2ceaa8778ed8$var$balanceTime(time);
}
__name($435a2ceaa8778ed8$var$addTimeFields, "$435a2ceaa8778ed8$var$addTimeFields");
function $435a2ceaa8778ed8$export$d52ced6badfb9a4c(value, field, amount, options) {
  let mutable = value.copy();
  switch (field) {
    case "era": {
      let eras = value.calendar.getEras();
      let eraIndex = eras.indexOf(value.era);
      if (eraIndex < 0) throw new Error("Invalid era: " + value.era);
      eraIndex = $435a2ceaa8778ed8$var$cycleValue(eraIndex, amount, 0, eras.length - 1, options?.round);
      mutable.era = eras[eraIndex];
      $435a2ceaa8778ed8$export$c4e2ecac49351ef2(mutable);
      break;
    }
    case "year":
      if (mutable.calendar.isInverseEra?.(mutable)) amount = -amount;
      mutable.year = $435a2ceaa8778ed8$var$cycleValue(value.year, amount, -Infinity, 9999, options?.round);
      if (mutable.year === -Infinity) mutable.year = 1;
      if (mutable.calendar.balanceYearMonth) mutable.calendar.balanceYearMonth(mutable, value);
      break;
    case "month":
      mutable.month = $435a2ceaa8778ed8$var$cycleValue(value.month, amount, 1, value.calendar.getMonthsInYear(value), options?.round);
      break;
    case "day":
      mutable.day = $435a2ceaa8778ed8$var$cycleValue(value.day, amount, 1, value.calendar.getDaysInMonth(value), options?.round);
      break;
    default:
      throw new Error("Unsupported field " + field);
  }
  if (value.calendar.balanceDate) value.calendar.balanceDate(mutable);
  $435a2ceaa8778ed8$export$c4e2ecac49351ef2(mutable);
  return mutable;
}
__name($435a2ceaa8778ed8$export$d52ced6badfb9a4c, "$435a2ceaa8778ed8$export$d52ced6badfb9a4c");
function $435a2ceaa8778ed8$export$dd02b3e0007dfe28(value, field, amount, options) {
  let mutable = value.copy();
  switch (field) {
    case "hour": {
      let hours = value.hour;
      let min = 0;
      let max = 23;
      if (options?.hourCycle === 12) {
        let isPM = hours >= 12;
        min = isPM ? 12 : 0;
        max = isPM ? 23 : 11;
      }
      mutable.hour = $435a2ceaa8778ed8$var$cycleValue(hours, amount, min, max, options?.round);
      break;
    }
    case "minute":
      mutable.minute = $435a2ceaa8778ed8$var$cycleValue(value.minute, amount, 0, 59, options?.round);
      break;
    case "second":
      mutable.second = $435a2ceaa8778ed8$var$cycleValue(value.second, amount, 0, 59, options?.round);
      break;
    case "millisecond":
      mutable.millisecond = $435a2ceaa8778ed8$var$cycleValue(value.millisecond, amount, 0, 999, options?.round);
      break;
    default:
      throw new Error("Unsupported field " + field);
  }
  return mutable;
}
__name($435a2ceaa8778ed8$export$dd02b3e0007dfe28, "$435a2ceaa8778ed8$export$dd02b3e0007dfe28");
function $435a2ceaa8778ed8$var$cycleValue(value, amount, min, max, round = false) {
  if (round) {
    value += Math.sign(amount);
    if (value < min) value = max;
    let div = Math.abs(amount);
    if (amount > 0) value = Math.ceil(value / div) * div;
    else value = Math.floor(value / div) * div;
    if (value > max) value = min;
  } else {
    value += amount;
    if (value < min) value = max - (min - value - 1);
    else if (value > max) value = min + (value - max - 1);
  }
  return value;
}
__name($435a2ceaa8778ed8$var$cycleValue, "$435a2ceaa8778ed8$var$cycleValue");
function $435a2ceaa8778ed8$export$96b1d28349274637(dateTime, duration) {
  let ms;
  if (duration.years != null && duration.years !== 0 || duration.months != null && duration.months !== 0 || duration.weeks != null && duration.weeks !== 0 || duration.days != null && duration.days !== 0) {
    let res2 = $435a2ceaa8778ed8$export$e16d8520af44a096((0, $d07e34cce18680fd$export$b21e0b124e224484)(dateTime), {
      years: duration.years,
      months: duration.months,
      weeks: duration.weeks,
      days: duration.days
    });
    ms = (0, $d07e34cce18680fd$export$5107c82f94518f5c)(res2, dateTime.timeZone);
  } else
    ms = (0, $d07e34cce18680fd$export$bd4fb2bc8bb06fb)(dateTime) - dateTime.offset;
  ms += duration.milliseconds || 0;
  ms += (duration.seconds || 0) * 1e3;
  ms += (duration.minutes || 0) * 6e4;
  ms += (duration.hours || 0) * 36e5;
  let res = (0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms, dateTime.timeZone);
  return (0, $d07e34cce18680fd$export$b4a036af3fc0b032)(res, dateTime.calendar);
}
__name($435a2ceaa8778ed8$export$96b1d28349274637, "$435a2ceaa8778ed8$export$96b1d28349274637");
function $435a2ceaa8778ed8$export$6814caac34ca03c7(dateTime, duration) {
  return $435a2ceaa8778ed8$export$96b1d28349274637(dateTime, $435a2ceaa8778ed8$export$3e2544e88a25bff8(duration));
}
__name($435a2ceaa8778ed8$export$6814caac34ca03c7, "$435a2ceaa8778ed8$export$6814caac34ca03c7");
function $435a2ceaa8778ed8$export$9a297d111fc86b79(dateTime, field, amount, options) {
  switch (field) {
    case "hour": {
      let min = 0;
      let max = 23;
      if (options?.hourCycle === 12) {
        let isPM = dateTime.hour >= 12;
        min = isPM ? 12 : 0;
        max = isPM ? 23 : 11;
      }
      let plainDateTime = (0, $d07e34cce18680fd$export$b21e0b124e224484)(dateTime);
      let minDate = (0, $d07e34cce18680fd$export$b4a036af3fc0b032)($435a2ceaa8778ed8$export$e5d5e1c1822b6e56(plainDateTime, {
        hour: min
      }), new (0, $93635573935797de$export$80ee6245ec4f29ec)());
      let minAbsolute = [
        (0, $d07e34cce18680fd$export$5107c82f94518f5c)(minDate, dateTime.timeZone, "earlier"),
        (0, $d07e34cce18680fd$export$5107c82f94518f5c)(minDate, dateTime.timeZone, "later")
      ].filter((ms2) => (0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms2, dateTime.timeZone).day === minDate.day)[0];
      let maxDate = (0, $d07e34cce18680fd$export$b4a036af3fc0b032)($435a2ceaa8778ed8$export$e5d5e1c1822b6e56(plainDateTime, {
        hour: max
      }), new (0, $93635573935797de$export$80ee6245ec4f29ec)());
      let maxAbsolute = [
        (0, $d07e34cce18680fd$export$5107c82f94518f5c)(maxDate, dateTime.timeZone, "earlier"),
        (0, $d07e34cce18680fd$export$5107c82f94518f5c)(maxDate, dateTime.timeZone, "later")
      ].filter((ms2) => (0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms2, dateTime.timeZone).day === maxDate.day).pop();
      let ms = (0, $d07e34cce18680fd$export$bd4fb2bc8bb06fb)(dateTime) - dateTime.offset;
      let hours = Math.floor(ms / $435a2ceaa8778ed8$var$ONE_HOUR);
      let remainder = ms % $435a2ceaa8778ed8$var$ONE_HOUR;
      ms = $435a2ceaa8778ed8$var$cycleValue(hours, amount, Math.floor(minAbsolute / $435a2ceaa8778ed8$var$ONE_HOUR), Math.floor(maxAbsolute / $435a2ceaa8778ed8$var$ONE_HOUR), options?.round) * $435a2ceaa8778ed8$var$ONE_HOUR + remainder;
      return (0, $d07e34cce18680fd$export$b4a036af3fc0b032)((0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms, dateTime.timeZone), dateTime.calendar);
    }
    case "minute":
    case "second":
    case "millisecond":
      return $435a2ceaa8778ed8$export$dd02b3e0007dfe28(dateTime, field, amount, options);
    case "era":
    case "year":
    case "month":
    case "day": {
      let res = $435a2ceaa8778ed8$export$d52ced6badfb9a4c((0, $d07e34cce18680fd$export$b21e0b124e224484)(dateTime), field, amount, options);
      let ms = (0, $d07e34cce18680fd$export$5107c82f94518f5c)(res, dateTime.timeZone);
      return (0, $d07e34cce18680fd$export$b4a036af3fc0b032)((0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms, dateTime.timeZone), dateTime.calendar);
    }
    default:
      throw new Error("Unsupported field " + field);
  }
}
__name($435a2ceaa8778ed8$export$9a297d111fc86b79, "$435a2ceaa8778ed8$export$9a297d111fc86b79");
function $435a2ceaa8778ed8$export$31b5430eb18be4f8(dateTime, fields, disambiguation) {
  let plainDateTime = (0, $d07e34cce18680fd$export$b21e0b124e224484)(dateTime);
  let res = $435a2ceaa8778ed8$export$e5d5e1c1822b6e56($435a2ceaa8778ed8$export$adaa4cf7ef1b65be(plainDateTime, fields), fields);
  if (res.compare(plainDateTime) === 0) return dateTime;
  let ms = (0, $d07e34cce18680fd$export$5107c82f94518f5c)(res, dateTime.timeZone, disambiguation);
  return (0, $d07e34cce18680fd$export$b4a036af3fc0b032)((0, $d07e34cce18680fd$export$1b96692a1ba042ac)(ms, dateTime.timeZone), dateTime.calendar);
}
__name($435a2ceaa8778ed8$export$31b5430eb18be4f8, "$435a2ceaa8778ed8$export$31b5430eb18be4f8");

// ../../../node_modules/@internationalized/date/dist/private/string.mjs
var $58246871e4652552$var$requiredDurationTimeGroups = [
  "hours",
  "minutes",
  "seconds"
];
var $58246871e4652552$var$requiredDurationGroups = [
  "years",
  "months",
  "weeks",
  "days",
  ...$58246871e4652552$var$requiredDurationTimeGroups
];
function $58246871e4652552$export$f59dee82248f5ad4(time) {
  return `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}:${String(time.second).padStart(2, "0")}${time.millisecond ? String(time.millisecond / 1e3).slice(1) : ""}`;
}
__name($58246871e4652552$export$f59dee82248f5ad4, "$58246871e4652552$export$f59dee82248f5ad4");
function $58246871e4652552$export$60dfd74aa96791bd(date) {
  let gregorianDate = (0, $d07e34cce18680fd$export$b4a036af3fc0b032)(date, new (0, $93635573935797de$export$80ee6245ec4f29ec)());
  let year;
  if (gregorianDate.era === "BC") year = gregorianDate.year === 1 ? "0000" : "-" + String(Math.abs(1 - gregorianDate.year)).padStart(6, "00");
  else year = String(gregorianDate.year).padStart(4, "0");
  return `${year}-${String(gregorianDate.month).padStart(2, "0")}-${String(gregorianDate.day).padStart(2, "0")}`;
}
__name($58246871e4652552$export$60dfd74aa96791bd, "$58246871e4652552$export$60dfd74aa96791bd");
function $58246871e4652552$export$4223de14708adc63(date) {
  return `${$58246871e4652552$export$60dfd74aa96791bd(date)}T${$58246871e4652552$export$f59dee82248f5ad4(date)}`;
}
__name($58246871e4652552$export$4223de14708adc63, "$58246871e4652552$export$4223de14708adc63");
function $58246871e4652552$var$offsetToString(offset) {
  let sign = Math.sign(offset) < 0 ? "-" : "+";
  offset = Math.abs(offset);
  let offsetHours = Math.floor(offset / 36e5);
  let offsetMinutes = Math.floor(offset % 36e5 / 6e4);
  let offsetSeconds = Math.floor(offset % 36e5 % 6e4 / 1e3);
  let stringOffset = `${sign}${String(offsetHours).padStart(2, "0")}:${String(offsetMinutes).padStart(2, "0")}`;
  if (offsetSeconds !== 0) stringOffset += `:${String(offsetSeconds).padStart(2, "0")}`;
  return stringOffset;
}
__name($58246871e4652552$var$offsetToString, "$58246871e4652552$var$offsetToString");
function $58246871e4652552$export$bf79f1ebf4b18792(date) {
  return `${$58246871e4652552$export$4223de14708adc63(date)}${$58246871e4652552$var$offsetToString(date.offset)}[${date.timeZone}]`;
}
__name($58246871e4652552$export$bf79f1ebf4b18792, "$58246871e4652552$export$bf79f1ebf4b18792");

// ../../../node_modules/@internationalized/date/dist/private/CalendarDate.mjs
function $2aaf608024c21ca1$var$shiftArgs(args) {
  let calendar = typeof args[0] === "object" ? args.shift() : new (0, $93635573935797de$export$80ee6245ec4f29ec)();
  let era;
  if (typeof args[0] === "string") era = args.shift();
  else {
    let eras = calendar.getEras();
    era = eras[eras.length - 1];
  }
  let year = args.shift();
  let month = args.shift();
  let day = args.shift();
  return [
    calendar,
    era,
    year,
    month,
    day
  ];
}
__name($2aaf608024c21ca1$var$shiftArgs, "$2aaf608024c21ca1$var$shiftArgs");
var $2aaf608024c21ca1$export$99faa760c7908e4f = class _$2aaf608024c21ca1$export$99faa760c7908e4f {
  static {
    __name(this, "$2aaf608024c21ca1$export$99faa760c7908e4f");
  }
  // This prevents TypeScript from allowing other types with the same fields to match.
  // i.e. a ZonedDateTime should not be be passable to a parameter that expects CalendarDate.
  // If that behavior is desired, use the AnyCalendarDate interface instead.
  // @ts-ignore
  #type;
  constructor(...args) {
    let [calendar, era, year, month, day] = $2aaf608024c21ca1$var$shiftArgs(args);
    this.calendar = calendar;
    this.era = era;
    this.year = year;
    this.month = month;
    this.day = day;
    (0, $435a2ceaa8778ed8$export$c4e2ecac49351ef2)(this);
  }
  /** Returns a copy of this date. */
  copy() {
    if (this.era) return new _$2aaf608024c21ca1$export$99faa760c7908e4f(this.calendar, this.era, this.year, this.month, this.day);
    else return new _$2aaf608024c21ca1$export$99faa760c7908e4f(this.calendar, this.year, this.month, this.day);
  }
  /** Returns a new `CalendarDate` with the given duration added to it. */
  add(duration) {
    return (0, $435a2ceaa8778ed8$export$e16d8520af44a096)(this, duration);
  }
  /** Returns a new `CalendarDate` with the given duration subtracted from it. */
  subtract(duration) {
    return (0, $435a2ceaa8778ed8$export$4e2d2ead65e5f7e3)(this, duration);
  }
  /**
  * Returns a new `CalendarDate` with the given fields set to the provided values. Other fields
  * will be constrained accordingly.
  */
  set(fields) {
    return (0, $435a2ceaa8778ed8$export$adaa4cf7ef1b65be)(this, fields);
  }
  /**
  * Returns a new `CalendarDate` with the given field adjusted by a specified amount.
  * When the resulting value reaches the limits of the field, it wraps around.
  */
  cycle(field, amount, options) {
    return (0, $435a2ceaa8778ed8$export$d52ced6badfb9a4c)(this, field, amount, options);
  }
  /**
  * Converts the date to a native JavaScript Date object, with the time set to midnight in the
  * given time zone.
  */
  toDate(timeZone) {
    return (0, $d07e34cce18680fd$export$e67a095c620b86fe)(this, timeZone);
  }
  /** Converts the date to an ISO 8601 formatted string. */
  toString() {
    return (0, $58246871e4652552$export$60dfd74aa96791bd)(this);
  }
  /**
  * Compares this date with another. A negative result indicates that this date is before the given
  * one, and a positive date indicates that it is after.
  */
  compare(b) {
    return (0, $ad063034c8620db8$export$68781ddf31c0090f)(this, b);
  }
};
var $2aaf608024c21ca1$export$ca871e8dbb80966f = class _$2aaf608024c21ca1$export$ca871e8dbb80966f {
  static {
    __name(this, "$2aaf608024c21ca1$export$ca871e8dbb80966f");
  }
  // This prevents TypeScript from allowing other types with the same fields to match.
  // @ts-ignore
  #type;
  constructor(...args) {
    let [calendar, era, year, month, day] = $2aaf608024c21ca1$var$shiftArgs(args);
    this.calendar = calendar;
    this.era = era;
    this.year = year;
    this.month = month;
    this.day = day;
    this.hour = args.shift() || 0;
    this.minute = args.shift() || 0;
    this.second = args.shift() || 0;
    this.millisecond = args.shift() || 0;
    (0, $435a2ceaa8778ed8$export$c4e2ecac49351ef2)(this);
  }
  /** Returns a copy of this date. */
  copy() {
    if (this.era) return new _$2aaf608024c21ca1$export$ca871e8dbb80966f(this.calendar, this.era, this.year, this.month, this.day, this.hour, this.minute, this.second, this.millisecond);
    else return new _$2aaf608024c21ca1$export$ca871e8dbb80966f(this.calendar, this.year, this.month, this.day, this.hour, this.minute, this.second, this.millisecond);
  }
  /** Returns a new `CalendarDateTime` with the given duration added to it. */
  add(duration) {
    return (0, $435a2ceaa8778ed8$export$e16d8520af44a096)(this, duration);
  }
  /** Returns a new `CalendarDateTime` with the given duration subtracted from it. */
  subtract(duration) {
    return (0, $435a2ceaa8778ed8$export$4e2d2ead65e5f7e3)(this, duration);
  }
  /**
  * Returns a new `CalendarDateTime` with the given fields set to the provided values. Other fields
  * will be constrained accordingly.
  */
  set(fields) {
    return (0, $435a2ceaa8778ed8$export$adaa4cf7ef1b65be)((0, $435a2ceaa8778ed8$export$e5d5e1c1822b6e56)(this, fields), fields);
  }
  /**
  * Returns a new `CalendarDateTime` with the given field adjusted by a specified amount.
  * When the resulting value reaches the limits of the field, it wraps around.
  */
  cycle(field, amount, options) {
    switch (field) {
      case "era":
      case "year":
      case "month":
      case "day":
        return (0, $435a2ceaa8778ed8$export$d52ced6badfb9a4c)(this, field, amount, options);
      default:
        return (0, $435a2ceaa8778ed8$export$dd02b3e0007dfe28)(this, field, amount, options);
    }
  }
  /** Converts the date to a native JavaScript Date object in the given time zone. */
  toDate(timeZone, disambiguation) {
    return (0, $d07e34cce18680fd$export$e67a095c620b86fe)(this, timeZone, disambiguation);
  }
  /** Converts the date to an ISO 8601 formatted string. */
  toString() {
    return (0, $58246871e4652552$export$4223de14708adc63)(this);
  }
  /**
  * Compares this date with another. A negative result indicates that this date is before the given
  * one, and a positive date indicates that it is after.
  */
  compare(b) {
    let res = (0, $ad063034c8620db8$export$68781ddf31c0090f)(this, b);
    if (res === 0) return (0, $ad063034c8620db8$export$c19a80a9721b80f6)(this, (0, $d07e34cce18680fd$export$b21e0b124e224484)(b));
    return res;
  }
};
var $2aaf608024c21ca1$export$d3b7288e7994edea = class _$2aaf608024c21ca1$export$d3b7288e7994edea {
  static {
    __name(this, "$2aaf608024c21ca1$export$d3b7288e7994edea");
  }
  // This prevents TypeScript from allowing other types with the same fields to match.
  // @ts-ignore
  #type;
  constructor(...args) {
    let [calendar, era, year, month, day] = $2aaf608024c21ca1$var$shiftArgs(args);
    let timeZone = args.shift();
    let offset = args.shift();
    this.calendar = calendar;
    this.era = era;
    this.year = year;
    this.month = month;
    this.day = day;
    this.timeZone = timeZone;
    this.offset = offset;
    this.hour = args.shift() || 0;
    this.minute = args.shift() || 0;
    this.second = args.shift() || 0;
    this.millisecond = args.shift() || 0;
    (0, $435a2ceaa8778ed8$export$c4e2ecac49351ef2)(this);
  }
  /** Returns a copy of this date. */
  copy() {
    if (this.era) return new _$2aaf608024c21ca1$export$d3b7288e7994edea(this.calendar, this.era, this.year, this.month, this.day, this.timeZone, this.offset, this.hour, this.minute, this.second, this.millisecond);
    else return new _$2aaf608024c21ca1$export$d3b7288e7994edea(this.calendar, this.year, this.month, this.day, this.timeZone, this.offset, this.hour, this.minute, this.second, this.millisecond);
  }
  /** Returns a new `ZonedDateTime` with the given duration added to it. */
  add(duration) {
    return (0, $435a2ceaa8778ed8$export$96b1d28349274637)(this, duration);
  }
  /** Returns a new `ZonedDateTime` with the given duration subtracted from it. */
  subtract(duration) {
    return (0, $435a2ceaa8778ed8$export$6814caac34ca03c7)(this, duration);
  }
  /**
  * Returns a new `ZonedDateTime` with the given fields set to the provided values. Other fields
  * will be constrained accordingly.
  */
  set(fields, disambiguation) {
    return (0, $435a2ceaa8778ed8$export$31b5430eb18be4f8)(this, fields, disambiguation);
  }
  /**
  * Returns a new `ZonedDateTime` with the given field adjusted by a specified amount.
  * When the resulting value reaches the limits of the field, it wraps around.
  */
  cycle(field, amount, options) {
    return (0, $435a2ceaa8778ed8$export$9a297d111fc86b79)(this, field, amount, options);
  }
  /** Converts the date to a native JavaScript Date object. */
  toDate() {
    return (0, $d07e34cce18680fd$export$83aac07b4c37b25)(this);
  }
  /**
  * Converts the date to an ISO 8601 formatted string, including the UTC offset and time zone
  * identifier.
  */
  toString() {
    return (0, $58246871e4652552$export$bf79f1ebf4b18792)(this);
  }
  /** Converts the date to an ISO 8601 formatted string in UTC. */
  toAbsoluteString() {
    return this.toDate().toISOString();
  }
  /**
  * Compares this date with another. A negative result indicates that this date is before the given
  * one, and a positive date indicates that it is after.
  */
  compare(b) {
    return this.toDate().getTime() - (0, $d07e34cce18680fd$export$84c95a83c799e074)(b, this.timeZone).toDate().getTime();
  }
};

// ../../../packages/core/src/time.ts
var WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
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
  const parsed = new $2aaf608024c21ca1$export$ca871e8dbb80966f(year, month, day, hour, minute);
  if (parsed.day !== day) return null;
  return parsed;
}
__name(parseWallClock, "parseWallClock");
function wallClockToUtc(wallClock2, timeZone) {
  const local = parseWallClock(wallClock2);
  if (!local) return { ok: false, code: "invalid_format" };
  if (!isValidTimeZone(timeZone)) return { ok: false, code: "invalid_time_zone" };
  const zoned = $d07e34cce18680fd$export$84c95a83c799e074(local, timeZone, "earlier");
  if ($d07e34cce18680fd$export$b21e0b124e224484(zoned).compare(local) !== 0) return { ok: false, code: "nonexistent_local_time" };
  return { ok: true, utc: toUtcIso(zoned.toDate()) };
}
__name(wallClockToUtc, "wallClockToUtc");
function toUtcIso(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
__name(toUtcIso, "toUtcIso");
function minutesBetween(startUtc, endUtc) {
  return (Date.parse(endUtc) - Date.parse(startUtc)) / 6e4;
}
__name(minutesBetween, "minutesBetween");

// ../../../packages/core/src/field-messages.ts
var FIELD_LABELS = {
  requestId: "Request id",
  organizerUserId: "Organizer",
  title: "Title",
  start: "Start time",
  end: "End time",
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
  out_of_range: /* @__PURE__ */ __name((l) => `${l} is out of range.`, "out_of_range"),
  unknown_id: /* @__PURE__ */ __name((l) => `${l}: HubSpot does not know this id.`, "unknown_id")
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
var optionalText = /* @__PURE__ */ __name((max) => optional(pipe(string(code("invalid_type")), trim(), maxLength(max, code("too_long")))), "optionalText");
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
  end: wallClock,
  timezone: pipe(
    string(code("invalid_type")),
    trim(),
    minLength(1, code("required")),
    maxLength(64, code("invalid_time_zone")),
    check(isValidTimeZone, code("invalid_time_zone"))
  ),
  locationType: optional(picklist(LOCATION_TYPES, code("invalid_option"))),
  location: optionalText(LIMITS.locationMaxLength),
  description: optionalText(LIMITS.descriptionMaxLength),
  internalNotes: optionalText(LIMITS.internalNotesMaxLength),
  attendeeOwnerIds: optional(
    pipe(
      array(
        pipe(string(code("invalid_type")), regex(digits, code("invalid_format"))),
        code("invalid_type")
      ),
      maxLength(LIMITS.maxAttendees, code("too_many"))
    )
  ),
  activityType: optionalText(LIMITS.activityTypeMaxLength),
  outcome: optional(picklist(MEETING_OUTCOMES, code("invalid_option"))),
  reminders: optional(
    pipe(array(reminderSchema, code("invalid_type")), maxLength(LIMITS.maxReminders, code("too_many")))
  ),
  includeDescriptionInReminders: optional(boolean(code("invalid_type"))),
  checkExisting: optional(boolean(code("invalid_type")))
});
var ISSUE_CODES = /* @__PURE__ */ new Set([
  "required",
  "invalid_type",
  "too_long",
  "too_many",
  "invalid_format",
  "invalid_uuid",
  "invalid_time_zone",
  "nonexistent_local_time",
  "end_before_start",
  "duration_too_long",
  "invalid_option",
  "out_of_range",
  "unknown_id"
]);
var LIMIT_PARAMS = {
  title: { max: LIMITS.titleMaxLength },
  location: { max: LIMITS.locationMaxLength },
  description: { max: LIMITS.descriptionMaxLength },
  internalNotes: { max: LIMITS.internalNotesMaxLength },
  activityType: { max: LIMITS.activityTypeMaxLength },
  attendeeOwnerIds: { max: LIMITS.maxAttendees },
  reminders: { max: LIMITS.maxReminders }
};
var codeOnly = /* @__PURE__ */ __name((_field, code2, params) => params ? { code: code2, message: "", params } : { code: code2, message: "" }, "codeOnly");
function validateMeetingParameters(raw) {
  return checkMeetingParameters(raw, fieldIssue);
}
__name(validateMeetingParameters, "validateMeetingParameters");
function checkMeetingParameters(raw, describe2 = codeOnly) {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) raw = {};
  const fields = {};
  const addIssue = /* @__PURE__ */ __name((field, code2, params) => {
    if (fields[field]) return;
    const limit = code2 === "too_long" || code2 === "too_many" ? LIMIT_PARAMS[field] : void 0;
    fields[field] = describe2(field, code2, params ?? limit);
  }, "addIssue");
  const parsed = safeParse(parametersSchema, raw);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      const field = issue.path?.[0]?.key;
      if (typeof field !== "string") continue;
      const missing = raw[field] === void 0;
      const issueCode = issue.message === "invalid_type" && missing ? "required" : issue.message;
      addIssue(field, ISSUE_CODES.has(issueCode) ? issueCode : "invalid_format");
    }
  }
  const input = raw;
  const timezone = typeof input.timezone === "string" ? input.timezone.trim() : "";
  const zoneKnown = !fields.timezone;
  const startUtc = fields.start ? void 0 : convert("start", input.start, timezone, zoneKnown, addIssue);
  const endUtc = fields.end ? void 0 : convert("end", input.end, timezone, zoneKnown, addIssue);
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
  if (!parsed.success || Object.keys(fields).length > 0 || !startUtc || !endUtc) return { ok: false, fields };
  const data = parsed.output;
  const value = {
    requestId: data.requestId.toLowerCase(),
    organizerUserId: data.organizerUserId,
    title: data.title,
    start: data.start,
    end: data.end,
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
__name(checkMeetingParameters, "checkMeetingParameters");
function convert(field, wallClock2, timezone, zoneKnown, addIssue) {
  const text = String(wallClock2).trim();
  if (!zoneKnown) {
    if (!parseWallClock(text)) addIssue(field, "invalid_format");
    return void 0;
  }
  const result = wallClockToUtc(text, timezone);
  if (result.ok) return result.utc;
  addIssue(result.code === "invalid_time_zone" ? "timezone" : field, result.code);
  return void 0;
}
__name(convert, "convert");
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
function buildCreateMeetingRequest(input, trusted) {
  const properties = {
    hs_meeting_title: input.title,
    hs_meeting_start_time: input.startUtc,
    hs_meeting_end_time: input.endUtc,
    hs_timestamp: input.startUtc,
    hs_meeting_outcome: input.outcome,
    hubspot_owner_id: trusted.organizerOwnerId
  };
  if (input.description) properties.hs_meeting_body = input.description;
  if (input.internalNotes) properties.hs_internal_meeting_notes = input.internalNotes;
  if (input.location) properties.hs_meeting_location = input.location;
  if (input.locationType) properties.hs_meeting_location_type = input.locationType;
  if (input.activityType) properties.hs_activity_type = input.activityType;
  if (input.attendeeOwnerIds.length > 0) properties.hs_attendee_owner_ids = input.attendeeOwnerIds;
  return {
    path: "/scheduler/2026-03/meetings/calendar",
    query: { organizerUserId: input.organizerUserId },
    body: {
      associations: [{ to: { id: trusted.contactId }, types: [{ ...MEETING_TO_CONTACT_ASSOCIATION }] }],
      emailReminderSchedule: {
        reminders: input.reminders.map((r) => ({
          numberOfTimeUnits: r.numberOfTimeUnits,
          timeUnit: r.timeUnit
        })),
        shouldIncludeInviteDescription: input.includeDescriptionInReminders
      },
      properties,
      timezone: input.timezone
    }
  };
}
__name(buildCreateMeetingRequest, "buildCreateMeetingRequest");
function isRecordId(value) {
  return typeof value === "string" ? /^\d{1,20}$/.test(value) : typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}
__name(isRecordId, "isRecordId");

// ../../../packages/core/src/server/clock.ts
var systemClock = {
  now: /* @__PURE__ */ __name(() => Date.now(), "now"),
  sleep: /* @__PURE__ */ __name((ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))), "sleep")
};

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
function retryAfterSecondsOf(response) {
  const header = response.header("retry-after");
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1e3) : null;
}
__name(retryAfterSecondsOf, "retryAfterSecondsOf");
function isSuccess(response) {
  return response.status >= 200 && response.status < 300;
}
__name(isSuccess, "isSuccess");

// ../../../packages/core/src/server/failures.ts
function failure(code2, message, extra = {}) {
  return { ok: false, error: { code: code2, message, retryable: extra.retryable ?? false, ...extra } };
}
__name(failure, "failure");
function failureFromResponse(response, about = {}) {
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
          details: { retryAfterSeconds: retryAfterSecondsOf(response) ?? 10 }
        }
      );
    default:
      if (response.status >= 500) {
        return failure(
          "HUBSPOT_UNAVAILABLE",
          "HubSpot is not answering right now. Nothing was booked; try again in a moment.",
          {
            ...withId,
            retryable: true
          }
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

// ../../../packages/core/src/server/send-read.ts
var TRANSIENT_RETRIES = 2;
async function sendRead(api, request, options) {
  const { clock, deadline } = options;
  let transientLeft = TRANSIENT_RETRIES;
  for (let attempt = 0; ; attempt++) {
    const timeoutMs = Math.min(options.timeoutMs, deadline - clock.now());
    if (timeoutMs <= 0) throw new TransportError("timeout", "No time left to ask HubSpot");
    let response;
    try {
      response = await api.send({ ...request, timeoutMs });
    } catch (error) {
      if (!(error instanceof TransportError) || transientLeft-- <= 0) throw error;
      if (!await pause(clock, deadline, backoffMs(attempt))) throw error;
      continue;
    }
    if (response.status === 429) {
      const waitMs = (retryAfterSecondsOf(response) ?? 0) * 1e3 || backoffMs(attempt);
      if (!await pause(clock, deadline, waitMs)) return response;
      continue;
    }
    if (response.status >= 500 && transientLeft-- > 0) {
      if (!await pause(clock, deadline, backoffMs(attempt))) return response;
      continue;
    }
    return response;
  }
}
__name(sendRead, "sendRead");
function backoffMs(attempt) {
  return Math.min(2e3, 250 * 2 ** attempt);
}
__name(backoffMs, "backoffMs");
async function pause(clock, deadline, ms) {
  if (clock.now() + ms >= deadline) return false;
  await clock.sleep(ms);
  return true;
}
__name(pause, "pause");

// ../../../packages/core/src/server/find-created-meeting.ts
var CLOCK_SKEW_MS = 2 * 6e4;
async function findCreatedMeeting(api, fingerprint, options) {
  let response;
  try {
    response = await sendRead(
      api,
      {
        method: "POST",
        path: "/crm/objects/2026-03/meetings/search",
        body: {
          filterGroups: [
            {
              filters: [
                { propertyName: "hubspot_owner_id", operator: "EQ", value: fingerprint.ownerId },
                { propertyName: "associations.contact", operator: "EQ", value: fingerprint.contactId },
                {
                  propertyName: "hs_meeting_start_time",
                  operator: "EQ",
                  value: String(Date.parse(fingerprint.startUtc))
                },
                {
                  propertyName: "hs_createdate",
                  operator: "GTE",
                  value: String(fingerprint.attemptedSince - CLOCK_SKEW_MS)
                }
              ]
            }
          ],
          properties: ["hs_meeting_title", "hs_meeting_start_time", "hubspot_owner_id", "hs_createdate"],
          sorts: [{ propertyName: "hs_createdate", direction: "ASCENDING" }],
          limit: 20
        }
      },
      options
    );
  } catch (error) {
    return { kind: "failed", reason: error instanceof Error ? error.message : String(error) };
  }
  if (!isSuccess(response)) return { kind: "failed", reason: `search answered ${response.status}` };
  const results = response.body.results ?? [];
  const match = results.find((meeting) => meeting.properties?.hs_meeting_title === fingerprint.title);
  return match ? { kind: "found", meetingId: String(match.id) } : { kind: "absent" };
}
__name(findCreatedMeeting, "findCreatedMeeting");

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
    if (!isSuccess(response)) return failureFromResponse(response, { kind: "organizer", id: userId });
    const owner = response.body;
    if (!owner || owner.id === void 0)
      return failure("NOT_FOUND", "HubSpot has no owner record for your user.", {
        details: { kind: "organizer", id: userId }
      });
    return { ok: true, owner: { ...owner, id: String(owner.id) } };
  } catch (error) {
    if (error instanceof TransportError) {
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
  const lookup = await fetchOwnerOfUser(api, userId, options);
  if (!lookup.ok) return lookup;
  cache.set(api.accountKey, userId, lookup.owner.id);
  return { ok: true, ownerId: lookup.owner.id };
}
__name(resolveOrganizerOwnerId, "resolveOrganizerOwnerId");

// ../../../packages/core/src/server/create-meeting.ts
var DEFAULT_CREATE_POLICY = {
  totalBudgetMs: 9e3,
  createTimeoutMs: 5e3,
  readTimeoutMs: 3e3,
  indexLagMs: 3e3,
  verifyPollMs: 750,
  resubmitLookbackMs: 24 * 60 * 6e4
};
async function createMeeting(deps, call) {
  const clock = deps.clock ?? systemClock;
  const policy = { ...DEFAULT_CREATE_POLICY, ...deps.policy };
  const log = deps.log ?? (() => {
  });
  const deadline = clock.now() + policy.totalBudgetMs;
  const reads = { clock, deadline, timeoutMs: policy.readTimeoutMs };
  if (!isRecordId(call.contactId)) {
    return failure("NO_CONTACT", "Open a contact record to book a meeting with that contact.");
  }
  const contactId = String(call.contactId);
  const validation = validateMeetingParameters(call.parameters);
  if (!validation.ok) {
    return failure("VALIDATION_ERROR", "Some fields need attention.", { fields: validation.fields });
  }
  const input = validation.value;
  const owner = await resolveOrganizerOwnerId(
    deps.api,
    deps.ownerCache ?? processOwnerCache,
    input.organizerUserId,
    reads
  );
  if (!owner.ok) return owner;
  const request = buildCreateMeetingRequest(input, { contactId, organizerOwnerId: owner.ownerId });
  const booked = /* @__PURE__ */ __name((id, recovered) => bookedMeeting(id, input, contactId, owner.ownerId, recovered), "booked");
  const fingerprint = {
    ownerId: owner.ownerId,
    contactId,
    startUtc: input.startUtc,
    title: input.title,
    attemptedSince: clock.now()
  };
  if (input.checkExisting) {
    const existing = await findCreatedMeeting(
      deps.api,
      { ...fingerprint, attemptedSince: clock.now() - policy.resubmitLookbackMs },
      reads
    );
    if (existing.kind === "found") {
      log("create.found_on_resubmit", { requestId: input.requestId, meetingId: existing.meetingId });
      return { ok: true, meeting: booked(existing.meetingId, true) };
    }
    if (existing.kind === "failed") {
      return failure("OUTCOME_UNKNOWN", UNKNOWN_MESSAGE, { retryable: false });
    }
  }
  const ctx = {
    deps,
    clock,
    policy,
    deadline,
    reads,
    fingerprint,
    log,
    requestId: input.requestId
  };
  for (let attempt = 0; ; attempt++) {
    const attemptAt = clock.now();
    let response;
    try {
      response = await sendCreate(deps.api, request, Math.min(policy.createTimeoutMs, deadline - attemptAt));
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      log("create.ambiguous", { requestId: input.requestId, attempt, kind: error.kind });
      const verdict = await settleAmbiguous(ctx, error.late);
      if (verdict.kind === "created") return { ok: true, meeting: booked(verdict.meetingId, true) };
      if (verdict.kind === "unknown")
        return failure("OUTCOME_UNKNOWN", UNKNOWN_MESSAGE, { retryable: false });
      if (canResend(ctx)) continue;
      return notCreated();
    }
    if (isSuccess(response)) {
      const id = response.body?.id;
      if (typeof id === "string" || typeof id === "number")
        return { ok: true, meeting: booked(String(id), false) };
      return failure("OUTCOME_UNKNOWN", UNKNOWN_MESSAGE, { retryable: false, ...correlation(response) });
    }
    if (response.status === 429) {
      const waitMs = (retryAfterSecondsOf(response) ?? 0) * 1e3 || backoffMs(attempt + 1);
      log("create.rate_limited", { requestId: input.requestId, attempt, waitMs });
      if (await pause(clock, deadline - policy.createTimeoutMs / 2, waitMs)) continue;
      return failureFromResponse(response);
    }
    if (response.status >= 500) {
      log("create.ambiguous", {
        requestId: input.requestId,
        attempt,
        status: response.status,
        ...correlation(response)
      });
      const verdict = await settleAmbiguous(ctx, void 0);
      if (verdict.kind === "created") return { ok: true, meeting: booked(verdict.meetingId, true) };
      if (verdict.kind === "unknown")
        return failure("OUTCOME_UNKNOWN", UNKNOWN_MESSAGE, { retryable: false, ...correlation(response) });
      if (canResend(ctx)) continue;
      return notCreated(correlation(response));
    }
    return rejection(response);
  }
}
__name(createMeeting, "createMeeting");
var UNKNOWN_MESSAGE = "HubSpot did not confirm whether the meeting was booked. Check the contact's activity timeline before trying again.";
function notCreated(extra = {}) {
  return failure(
    "NOT_CREATED",
    "HubSpot had a problem and the meeting was not booked. It is safe to try again.",
    {
      retryable: true,
      ...extra
    }
  );
}
__name(notCreated, "notCreated");
function sendCreate(api, request, timeoutMs) {
  if (timeoutMs <= 0) return Promise.reject(new TransportError("timeout", "No time left to ask HubSpot"));
  return api.send({
    method: "POST",
    path: request.path,
    query: request.query,
    body: request.body,
    timeoutMs
  });
}
__name(sendCreate, "sendCreate");
function canResend(ctx) {
  return ctx.deadline - ctx.clock.now() >= ctx.policy.indexLagMs + ctx.policy.verifyPollMs;
}
__name(canResend, "canResend");
async function settleAmbiguous(ctx, late) {
  const { clock, deadline, policy, deps } = ctx;
  const absentAfter = clock.now() + policy.indexLagMs;
  let inFlight = late !== void 0;
  let lateMeetingId;
  const lateSettled = late ? late.then(
    (response) => {
      inFlight = false;
      const id = isSuccess(response) ? response.body?.id : void 0;
      if (typeof id === "string" || typeof id === "number") lateMeetingId = String(id);
    },
    () => {
      inFlight = false;
    }
  ) : new Promise(() => {
  });
  for (; ; ) {
    if (lateMeetingId) return { kind: "created", meetingId: lateMeetingId };
    const searchStartedAt = clock.now();
    const outcome = await findCreatedMeeting(deps.api, ctx.fingerprint, { ...ctx.reads, deadline });
    if (lateMeetingId) return { kind: "created", meetingId: lateMeetingId };
    if (outcome.kind === "found") {
      ctx.log("create.recovered", { requestId: ctx.requestId, meetingId: outcome.meetingId });
      return { kind: "created", meetingId: outcome.meetingId };
    }
    if (outcome.kind === "absent" && searchStartedAt >= absentAfter && !inFlight) {
      ctx.log("create.confirmed_absent", { requestId: ctx.requestId });
      return { kind: "absent" };
    }
    const waitMs = Math.max(policy.verifyPollMs, Math.min(absentAfter - clock.now(), policy.verifyPollMs));
    if (clock.now() + waitMs >= deadline) {
      ctx.log("create.unknown", {
        requestId: ctx.requestId,
        inFlight,
        lastSearch: outcome.kind === "failed" ? outcome.reason : outcome.kind
      });
      return { kind: "unknown" };
    }
    await Promise.race([clock.sleep(waitMs), lateSettled]);
  }
}
__name(settleAmbiguous, "settleAmbiguous");
var PROPERTY_TO_FIELD = {
  hs_meeting_title: "title",
  hs_meeting_start_time: "start",
  hs_meeting_end_time: "end",
  hs_timestamp: "start",
  timezone: "timezone",
  hs_meeting_location: "location",
  hs_meeting_location_type: "locationType",
  hs_meeting_body: "description",
  hs_internal_meeting_notes: "internalNotes",
  hs_attendee_owner_ids: "attendeeOwnerIds",
  hs_activity_type: "activityType",
  hs_meeting_outcome: "outcome",
  hubspot_owner_id: "organizerUserId",
  organizerUserId: "organizerUserId",
  emailReminderSchedule: "reminders"
};
function rejection(response) {
  if (response.status === 400) {
    const fields = {};
    for (const error of readErrorBody(response).errors ?? []) {
      const text = `${error.in ?? ""} ${error.message ?? ""}`;
      const property = Object.keys(PROPERTY_TO_FIELD).find((name) => text.includes(name));
      const field = property ? PROPERTY_TO_FIELD[property] : void 0;
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
  return failureFromResponse(response, { kind });
}
__name(rejection, "rejection");
function correlation(response) {
  const correlationId = correlationIdOf(response);
  return correlationId ? { correlationId } : {};
}
__name(correlation, "correlation");
function bookedMeeting(id, input, contactId, ownerId, recovered) {
  const meeting = {
    id,
    title: input.title,
    start: input.start,
    end: input.end,
    timezone: input.timezone,
    startUtc: input.startUtc,
    endUtc: input.endUtc,
    contactId,
    ownerId,
    attendeeOwnerIds: input.attendeeOwnerIds
  };
  if (recovered) meeting.recovered = true;
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
  const settle = /* @__PURE__ */ __name((accountKey, entry, result) => {
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
        (result) => settle(accountKey, entry, result),
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
    return await createMeeting(
      { api, log: functionLog },
      // The contact is the record HubSpot read for us, never an id the card sent.
      { parameters: context?.parameters, contactId: context?.propertiesToSend?.hs_object_id }
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
