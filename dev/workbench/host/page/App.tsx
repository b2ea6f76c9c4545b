// The workbench page: a HubSpot-like record page (a contact, a company or a deal: the card's
// objectTypes) with the card in a tab, the activity timeline, and the panels that set the card's
// context and the emulator's faults.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cardBridge, type AlertArgs, type CardApi, type CardContext } from '../card-bridge';
import { hostText } from '../i18n';
import { CardFrame } from './CardFrame';
import {
  api,
  OBJECT_TYPE_IDS,
  URL_PARAMS,
  type CrmRecord,
  type RecordKind,
  type RecordLists,
  type TimelineMeeting,
  type WorkbenchConfig,
} from './api';
import { hubspotFetchThroughProxy } from './hubspot-fetch';
import { HEADER_PROPERTIES, RecordSummary, recordName } from './RecordSummary';
import { Timeline } from './Timeline';

const RECORD_KINDS: RecordKind[] = ['contacts', 'companies', 'deals'];
const KIND_LABELS: Record<RecordKind, string> = {
  contacts: 'Contacts',
  companies: 'Companies',
  deals: 'Deals',
};

interface Toast extends AlertArgs {
  id: number;
}

interface WorkbenchSettings {
  /** The record the page shows: `?contact=<id>`, `?company=<id>` or `?deal=<id>`. */
  kind: RecordKind;
  recordId: string;
  userId: string;
  locale: string;
  timezone: string;
}

function initialSettings(config: WorkbenchConfig, records: RecordLists): WorkbenchSettings {
  const params = new URLSearchParams(location.search);
  const kind = RECORD_KINDS.find((k) => params.get(URL_PARAMS[k])) ?? 'contacts';
  return {
    kind,
    recordId: params.get(URL_PARAMS[kind]) ?? records.contacts[0]?.id ?? '',
    userId: params.get('user') ?? config.users[0]?.id ?? '',
    locale: params.get('locale') ?? 'en',
    timezone: params.get('tz') ?? config.portal.timezone,
  };
}

/** The page's query for these settings (a reload keeps the same record, user and language). */
function queryOf(s: Pick<WorkbenchSettings, 'kind' | 'recordId' | 'userId' | 'locale' | 'timezone'>): string {
  return new URLSearchParams({
    [URL_PARAMS[s.kind]]: s.recordId,
    user: s.userId,
    locale: s.locale,
    tz: s.timezone,
  }).toString();
}

/** One record of the picker, as its option reads. */
function pickerLabel(kind: RecordKind, r: CrmRecord): string {
  const p = r.properties;
  const name = recordName(kind, p) || r.id;
  if (kind === 'contacts') return `${name} ${p.hs_timezone ? `(${p.hs_timezone})` : ''}`.trim();
  if (kind === 'companies') return p.domain ? `${name} (${p.domain})` : name;
  return name;
}

export function App() {
  const [config, setConfig] = useState<WorkbenchConfig | null>(null);
  const [records, setRecords] = useState<RecordLists>({ contacts: [], companies: [], deals: [] });
  const [settings, setSettings] = useState<WorkbenchSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loadCount, setLoadCount] = useState(0);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api.config(), api.records()]).then(
      ([cfg, list]) => {
        if (cancelled) return;
        setConfig(cfg);
        setRecords(list);
        setSettings((current) => current ?? initialSettings(cfg, list));
        setLoadError(null);
      },
      (e: unknown) => !cancelled && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [loadCount]);

  // Settings live in the URL so a reload keeps the same record, user and language.
  useEffect(() => {
    if (!settings) return;
    const query = `?${queryOf(settings)}`;
    if (location.search === query) return;
    // A new record is a new page (the back button returns to the last one); the rest only replaces it.
    const previous = new URLSearchParams(location.search);
    const sameRecord = previous.get(URL_PARAMS[settings.kind]) === settings.recordId;
    if (sameRecord || !location.search) history.replaceState(null, '', query);
    else history.pushState(null, '', query);
  }, [settings]);
  // Back and forward move between record pages.
  useEffect(() => {
    if (!config) return;
    const onPop = () => setSettings(initialSettings(config, records));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [config, records]);

  if (loadError) {
    return (
      <main className="wb-fatal" role="alert">
        <h1>The workbench could not load</h1>
        <p>{loadError}</p>
      </main>
    );
  }
  if (!config || !settings) return <p className="wb-loading">Loading workbench…</p>;
  // A new record is a new record page: its state starts afresh.
  return (
    <Record
      key={`${settings.kind}:${settings.recordId}`}
      config={config}
      records={records}
      settings={settings}
      onSettings={setSettings}
      onReset={() => setLoadCount((n) => n + 1)}
    />
  );
}

