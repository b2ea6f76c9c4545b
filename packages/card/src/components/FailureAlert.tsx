import { Alert, Text } from '@hubspot/ui-extensions';
import type { ErrorCode, MeetingError } from '@meeting-card/core';
import type { MessageKey, Translate } from '../i18n';

const KNOWN_CODES: readonly ErrorCode[] = [
  'VALIDATION_ERROR',
  'NO_CONTACT',
  'UNAUTHORIZED',
  'MISSING_SCOPES',
  'NOT_FOUND',
  'RATE_LIMITED',
  'NOT_CREATED',
  'OUTCOME_UNKNOWN',
  'HUBSPOT_UNAVAILABLE',
  'BAD_REQUEST',
  'INTERNAL_ERROR',
];

/** Codes after which the meeting may exist: the rep must look at the timeline before retrying. */
const MAYBE_BOOKED: readonly ErrorCode[] = ['OUTCOME_UNKNOWN', 'INTERNAL_ERROR'];

export function failureMessageKey(code: string): MessageKey {
  // A code this card version does not know yet is treated as the cautious INTERNAL_ERROR.
  const known = (KNOWN_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'INTERNAL_ERROR';
  return `error.${known}`;
}

export function FailureAlert({ failure, t }: { failure: MeetingError; t: Translate }) {
  const maybeBooked =
    MAYBE_BOOKED.includes(failure.code) || failureMessageKey(failure.code) === 'error.INTERNAL_ERROR';
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
