// Shapes of the emulator's seed, its stored state, and its fault rules.
// The seed is what tests hand to startEmulator; the state is what a running emulator holds
// (and writes to its state file).

/** A HubSpot user (the id a card sees as context.user.id). Users and owners are different id spaces. */
export interface SeedUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  /** False for a user HubSpot does not let install apps (no super admin / App Marketplace access). Default true. */
  canInstallApps?: boolean;
}

/** A CRM owner. `userId` links it to a user; an owner without one is a deactivated/imported owner. */
export interface SeedOwner {
  id: string;
  userId?: string;
  email: string;
  firstName: string;
  lastName: string;
  archived?: boolean;
  teams?: Array<{ id: string; name: string; primary: boolean }>;
}

export interface SeedContact {
  id: string;
  /** CRM property values (firstname, lastname, email, phone, hs_timezone, hubspot_owner_id, company, jobtitle...). */
  properties: Record<string, string>;
  /**
   * The contact's primary company (HubSpot's "Primary" contact → company label, type id 1; its id is also the
   * contact property `associatedcompanyid`). It must be one of the companies listing this contact.
   */
  primaryCompanyId?: string;
}

/** A company record; `contactIds` are its associated contacts (unlabeled, company → contact 280). */
export interface SeedCompany {
  id: string;
  /** name, domain, city, ... */
  properties: Record<string, string>;
  contactIds: string[];
}

/**
 * A deal record. `properties` hold dealname, dealstage, pipeline, amount, closedate and `hs_is_closed`
 * ('true' for closed won/lost, as HubSpot computes it). Associations: `contactIds` (deal → contact 3),
 * `companyIds` (deal → company 341; the first is the primary, type id 5).
 */
export interface SeedDeal {
  id: string;
  properties: Record<string, string>;
  contactIds: string[];
  companyIds: string[];
}

/** Weekly working hours of a meeting link, in the link's time zone. */
export interface SeedWorkingHours {
  timeZone: string;
  /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
  weekdays: number[];
  /** Wall-clock 'HH:MM' of the first bookable minute and of the end of the day. */
  start: string;
  end: string;
}

/** A scheduling page (GET /scheduler/2026-03/meetings/meeting-links). */
export interface SeedMeetingLink {
  id: string;
  slug: string;
  name: string;
  type: 'PERSONAL_LINK' | 'GROUP_CALENDAR' | 'ROUND_ROBIN_CALENDAR';
  organizerUserId: string;
  userIdsOfLinkMembers: string[];
  defaultLink: boolean;
  /** Meeting durations the page offers, in minutes. */
  durationsMinutes: number[];
  workingHours: SeedWorkingHours;
  /** How far ahead the page books, in days from now (HubSpot's "rolling date range"). */
  rollingWindowDays: number;
}

/**
 * A busy block on a user's calendar, relative to the emulator's "now" so the seed never goes stale:
 * `dayOffset` days from today in `timeZone`, wall-clock 'HH:MM' start and end.
 */
export interface SeedBusyBlock {
  userId: string;
  timeZone: string;
  dayOffset: number;
  start: string;
  end: string;
}

/** A calendar connection per user: provider, and whether HubSpot has lost its connection (isOffline). */
export interface SeedCalendar {
  userId: string;
  provider: 'GOOGLE' | 'OFFICE365' | 'EXCHANGE' | 'UNKNOWN';
  offline?: boolean;
}

/** An association label that an admin defined (USER_DEFINED), e.g. meetings → deals "Decision meeting". */
export interface SeedAssociationLabel {
  fromObjectType: 'meetings';
  toObjectType: 'contacts' | 'companies' | 'deals';
  typeId: number;
  label: string;
}

/** One option of the meeting property hs_activity_type ("call and meeting type"). */
export interface SeedMeetingType {
  label: string;
  value: string;
  hidden?: boolean;
}

export interface SeedAccount {
  portalId: number;
  name: string;
  /** The account's default time zone (context.portal.timezone). */
  timezone: string;
  users: SeedUser[];
  owners: SeedOwner[];
  contacts: SeedContact[];
  meetingTypes: SeedMeetingType[];
  /** Optional parts (issue 10): records and scheduling; an account without them has none. */
  companies?: SeedCompany[];
  deals?: SeedDeal[];
  meetingLinks?: SeedMeetingLink[];
  busyBlocks?: SeedBusyBlock[];
  calendars?: SeedCalendar[];
  associationLabels?: SeedAssociationLabel[];
}

/** A static (private app) access token. */
export interface SeedToken {
  token: string;
  portalId: number;
  scopes: string[];
  label?: string;
}

/** A registered OAuth (marketplace) app. */
export interface SeedOAuthApp {
  appId: number;
  name: string;
  clientId: string;
  clientSecret: string;
  redirectUrls: string[];
  /** Scopes an install must grant. */
  scopes: string[];
  optionalScopes?: string[];
}

