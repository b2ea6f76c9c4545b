import { Button, Flex, Heading, Select, Text } from '@hubspot/ui-extensions';
import type { CardContext, ContactMeeting, OutcomeChange } from '@meeting-card/core';
import type { Translate } from '../i18n';
import { formatInstant } from '../i18n/format';

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
  t: Translate;
  /** While a booking may still have been made, its contact and deal stay as they were sent. */
  locked?: boolean;
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
  t,
  locked,
}: RecordPanelProps) {
  // Marked no-show: not upcoming any more (the server still lists it, for conflicts).
  const upcoming = context.meetings
    .filter((m) => Date.parse(m.startUtc) >= now && m.outcome !== 'NO_SHOW')
    .slice(0, 5);
  const dealOptions = [
    ...(context.recordType === 'deals' ? [] : [{ label: t('record.noDeal'), value: '' }]),
    ...context.deals.map((d) => ({ label: d.name, value: d.id })),
  ];
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t('record.upcoming')}</Heading>
      {upcoming.length === 0 ? <Text>{t('record.noUpcoming')}</Text> : null}
      {upcoming.map((m) => (
        <Flex key={m.id} direction="row" gap="xs" align="center" wrap="wrap">
          <Text format={{ fontWeight: 'bold' }}>{m.title}</Text>
          <Text>{formatInstant(m.startUtc, zone, locale)}</Text>
          {onOutcome ? (
            <>
              <Button size="xs" variant="secondary" onClick={() => onOutcome(m, 'CANCELED')}>
                {t('record.cancel')}
              </Button>
              <Button size="xs" variant="secondary" onClick={() => onOutcome(m, 'NO_SHOW')}>
                {t('record.noShow')}
              </Button>
            </>
          ) : null}
        </Flex>
      ))}
      {upcoming.length && onOutcome ? <Text variant="microcopy">{t('record.outcomeNote')}</Text> : null}
      {outcomeMessage ? <Text>{outcomeMessage}</Text> : null}
      {context.recordType !== 'contacts' ? (
        context.contacts.length ? (
          <Select
            label={t('record.contact')}
            name="contactId"
            required
            readOnly={locked}
            value={choices.contactId ?? undefined}
            options={context.contacts.map((c) => ({
              label: c.email ? `${c.name} (${c.email})` : c.name,
              value: c.id,
            }))}
            onChange={(value) => onChoose({ ...choices, contactId: String(value) })}
          />
        ) : (
          <Text>{t('record.noContacts')}</Text>
        )
      ) : null}
      {dealOptions.length > 1 || context.recordType === 'deals' ? (
        <Select
          label={t('record.deal')}
          name="dealId"
          readOnly={locked || context.recordType === 'deals'}
          value={choices.dealId}
          options={dealOptions}
          onChange={(value) => onChoose({ ...choices, dealId: String(value) })}
        />
      ) : null}
      {context.limited.includes('deals') ? <Text variant="microcopy">{t('record.limitedDeals')}</Text> : null}
      {context.company ? (
        <Text variant="microcopy">
          {t('record.company', { name: context.company.name ?? `#${context.company.id}` })}
        </Text>
      ) : null}
    </Flex>
  );
}
