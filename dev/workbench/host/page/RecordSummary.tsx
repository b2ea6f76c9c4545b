// The left column of the record page: the record's name and key properties (a contact, a company or
// a deal, as HubSpot's record page shows them), and its associated records, each a link to its own page.
import type { ReactNode } from 'react';
import type { HostText } from '../i18n';
import type { CrmRecord, RecordKind, RecordLists } from './api';

/** The properties the page reads for each record type's header and "About" section. */
export const HEADER_PROPERTIES: Record<RecordKind, string[]> = {
  contacts: [
    'firstname',
    'lastname',
    'email',
    'phone',
    'company',
    'jobtitle',
    'hs_timezone',
    'hubspot_owner_id',
  ],
  companies: ['name', 'domain', 'city', 'phone', 'hs_timezone', 'hubspot_owner_id'],
  deals: ['dealname', 'amount', 'dealstage', 'pipeline', 'closedate', 'hubspot_owner_id'],
};

type Properties = Record<string, string | null | undefined>;

/** The record's name as HubSpot shows it (contact: first and last name; company: name; deal: dealname). */
export function recordName(kind: RecordKind, p: Properties): string {
  if (kind === 'contacts') return `${p.firstname ?? ''} ${p.lastname ?? ''}`.trim();
  return (kind === 'companies' ? p.name : p.dealname)?.trim() ?? '';
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

function formatAmount(amount: string | null | undefined, locale: string): string {
  const n = Number(amount);
  return amount && Number.isFinite(n) ? new Intl.NumberFormat(locale).format(n) : '—';
}

function formatDate(value: string | null | undefined, locale: string): string {
  const ms = Date.parse(value ?? '');
  // A date property is midnight UTC of that day.
  return Number.isFinite(ms)
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms))
    : '—';
}

export function RecordSummary(props: {
  kind: RecordKind;
  id: string;
  record: CrmRecord | null;
  associations: RecordLists | null;
  owners: Map<string, string>;
  locale: string;
  text: HostText;
  /** The page's URL for another record (same user, locale and zone). */
  hrefOf: (kind: RecordKind, id: string) => string;
  onOpen: (kind: RecordKind, id: string) => void;
}) {
  const { kind, id, text, locale } = props;
  const p: Properties = props.record?.properties ?? {};
  const name =
    recordName(kind, p) ||
    (kind === 'contacts'
      ? text.contactFallback(id)
      : kind === 'companies'
        ? text.companyFallback(id)
        : text.dealFallback(id));
  const owner = (p.hubspot_owner_id && props.owners.get(p.hubspot_owner_id)) || p.hubspot_owner_id || '—';
  let sub: ReactNode[];
  let about: { heading: string; rows: Array<[string, string]> };
  if (kind === 'contacts') {
    sub = [
      p.jobtitle && p.company ? text.jobAtCompany(p.jobtitle, p.company) : p.jobtitle || p.company,
      p.email,
    ];
    about = {
      heading: text.aboutContact,
      rows: [
        [text.email, p.email || '—'],
        [text.phone, p.phone || '—'],
        [text.timeZone, p.hs_timezone || '—'],
        [text.contactOwner, owner],
      ],
    };
  } else if (kind === 'companies') {
    sub = [p.domain, p.city];
    about = {
      heading: text.aboutCompany,
      rows: [
        [text.domain, p.domain || '—'],
        [text.city, p.city || '—'],
        [text.phone, p.phone || '—'],
        [text.companyOwner, owner],
      ],
    };
  } else {
    const stage = p.dealstage ? (text.dealStages[p.dealstage] ?? p.dealstage) : '';
    sub = [[formatAmount(p.amount, locale), stage].filter((s) => s && s !== '—').join(' · ')];
    about = {
      heading: text.aboutDeal,
      rows: [
        [text.amount, formatAmount(p.amount, locale)],
        [text.dealStage, stage || '—'],
        [text.closeDate, formatDate(p.closedate, locale)],
        [text.pipeline, p.pipeline || '—'],
        [text.dealOwner, owner],
      ],
    };
  }
  const region =
    kind === 'contacts' ? text.contactRegion : kind === 'companies' ? text.companyRegion : text.dealRegion;
  // HubSpot's right-hand association cards, in this order on every record type.
  const associatedKinds = (['companies', 'contacts', 'deals'] as const).filter((k) => k !== kind);
  return (
    <aside className="wb-left" aria-label={region} data-record-type={kind}>
      <div className="wb-contact">
        <div className={`wb-avatar wb-avatar--${kind}`} aria-hidden="true">
          {kind === 'contacts' ? (p.firstname?.[0] ?? '') + (p.lastname?.[0] ?? '') : initials(name)}
        </div>
        <h1 className="wb-contact__name">{name}</h1>
        {sub.map((line, i) =>
          line ? (
            <div key={i} className="wb-contact__sub">
              {line}
            </div>
          ) : null,
        )}
      </div>
      <section className="wb-section">
        <h2>{about.heading}</h2>
        <dl className="wb-props">
          {about.rows.map(([term, value]) => (
            <Row key={term} term={term} value={value} />
          ))}
          <Row term={text.recordId} value={id} />
        </dl>
      </section>
      {associatedKinds.map((other) => {
        const list = props.associations?.[other] ?? null;
        const headingId = `assoc-${other}`;
        return (
          <section key={other} className="wb-section wb-assoc" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {text.associated[other]}
              {list ? ` (${list.length})` : ''}
            </h2>
            {list && list.length === 0 ? <p className="wb-hint">{text.noneAssociated}</p> : null}
            <ul className="wb-assoc__list" data-testid={`associated-${other}`}>
              {(list ?? []).map((r) => (
                <li key={r.id}>
                  <a
                    href={props.hrefOf(other, r.id)}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      props.onOpen(other, r.id);
                    }}
                  >
                    {recordName(other, r.properties) || r.id}
                  </a>
                  {other === 'contacts' && r.properties.email ? (
                    <span className="wb-assoc__sub">{r.properties.email}</span>
                  ) : null}
                  {other === 'deals' && r.properties.dealstage ? (
                    <span className="wb-assoc__sub">
                      {text.dealStages[r.properties.dealstage] ?? r.properties.dealstage}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}
