import { Button, Flex, Heading, Link, Select, Text } from '@hubspot/ui-extensions';
import type { CardContext, ContactMeeting, OutcomeChange } from '@meeting-card/core';
import { formatInstant, type RecordTranslate } from '../i18n/records';

export interface RecordChoices {
  contactId: string | null;
  dealId: string;
}

export interface RecordPanelProps {
  context: CardContext;
  choices: RecordChoices;
  onChoose: (choices: RecordChoices) => void;
  /** Absent when the server cannot change outcomes. */
  onOutcome?: (meeting: ContactMeeting, outcome: OutcomeChange) => void;
  /** What the last outcome change said, if anything. */
  outcomeMessage: string | null;
  now: number;
  zone: string;
  locale: string;
  rt: RecordTranslate;
}

/** The top of the card on any record: the next five meetings (with outcome actions), the contact and deal pickers. */
export function RecordPanel({
  context,
  choices,
  onChoose,
  onOutcome,
  outcomeMessage,
  now,
  zone,
  locale,
  rt,
}: RecordPanelProps) {
  // Marked no-show: not upcoming any more (the server still lists it, for conflicts).
  const upcoming = context.meetings
    .filter((m) => Date.parse(m.startUtc) >= now && m.outcome !== 'NO_SHOW')
    .slice(0, 5);
  const dealOptions = [
    ...(context.recordType === 'deals' ? [] : [{ label: rt('noDeal'), value: '' }]),
    ...context.deals.map((d) => ({ label: d.name, value: d.id })),
  ];
  return (
    <Flex direction="column" gap="sm">
      <Heading>{rt('upcoming')}</Heading>
      {upcoming.length === 0 ? <Text>{rt('noUpcoming')}</Text> : null}
      {upcoming.map((m) => (
        <Flex key={m.id} direction="row" gap="xs" align="center" wrap="wrap">
          <Text format={{ fontWeight: 'bold' }}>{m.title}</Text>
          <Text>{formatInstant(Date.parse(m.startUtc), locale, zone)}</Text>
          {onOutcome ? (
            <>
              <Button size="xs" variant="secondary" onClick={() => onOutcome(m, 'CANCELED')}>
                {rt('cancel')}
              </Button>
              <Button size="xs" variant="secondary" onClick={() => onOutcome(m, 'NO_SHOW')}>
                {rt('noShow')}
              </Button>
            </>
          ) : null}
        </Flex>
      ))}
      {upcoming.length && onOutcome ? <Text variant="microcopy">{rt('outcomeNote')}</Text> : null}
      {outcomeMessage ? <Text>{outcomeMessage}</Text> : null}
      {context.recordType !== 'contacts' ? (
        context.contacts.length ? (
          <Select
            label={rt('contact')}
            name="contactId"
            required
            value={choices.contactId ?? undefined}
            options={context.contacts.map((c) => ({
              label: c.email ? `${c.name} (${c.email})` : c.name,
              value: c.id,
            }))}
            onChange={(value) => onChoose({ ...choices, contactId: String(value) })}
          />
        ) : (
          <Text>{rt('noContacts')}</Text>
        )
      ) : null}
      {dealOptions.length > 1 || context.recordType === 'deals' ? (
        <Select
          label={rt('deal')}
          name="dealId"
          readOnly={context.recordType === 'deals'}
          value={choices.dealId}
          options={dealOptions}
          onChange={(value) => onChoose({ ...choices, dealId: String(value) })}
        />
      ) : null}
      {context.limited.includes('deals') ? <Text variant="microcopy">{rt('limitedDeals')}</Text> : null}
      {context.company ? (
        <Text variant="microcopy">
          {rt('company', { name: context.company.name ?? `#${context.company.id}` })}
        </Text>
      ) : null}
    </Flex>
  );
}

/** A link to a meeting: its calendar event when HubSpot has one, else the record it is on. */
export function MeetingLink({
  meeting,
  href,
  rt,
}: {
  meeting: ContactMeeting;
  href: string;
  rt: RecordTranslate;
}) {
  return <Link href={meeting.url ?? href}>{rt('open')}</Link>;
}
