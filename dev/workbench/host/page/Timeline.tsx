// The contact's activity timeline: the meetings HubSpot (or the emulator) holds for the contact.
import type { TimelineMeeting } from './api';

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
  onRefresh: () => void;
}) {
  const { meetings } = props;
  const name = (ownerId: string | null) =>
    ownerId ? (props.owners.get(ownerId) ?? `Owner ${ownerId}`) : '—';
  return (
    <section className="wb-timeline" aria-labelledby="timeline-heading">
      <div className="wb-timeline__header">
        <h2 id="timeline-heading">Activity</h2>
        <span className="wb-timeline__count">
          {meetings ? `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}` : ''}
        </span>
        <button type="button" className="wb-button wb-button--link" onClick={props.onRefresh}>
          Refresh
        </button>
      </div>
      {props.error ? (
        <div className="hs-alert hs-alert--danger" role="alert">
          <div className="hs-alert__title">Could not read the timeline</div>
          <div className="hs-alert__body">{props.error}</div>
        </div>
      ) : null}
      {meetings === null ? <p className="wb-hint">Loading activity…</p> : null}
      {meetings && meetings.length === 0 ? (
        <p className="wb-hint">No meetings with this contact yet.</p>
      ) : null}
      <ol className="wb-timeline__list" aria-label="Activity timeline">
        {(meetings ?? []).map((m) => (
          <li key={m.id} className="wb-event">
            <article aria-label={`Meeting: ${m.title}`}>
              <div className="wb-event__kind">Meeting{m.outcome ? ` · ${m.outcome.toLowerCase()}` : ''}</div>
              <h3 className="wb-event__title">{m.title}</h3>
              <div className="wb-event__when">{formatWhen(m, props.locale, props.timezone)}</div>
              <dl className="wb-event__meta">
                <dt>Organizer</dt>
                <dd>{name(m.organizer)}</dd>
                <dt>Attendees</dt>
                <dd>{m.attendees.length ? m.attendees.map((a) => name(a)).join(', ') : '—'}</dd>
                {m.location ? (
                  <>
                    <dt>Location</dt>
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
