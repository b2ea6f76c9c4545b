// The record's activity timeline: the meetings HubSpot (or the emulator) holds for the record, in
// the simulated user's language. On a contact every meeting listed is associated with this contact
// (that is the read the timeline is built from), so the contact is listed first among its attendees,
// as HubSpot's timeline does, followed by the attending owners. On a company or a deal the
// attendees are the meeting's own contacts, then the attending owners.
import type { RecordKind, TimelineMeeting } from './api';
import { hostText } from '../i18n';

function formatWhen(m: TimelineMeeting, locale: string, timezone: string): string {
  if (!m.startUtc) return '';
  const start = new Date(m.startUtc);
  const end = m.endUtc ? new Date(m.endUtc) : null;
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: timezone }).format(start);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: timezone });
  return `${day}, ${time.format(start)}${end ? ` – ${time.format(end)}` : ''} (${timezone})`;
}

export function Timeline(props: {
  meetings: TimelineMeeting[] | null;
  error: string | null;
  locale: string;
  timezone: string;
  owners: Map<string, string>;
  /** The record's type: a contact's timeline lists the contact itself among the attendees. */
  kind?: RecordKind;
  /** The record's contact, as the page shows it (null until the record is read, or not a contact). */
  contactName: string | null;
  onRefresh: () => void;
}) {
  const { meetings } = props;
  const text = hostText(props.locale);
  const name = (ownerId: string) => props.owners.get(ownerId) ?? text.owner(ownerId);
  const kind = props.kind ?? 'contacts';
  const contactsOf = (m: TimelineMeeting) =>
    kind === 'contacts' ? (props.contactName ? [props.contactName] : []) : (m.contacts ?? []);
  const attendeesOf = (m: TimelineMeeting) => [...contactsOf(m), ...m.attendees.map(name)].join(', ') || '—';
  return (
    <section className="wb-timeline" aria-labelledby="timeline-heading">
      <div className="wb-timeline__header">
        <h2 id="timeline-heading">{text.activity}</h2>
        <span className="wb-timeline__count">{meetings ? text.meetingCount(meetings.length) : ''}</span>
        <button type="button" className="wb-button wb-button--link" onClick={props.onRefresh}>
          {text.refresh}
        </button>
      </div>
      {props.error ? (
        <div className="hs-alert hs-alert--danger" role="alert">
          <div className="hs-alert__title">{text.timelineError}</div>
          <div className="hs-alert__body">{props.error}</div>
        </div>
      ) : null}
      {meetings === null ? <p className="wb-hint">{text.loadingActivity}</p> : null}
      {meetings && meetings.length === 0 ? (
        <p className="wb-hint">{text.noMeetingsOn[kind] ?? text.noMeetings}</p>
      ) : null}
      <ol className="wb-timeline__list" aria-label={text.activityTimeline} data-testid="activity-timeline">
        {(meetings ?? []).map((m) => (
          <li key={m.id} className="wb-event">
            <article aria-label={text.meetingLabel(m.title)}>
              <div className="wb-event__kind">
                {text.meeting}
                {m.outcome ? ` · ${text.outcomes[m.outcome] ?? m.outcome.toLowerCase()}` : ''}
              </div>
              <h3 className="wb-event__title">{m.title}</h3>
              <div className="wb-event__when">{formatWhen(m, props.locale, props.timezone)}</div>
              <dl className="wb-event__meta">
                <dt>{text.organizer}</dt>
                <dd>{m.organizer ? name(m.organizer) : '—'}</dd>
                <dt>{text.attendees}</dt>
                <dd data-testid="meeting-attendees">{attendeesOf(m)}</dd>
                {m.location ? (
                  <>
                    <dt>{text.location}</dt>
                    <dd>{m.location}</dd>
                  </>
                ) : null}
              </dl>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}