function Record({
  config,
  records,
  settings,
  onSettings,
  onReset,
}: {
  config: WorkbenchConfig;
  records: RecordLists;
  settings: WorkbenchSettings;
  onSettings: (s: WorkbenchSettings) => void;
  onReset: () => void;
}) {
  const { kind, recordId } = settings;
  const [record, setRecord] = useState<CrmRecord | null>(null);
  const [associations, setAssociations] = useState<RecordLists | null>(null);
  const [meetings, setMeetings] = useState<TimelineMeeting[] | null>(null);
  const [timelineError, setTimelineError] = useState<string | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [armed, setArmed] = useState<string[]>([]);
  const [generation, setGeneration] = useState(0);
  const toastId = useRef(0);
  const refreshRun = useRef(0);

  const loadRecord = useCallback(async () => {
    const [read, linked] = await Promise.all([
      api.record(kind, recordId, HEADER_PROPERTIES[kind]),
      api.associations(kind, recordId).catch(() => null),
    ]);
    setRecord(read);
    setAssociations(linked);
  }, [kind, recordId]);

  const loadTimeline = useCallback(async (): Promise<TimelineMeeting[] | null> => {
    try {
      const list = await api.recordMeetings(kind, recordId);
      setMeetings(list);
      setTimelineError(null);
      return list;
    } catch (e) {
      setTimelineError(e instanceof Error ? e.message : String(e));
      return null;
    }
  }, [kind, recordId]);

  useEffect(() => {
    void loadRecord();
    void loadTimeline();
  }, [loadRecord, loadTimeline]);

  /**
   * refreshObjectProperties: re-read the record and the timeline. HubSpot's search index lags a
   * write by a few seconds, so the timeline is read again for a while until it changes.
   */
  const refreshRecord = useCallback(async () => {
    const run = ++refreshRun.current;
    const before = meetings?.length ?? 0;
    await loadRecord();
    await cardBridge.refreshPropertyListeners();
    for (let attempt = 0; attempt < 12 && run === refreshRun.current; attempt += 1) {
      const list = await loadTimeline();
      if (list && list.length !== before) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }, [loadRecord, loadTimeline, meetings]);
  const refreshRef = useRef(refreshRecord);
  refreshRef.current = refreshRecord;

  const addToast = useCallback((alert: AlertArgs) => {
    const id = ++toastId.current;
    setToasts((list) => [...list.slice(-3), { ...alert, id }]);
    setTimeout(() => setToasts((list) => list.filter((t) => t.id !== id)), 15000);
  }, []);

  const user = config.users.find((u) => u.id === settings.userId) ?? config.users[0];

  const cardApi = useMemo<CardApi>(() => {
    const context: CardContext = {
      user: {
        id: Number(user?.id ?? 0),
        email: user?.email ?? '',
        emails: user?.email ? [user.email] : [],
        firstName: user?.firstName ?? '',
        lastName: user?.lastName ?? '',
        locale: settings.locale,
        language: settings.locale.split('-')[0] ?? 'en',
        roles: [],
        teams: [],
        permissions: [],
      },
      portal: { id: config.portal.id, timezone: settings.timezone },
      // As HubSpot gives it on this record's page: the card's objectTypes are contacts, companies, deals.
      crm: { objectId: Number(recordId), objectTypeId: OBJECT_TYPE_IDS[kind] },
      location: 'crm.record.tab',
      extension: { appId: 1, appName: config.appName, cardTitle: config.cardTitle },
      variables: config.variables ?? {},
    };
    const propertyWatchers: Array<{ names: string[] | '*'; cb: (p: Record<string, string>) => void }> = [];
    const readProperties = async (names: string[] | '*') => {
      // HubSpot reads them from the record the card is on, whatever its type (a name it lacks comes empty).
      const read = await api.record(kind, recordId, names === '*' ? undefined : names);
      return Object.fromEntries(Object.entries(read.properties).map(([k, v]) => [k, v ?? ''])) as Record<
        string,
        string
      >;
    };
    // Set before the card mounts: its first effects (useCrmProperties, form options) call these.
    cardBridge.setServices({
      serverless: (name, options) => {
        const call = api.runFunction(name, {
          objectId: recordId,
          objectTypeId: OBJECT_TYPE_IDS[kind],
          parameters: options.parameters,
          propertiesToSend: options.propertiesToSend,
        });
        // A call may have used up an armed fault: show what is still armed.
        const showArmed = () =>
          void api.faults().then(
            (f) => setArmed(f.armed),
            () => undefined,
          );
        call.then(showArmed, showArmed);
        return call;
      },
      hsFetch: (url, options) => {
        // As HubSpot does, the marketplace card's calls go through the proxy, which signs them for the signed-in user.
        if (config.distribution === 'marketplace') {
          const call = hubspotFetchThroughProxy(url, options, user?.id ?? '');
          const showArmed = () =>
            void api.faults().then(
              (f) => setArmed(f.armed),
              () => undefined,
            );
          call.then(showArmed, showArmed);
          return call;
        }
        const o = (options ?? {}) as { method?: string; body?: unknown; headers?: Record<string, string> };
        return fetch(String(url), {
          method: o.method ?? 'GET',
          headers: { 'content-type': 'application/json', ...(o.headers ?? {}) },
          body: o.body === undefined ? undefined : JSON.stringify(o.body),
        });
      },
      fetchCrmProperties: readProperties,
    });
    return {
      context,
      actions: {
        addAlert: addToast,
        reloadPage: () => location.reload(),
        refreshObjectProperties: () => {
          void refreshRef.current().then(async () => {
            for (const w of propertyWatchers) w.cb(await readProperties(w.names));
          });
        },
        fetchCrmObjectProperties: readProperties,
        onCrmPropertiesUpdate: (names, cb) => {
          propertyWatchers.push({ names, cb });
          void readProperties(names).then((p) => cb(p));
        },
        openIframeModal: ({ uri }) => void window.open(uri, '_blank'),
        copyTextToClipboard: (text) => navigator.clipboard.writeText(text),
        navigateToPage: ({ to }) =>
          addToast({ type: 'info', message: `navigateToPage(${to}) is not simulated in the workbench.` }),
        closeOverlay: () => {},
      },
      runServerlessFunction: async ({ name, parameters, propertiesToSend }) => {
        try {
          const response = await cardBridge.serverless(name, { parameters, propertiesToSend });
          return { status: 'SUCCESS', response };
        } catch (e) {
          return { status: 'ERROR', message: e instanceof Error ? e.message : String(e) };
        }
      },
    };
    // `generation` remounts the card after "reset demo data".
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config, user, settings.locale, settings.timezone, kind, recordId, addToast, generation]);

  const owners = useMemo(
    () =>
      new Map(
        config.users
          .filter((u) => u.ownerId)
          .map((u) => [u.ownerId as string, `${u.firstName} ${u.lastName}`]),
      ),
    [config.users],
  );
  const text = hostText(settings.locale);
  const fullName = record ? recordName(kind, record.properties) : '';
  const openRecord = (next: RecordKind, id: string) => onSettings({ ...settings, kind: next, recordId: id });

  return (
    <div className="wb">
      <header className="wb-topbar">
        <span className="wb-topbar__brand">Meeting Card workbench</span>
        <span className="wb-topbar__mode">
          {config.mode === 'emulator' ? 'HubSpot API emulator' : `HubSpot API at ${config.apiBaseUrl}`} ·
          portal {config.portal.id}
        </span>
        <span
          className={`wb-badge wb-badge--${config.distribution}`}
          data-testid="distribution-badge"
          title={
            config.distribution === 'marketplace'
              ? 'Restart with npm start for the private build'
              : 'Restart with npm start -- --mode marketplace for the marketplace build'
          }
        >
          {config.distribution === 'marketplace'
            ? 'Marketplace app · hubspot.fetch → backend'
            : 'Private app · app functions'}
        </span>
        <div className="wb-topbar__picker">
          <label htmlFor="wb-record">Record</label>
          <select
            id="wb-record"
            value={`${kind}:${recordId}`}
            onChange={(e) => {
              const [next, id] = e.target.value.split(':') as [RecordKind, string];
              openRecord(next, id);
            }}
          >
            {RECORD_KINDS.map((k) => (
              <optgroup key={k} label={KIND_LABELS[k]}>
                {records[k].map((r) => (
                  <option key={r.id} value={`${k}:${r.id}`}>
                    {pickerLabel(k, r)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      </header>

      <div className="wb-record">
        <RecordSummary
          kind={kind}
          id={recordId}
          record={record}
          associations={associations}
          owners={owners}
          locale={settings.locale}
          text={text}
          hrefOf={(k, id) => `?${queryOf({ ...settings, kind: k, recordId: id })}`}
          onOpen={openRecord}
        />

        <main className="wb-middle">
          <div className="wb-tabs" role="tablist" aria-label={text.recordTabs}>
            <button type="button" role="tab" aria-selected="false" className="wb-tab" disabled>
              {text.overview}
            </button>
            <button
              type="button"
              role="tab"
              aria-selected="true"
              className="wb-tab wb-tab--active"
              id="card-tab"
            >
              {config.cardTitle}
            </button>
          </div>
          <section className="wb-card" role="tabpanel" aria-labelledby="card-tab">
            <div className="wb-card__header">
              <h2>{config.cardTitle}</h2>
              <span className="wb-card__app">{config.appName}</span>
            </div>
            <div className="wb-card__body" data-testid="card">
              <CardFrame
                api={cardApi}
                key={`${kind}:${recordId}|${settings.userId}|${settings.locale}|${settings.timezone}|${generation}`}
              />
            </div>
          </section>
          <Timeline
            meetings={meetings}
            error={timelineError}
            locale={settings.locale}
            timezone={settings.timezone}
            owners={owners}
            kind={kind}
            contactName={kind === 'contacts' && record ? fullName || null : null}
            onRefresh={() => void loadTimeline()}
          />
        </main>

        <aside className="wb-right" aria-label="Workbench controls">
          <section className="wb-section" aria-labelledby="ctx-heading">
            <h2 id="ctx-heading">Card context</h2>
            <div className="wb-control">
              <label htmlFor="wb-user">User (organizer)</label>
              <select
                id="wb-user"
                value={settings.userId}
                onChange={(e) => onSettings({ ...settings, userId: e.target.value })}
              >
                {config.users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.firstName} {u.lastName} (user {u.id}
                    {u.ownerId ? `, owner ${u.ownerId}` : ', no owner'})
                  </option>
                ))}
              </select>
            </div>
            <div className="wb-control">
              <label htmlFor="wb-locale">Locale</label>
              <select
                id="wb-locale"
                value={settings.locale}
                onChange={(e) => onSettings({ ...settings, locale: e.target.value })}
              >
                {config.locales.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="wb-control">
              <label htmlFor="wb-timezone">Account time zone</label>
              <select
                id="wb-timezone"
                value={settings.timezone}
                onChange={(e) => onSettings({ ...settings, timezone: e.target.value })}
              >
                {config.timeZones.map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            </div>
          </section>

          {config.install ? (
            // Installing or uninstalling leaves the card mounted, as HubSpot leaves an open record page:
            // what the rep typed stays, and the card's next call meets the new install state.
            <InstallPanel install={config.install} />
          ) : null}

          {config.mode === 'emulator' ? (
            <section className="wb-section" aria-labelledby="faults-heading">
              <h2 id="faults-heading">Faults</h2>
              <p className="wb-hint">
                Make the next create-meeting call fail, then book and watch what the card says.
              </p>
              <div className="wb-fault-buttons">
                {config.faults.map((f) => (
                  <button
                    key={f.kind}
                    type="button"
                    className="wb-button"
                    onClick={async () => {
                      const result = await api.addFault(f.kind);
                      setArmed(result.armed);
                    }}
                  >
                    {f.label}
                  </button>
                ))}
              </div>
              <div className="wb-armed" role="status" aria-label="Armed faults">
                {armed.length ? `Armed: ${armed.join(', ')}` : 'No fault armed'}
              </div>
              {armed.length ? (
                <button
                  type="button"
                  className="wb-button wb-button--link"
                  onClick={async () => setArmed((await api.clearFaults()).armed)}
                >
                  Clear faults
                </button>
              ) : null}
              {config.searchLag ? <SearchLagControl searchLag={config.searchLag} /> : null}
            </section>
          ) : null}

          {config.mode === 'emulator' ? (
            <section className="wb-section" aria-labelledby="data-heading">
              <h2 id="data-heading">Demo data</h2>
              <p className="wb-hint">Meetings are kept in .data/ and survive a restart.</p>
              <button
                type="button"
                className="wb-button"
                onClick={async () => {
                  await api.reset();
                  setArmed([]);
                  onReset();
                  setGeneration((g) => g + 1);
                  await loadRecord();
                  await loadTimeline();
                  addToast({ type: 'info', message: 'Demo data reset.' });
                }}
              >
                Reset demo data
              </button>
            </section>
          ) : null}
        </aside>
      </div>

      <div className="wb-toasts" aria-live="polite">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={`wb-toast hs-alert hs-alert--${t.type ?? 'info'}`}
            role={t.type === 'danger' || t.type === 'warning' ? 'alert' : 'status'}
          >
            {t.title ? <div className="hs-alert__title">{t.title}</div> : null}
            <div className="hs-alert__body">{t.message}</div>
            <button
              type="button"
              className="wb-toast__close"
              aria-label={text.dismiss}
              onClick={() => setToasts((list) => list.filter((x) => x.id !== t.id))}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * Marketplace mode: the demo account's OAuth install of the app, a way to remove it as the account's
 * admin would (HubSpot drops the grant), and a way to run the install flow again.
 */
function InstallPanel({ install }: { install: { installed: boolean; message: string } }) {
  const [state, setState] = useState(install);
  const [busy, setBusy] = useState(false);
  // "Reset demo data" reads the config again, with the install as it stands after the reset.
  useEffect(() => setState(install), [install]);
  const run = async (action: () => Promise<{ installed: boolean; message: string }>) => {
    setBusy(true);
    try {
      setState(await action());
    } catch (e) {
      setState({ installed: false, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="wb-section" aria-labelledby="install-heading">
      <h2 id="install-heading">App install (OAuth)</h2>
      <p className="wb-hint" role="status" aria-label="Install status">
        {state.installed ? 'Meeting Card is installed in this account.' : `Not installed: ${state.message}`}
      </p>
      {state.installed ? (
        <button type="button" className="wb-button" disabled={busy} onClick={() => void run(api.uninstall)}>
          Uninstall the app from the account
        </button>
      ) : (
        <button type="button" className="wb-button" disabled={busy} onClick={() => void run(api.install)}>
          Install Meeting Card
        </button>
      )}
    </section>
  );
}

/** How long new bookings stay invisible to HubSpot search (the emulator's lag), for the next writes. */
function SearchLagControl({ searchLag }: { searchLag: NonNullable<WorkbenchConfig['searchLag']> }) {
  const [selected, setSelected] = useState(searchLag.selected);
  return (
    <div className="wb-control">
      <label htmlFor="wb-search-lag">Search lag of new meetings</label>
      <select
        id="wb-search-lag"
        value={selected}
        onChange={async (e) => setSelected((await api.setSearchLag(e.target.value)).selected)}
      >
        {selected === 'custom' ? <option value="custom">Custom (from the command line)</option> : null}
        {searchLag.choices.map((c) => (
          <option key={c.kind} value={c.kind}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
