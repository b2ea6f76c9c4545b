import { Alert, Text } from '@hubspot/ui-extensions';
import { EN_MESSAGES, type MeetingError } from '@meeting-card/core';
import { describeCause, type MessageKey, type Translate } from '../i18n';

export function failureMessageKey(code: string): MessageKey {
  const key = `error.${code}`;
  // A code this card version does not know yet is treated as the cautious INTERNAL_ERROR.
  return /^[A-Z_]+$/.test(code) && key in EN_MESSAGES ? (key as MessageKey) : 'error.INTERNAL_ERROR';
}

/**
 * A failed booking in words naming its real cause (rate limit, HubSpot error, timeout, dropped connection).
 * `maybeBooked`: the request is unresolved (mayHaveBooked for the call that failed, check or create).
 */
export function FailureAlert({
  failure,
  maybeBooked,
  t,
}: {
  failure: MeetingError;
  maybeBooked: boolean;
  t: Translate;
}) {
  const scopes = failure.details?.scopes?.join(', ') || 'crm.objects.contacts.write';
  const seconds = failure.details?.retryAfterSeconds ?? 10;
  // When the server does not say why, each code's most likely cause.
  const cause = describeCause(
    t,
    failure.details?.cause,
    failure.code === 'RATE_LIMITED'
      ? 'rate_limit'
      : failure.code === 'HUBSPOT_UNAVAILABLE'
        ? 'connection'
        : failure.code === 'NOT_CREATED'
          ? 'hubspot_error'
          : 'unconfirmed',
  );
  return (
    <Alert
      testId="booking-failure"
      variant={maybeBooked ? 'warning' : 'danger'}
      title={maybeBooked ? t('error.headingUnknown') : t('error.heading')}
    >
      <Text>{t(failureMessageKey(failure.code), { scopes, seconds, cause })}</Text>
      {failure.correlationId ? (
        <Text variant="microcopy">{t('error.correlationId', { id: failure.correlationId })}</Text>
      ) : null}
    </Alert>
  );
}
