import { Alert, Text } from '@hubspot/ui-extensions';
import type { MeetingError } from '@meeting-card/core';
import type { MessageKey, Translate } from '../i18n';
import { en } from '../i18n/en';
import { mayHaveBooked } from '../server/outcomes';

export function failureMessageKey(code: string): MessageKey {
  const key = `error.${code}`;
  // A code this card version does not know yet is treated as the cautious INTERNAL_ERROR.
  return /^[A-Z_]+$/.test(code) && key in en ? (key as MessageKey) : 'error.INTERNAL_ERROR';
}

export function FailureAlert({ failure, t }: { failure: MeetingError; t: Translate }) {
  const maybeBooked = mayHaveBooked(failure.code);
  const scopes = failure.details?.scopes?.join(', ') || 'crm.objects.contacts.write';
  return (
    <Alert
      testId="booking-failure"
      variant={maybeBooked ? 'warning' : 'danger'}
      title={maybeBooked ? t('error.headingUnknown') : t('error.heading')}
    >
      <Text>{t(failureMessageKey(failure.code), { scopes })}</Text>
      {failure.correlationId ? (
        <Text variant="microcopy">{t('error.correlationId', { id: failure.correlationId })}</Text>
      ) : null}
    </Alert>
  );
}
