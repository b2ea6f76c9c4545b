import { Alert, Button, Flex, Link, Text } from '@hubspot/ui-extensions';
import { findConflicts, nextFreeSlots, type CardContext, type TimeRange } from '@meeting-card/core';
import type { Translate } from '../i18n';
import { formatInstant, formatMeetingRange } from '../i18n/format';

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
  t: Translate;
}

const SHOWN = 6;

/** Beside the time: the organizer's next free slots (one click fills date and time) and conflict warnings. */
export function SlotsAndConflicts(props: SlotsAndConflictsProps) {
  const { context, planned, durationMinutes, zone, contactZone, now, locale, onPick, t } = props;
  const source = context.slots;
  const slots = nextFreeSlots(source, durationMinutes, now, SHOWN);
  const label = (ms: number) => {
    const own = formatInstant(ms, zone, locale);
    return contactZone && contactZone !== zone ? `${own} · ${formatInstant(ms, contactZone, locale)}` : own;
  };
  const range = (start: string | number, end: string | number) =>
    formatMeetingRange(start, end, zone, locale);
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
          <Alert key={i} variant="warning" title={t('conflict.busy', { range: range(c.start, c.end) })} />
        ) : (
          <Alert
            key={i}
            variant="warning"
            title={t(c.kind === 'contact_overlap' ? 'conflict.overlap' : 'conflict.sameDay', {
              title: c.meeting.title,
              range: range(c.meeting.startUtc, c.meeting.endUtc),
            })}
          >
            {/* Its calendar event when HubSpot has one, else the record it is on. */}
            <Link href={c.meeting.url ?? props.recordHref}>{t('record.open')}</Link>
          </Alert>
        ),
      )}
      {source.kind === 'none' ? (
        <Text variant="microcopy">
          {t(source.reason === 'missing_scope' ? 'slots.noScope' : 'slots.noLink')}
        </Text>
      ) : (
        <>
          {source.offline ? <Alert variant="warning" title={t('slots.offline')} /> : null}
          <Text format={{ fontWeight: 'demibold' }}>{t('slots.title')}</Text>
          {slots.length === 0 ? <Text variant="microcopy">{t('slots.none')}</Text> : null}
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
