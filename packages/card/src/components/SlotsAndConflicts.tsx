import { Alert, Button, Flex, Text } from '@hubspot/ui-extensions';
import { findConflicts, freeSlots, type CardContext, type TimeRange } from '@meeting-card/core';
import { formatInstant, type RecordTranslate } from '../i18n/records';
import { MeetingLink } from './RecordPanel';

export interface SlotsAndConflictsProps {
  context: CardContext;
  /** The meeting as the form has it now (UTC), or null while the time is incomplete. */
  planned: { startUtc: string; endUtc: string; title: string } | null;
  durationMinutes: number;
  zone: string;
  contactZone: string | null;
  now: number;
  locale: string;
  /** A link to the record's timeline, for meetings HubSpot has no calendar link for. */
  recordHref: string;
  onPick: (slot: TimeRange) => void;
  rt: RecordTranslate;
}

const SHOWN = 6;

/** Beside the time: the organizer's next free slots (one click fills date and time) and conflict warnings. */
export function SlotsAndConflicts(props: SlotsAndConflictsProps) {
  const { context, planned, durationMinutes, zone, contactZone, now, locale, onPick, rt } = props;
  const source = context.slots;
  const slots = freeSlots(source, durationMinutes, { now, limit: SHOWN });
  const label = (ms: number) => {
    const own = formatInstant(ms, locale, zone);
    return contactZone && contactZone !== zone ? `${own} · ${formatInstant(ms, locale, contactZone)}` : own;
  };
  const range = (start: number, end: number) =>
    `${formatInstant(start, locale, zone)}–${new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(end)}`;
  const conflicts = planned
    ? findConflicts(
        { ...planned, timeZone: zone },
        { busy: source.kind === 'link' ? source.busy : [], contactMeetings: context.meetings },
      )
    : [];
  return (
    <Flex direction="column" gap="xs">
      {conflicts.map((c, i) =>
        c.kind === 'organizer_busy' ? (
          <Alert key={i} variant="warning" title={rt('busy', { range: range(c.start, c.end) })} />
        ) : (
          <Alert
            key={i}
            variant="warning"
            title={rt(c.kind === 'contact_overlap' ? 'overlap' : 'sameDay', {
              title: c.meeting.title,
              range: range(Date.parse(c.meeting.startUtc), Date.parse(c.meeting.endUtc)),
            })}
          >
            <MeetingLink meeting={c.meeting} href={props.recordHref} rt={rt} />
          </Alert>
        ),
      )}
      {source.kind === 'none' ? (
        <Text variant="microcopy">{rt(source.reason === 'missing_scope' ? 'noScope' : 'noLink')}</Text>
      ) : (
        <>
          {source.offline ? <Alert variant="warning" title={rt('offline')} /> : null}
          <Text format={{ fontWeight: 'demibold' }}>{rt('slots')}</Text>
          {slots.length === 0 ? <Text variant="microcopy">{rt('noSlots')}</Text> : null}
          <Flex direction="row" gap="xs" wrap="wrap">
            {slots.map((slot) => (
              <Button key={slot.start} size="xs" variant="secondary" onClick={() => onPick(slot)}>
                {label(slot.start)}
              </Button>
            ))}
          </Flex>
        </>
      )}
    </Flex>
  );
}
