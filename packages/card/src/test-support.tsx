// Test helpers for the card suites. Not exported from the package.
import { Input } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { validateMeetingParametersAsCodes } from '@meeting-card/core';
import { withCardMessages } from '@meeting-card/core/server';
import type {
  CreateMeetingResult,
  FormOptions,
  FormOptionsResult,
  MeetingError,
  MeetingParameters,
  OwnerSearchResult,
} from '@meeting-card/core';
import { MeetingCard } from './MeetingCard';
import { forgetUnresolvedRequests } from './hooks/unresolved-requests';
import type { RecordProperties } from './components/MeetingCardView';
import type { MeetingServer } from './server/meetingServer';

export const OPTIONS: FormOptions = {
  organizer: { ownerId: '501', userId: '1', name: 'Rita Rep', email: 'rita@example.com' },
  owners: [
    { ownerId: '501', userId: '1', name: 'Rita Rep' },
    { ownerId: '502', userId: '2', name: 'Sam Sales' },
    { ownerId: '503', userId: '3', name: 'Lee Lead' },
  ],
  ownersTruncated: false,
  meetingTypes: [
    { value: 'Discovery', label: 'Discovery call' },
    { value: 'Demo', label: 'Demo' },
  ],
};

export const CONTACT: RecordProperties = {
  firstname: 'Ana',
  lastname: 'Souza',
  phone: '+55 11 5555-0100',
  mobilephone: null,
  hs_timezone: 'america_slash_sao_paulo',
};

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * A MeetingServer that records what the card sends and answers as the test says. It stands in
 * for the seam because hubspot.serverless needs HubSpot's card worker, which cannot run here;
 * the seam's own mapping is tested in server/meetingServer.test.ts.
 */
export class RecordingServer implements MeetingServer {
  readonly creates: MeetingParameters[] = [];
  readonly optionRequests: { organizerUserId: string }[] = [];
  readonly searches: string[] = [];
  private readonly createAnswers: (CreateMeetingResult | Promise<CreateMeetingResult>)[] = [];
  private searchAnswer: (query: string) => OwnerSearchResult | Promise<OwnerSearchResult> = () => ({
    ok: true,
    matches: { owners: [], more: false },
  });

  constructor(
    private readonly options: FormOptionsResult | Promise<FormOptionsResult> = { ok: true, options: OPTIONS },
  ) {}

  /** Queues the answer to the next createMeeting call. */
  answerCreate(answer: CreateMeetingResult | Promise<CreateMeetingResult>): this {
    this.createAnswers.push(answer);
    return this;
  }

  /** How owner searches are answered from now on. */
  answerSearches(answer: (query: string) => OwnerSearchResult | Promise<OwnerSearchResult>): this {
    this.searchAnswer = answer;
    return this;
  }

  searchOwners(query: string): Promise<OwnerSearchResult> {
    this.searches.push(query);
    return Promise.resolve(this.searchAnswer(query));
  }

  createMeeting(params: MeetingParameters): Promise<CreateMeetingResult> {
    this.creates.push(structuredClone(params));
    const answer = this.createAnswers.shift() ?? booked(params);
    return Promise.resolve(answer);
  }

  loadFormOptions(req: { organizerUserId: string; language?: string }): Promise<FormOptionsResult> {
    this.optionRequests.push(req);
    // As the servers do: every answer carries the language the card asked for.
    return Promise.resolve(this.options).then((answer) => withCardMessages(answer, req.language));
  }
}

/** What the server answers for a booking of these parameters, the way the core builds it. */
export function booked(
  params: MeetingParameters,
  extra: { startUtc?: string; endUtc?: string } = {},
): CreateMeetingResult {
  // The instants the core's own rules give these parameters (the server's answer carries them).
  const checked = validateMeetingParametersAsCodes(params);
  const value = checked.ok ? checked.value : undefined;
  return {
    ok: true,
    meeting: {
      id: '9001',
      title: params.title,
      start: params.start,
      end: value?.end ?? params.end ?? '',
      timezone: params.timezone,
      startUtc: extra.startUtc ?? value?.startUtc ?? '2026-03-12T14:00:00Z',
      endUtc: extra.endUtc ?? value?.endUtc ?? '2026-03-12T14:30:00Z',
      contactId: '123',
      ownerId: '501',
      attendeeOwnerIds: params.attendeeOwnerIds ?? [],
    },
  };
}

export function failed(error: Partial<MeetingError> & Pick<MeetingError, 'code'>): CreateMeetingResult {
  return { ok: false, error: { message: 'English message from the server', retryable: false, ...error } };
}

interface RenderOptions {
  server?: MeetingServer;
  record?: RecordProperties;
  locale?: string;
  portalTimeZone?: string;
  /** The card's clock (epoch ms); NOW unless given. */
  now?: number;
  /** The rep's own zone as the runtime would say it; none unless given. */
  repZone?: string | null;
  /**
   * The same card mounted again (a tab switch, a locale change): unresolved requests of the earlier
   * render are kept. Otherwise each render starts with none.
   */
  remount?: boolean;
}

/** The time the card's clock shows in these suites: 1 March 2026, 12:00 UTC (07:00 in New York). */
export const NOW = Date.parse('2026-03-01T12:00:00Z');

/**
 * Renders the card as HubSpot would on a contact record, with the record's properties given.
 * Async: the record's properties arrive from HubSpot after the first render.
 */
export async function renderCard({
  server = new RecordingServer(),
  record = CONTACT,
  locale,
  portalTimeZone,
  now = NOW,
  repZone = null,
  remount = false,
}: RenderOptions = {}) {
  if (!remount) forgetUnresolvedRequests();
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.actions.fetchCrmObjectProperties.willCall(
    async () => ({ ...record }) as Record<string, string>,
  );
  const base = renderer.mocks.context;
  const context = {
    ...base,
    user: { ...base.user, locale },
    portal: { ...base.portal, timezone: portalTimeZone ?? base.portal.timezone },
  };
  const environment = { now: () => now, repZone: () => repZone };
  renderer.render(
    <MeetingCard
      context={context}
      actions={renderer.mocks.actions}
      server={server}
      environment={environment}
    />,
  );
  // The renderer waits 1 s by default; the 2-core machine running the property suites beside these
  // can be slower than that to settle a promise chain. A wait budget, not a timed assertion.
  const waitFor: typeof renderer.waitFor = (check, options) =>
    renderer.waitFor(check, { timeoutInMs: 5_000, ...options });
  const card = { ...renderer, server, context, waitFor };
  // Polled rather than `waitFor` (which re-checks only when the rendered tree changes), until the
  // record's properties are in the form: React may render their arrival after a zero timeout on a busy
  // machine, and a test that submitted before then booked with an empty title.
  const named = Boolean(record.firstname || record.lastname);
  const settled = () => {
    if (renderer.mocks.actions.fetchCrmObjectProperties.callCount === 0) return false;
    const title = renderer.maybeFind(Input, { name: 'title' });
    return !named || !title || String(title.props.value ?? '') !== '';
  };
  for (let turns = 0; !settled(); turns += 1) {
    if (turns > 500) throw new Error("the record's properties never reached the form");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
  return card;
}

interface TextTree {
  text: string | null;
  childNodes?: readonly TextTree[];
  nodeType: string;
}

/** All text under a rendered node (the renderer's `.text` has direct text children only). */
export function allText(node: TextTree): string {
  if (node.nodeType === 'text') return node.text ?? '';
  return (node.childNodes ?? []).map(allText).join(' ');
}