export interface EmulatorSeed {
  accounts: SeedAccount[];
  tokens: SeedToken[];
  oauthApps: SeedOAuthApp[];
}

/** A meeting as the emulator stores it. Property values are HubSpot CRM strings (multi-values joined by ';'). */
export interface StoredMeeting {
  id: string;
  portalId: number;
  organizerUserId: string;
  timezone: string;
  properties: Record<string, string>;
  associations: {
    contacts: string[];
    companies: string[];
    deals: string[];
  };
  emailReminderSchedule: unknown;
  /** Epoch millis. */
  createdAt: number;
  updatedAt: number;
  /**
   * When each kind of read first sees this meeting (epoch millis on the emulator clock), drawn from the
   * lag settings at creation. Absent in state files written before lags existed: visible at createdAt.
   */
  visibleAt?: { search: number; objectRead: number; associationRead: number };
}

export interface OAuthCode {
  code: string;
  clientId: string;
  redirectUri: string;
  portalId: number;
  userId: string;
  scopes: string[];
  expiresAt: number;
}

export interface OAuthInstall {
  appId: number;
  portalId: number;
  userId: string;
  scopes: string[];
  active: boolean;
}

export interface OAuthAccessToken {
  token: string;
  appId: number;
  portalId: number;
  userId: string;
  scopes: string[];
  expiresAt: number;
}

export interface OAuthRefreshToken {
  token: string;
  appId: number;
  portalId: number;
  userId: string;
  scopes: string[];
}

/** Everything a running emulator holds; this is what the state file contains. */
export interface EmulatorState {
  version: 1;
  seed: EmulatorSeed;
  meetings: StoredMeeting[];
  nextMeetingId: number;
  oauth: {
    codes: OAuthCode[];
    installs: OAuthInstall[];
    accessTokens: OAuthAccessToken[];
    refreshTokens: OAuthRefreshToken[];
  };
}

/** What a fault does to one call. */
export type FaultEffect =
  /** Answer with this status before touching state (429 bodies carry policyName). */
  | {
      type: 'status';
      status: number;
      /** JSON body; or a string, sent as is with `contentType` (e.g. a gateway's HTML 502 page). */
      body?: unknown;
      contentType?: string;
      headers?: Record<string, string>;
      retryAfterSeconds?: number;
    }
  /** Wait, then proceed normally: the write happens even if the client has given up (the timeout case). */
  | { type: 'delay'; ms: number }
  /** Never answer and never store: the socket stays open until the client gives up (a timeout, nothing stored). */
  | { type: 'hang' }
  /** Perform the request (the write), then destroy the socket without answering (the duplicate-making case). */
  | { type: 'drop-after-store' }
  /** Destroy the socket at once: nothing is stored. */
  | { type: 'drop-before' }
  /** Perform the request (the write), then answer an error instead of the real response (every 5xx). */
  | {
      type: 'status-after-store';
      status: number;
      body?: unknown;
      contentType?: string;
      headers?: Record<string, string>;
      retryAfterSeconds?: number;
    }
  /** Perform the request (the write), then wait before answering normally (a timeout after store). */
  | { type: 'delay-after-store'; ms: number }
  /** Perform the request (the write), then never answer: the socket stays open until the client gives up. */
  | { type: 'hang-after-store' };

export type FaultAction =
  | FaultEffect
  /** One of the effects, picked per call with probability weight / total (the rule's randomSeed seeds it). */
  | { type: 'one-of'; choices: Array<{ weight: number; action: FaultEffect }> };

export interface FaultRule {
  id?: string;
  /** HTTP method, case-insensitive; any method when absent. */
  method?: string;
  /**
   * A path prefix (matched against the path without query), or a regex matched against path + query:
   * a RegExp, or a string '/pattern/flags' whose pattern has a regex special character (e.g. '/calendar\\?organizerUserId=7001$/').
   */
  path?: string | RegExp;
  /** Only calls made for this account (from the token; /oauth/authorize: its portalId query). */
  portalId?: number;
  /** Apply to the next N matching calls, then the rule is removed. Unlimited when absent. */
  times?: number;
  /** Apply to a matching call with this probability (0..1). */
  probability?: number;
  /** Seed for the rule's own random generator, for reproducible probabilistic faults. */
  randomSeed?: number;
  action: FaultAction;
}

export interface CallCount {
  method: string;
  /** The route pattern, e.g. /crm/owners/2026-03/:ownerId ('*' for unknown paths). */
  route: string;
  /** The HTTP status answered; 0 when the socket was dropped without an answer. */
  status: number;
  count: number;
}

export interface CallsSummary {
  total: number;
  routes: CallCount[];
}

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}
