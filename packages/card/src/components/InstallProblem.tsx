import { Alert, Button, Flex, Text } from '@hubspot/ui-extensions';
import type { MeetingError } from '@meeting-card/core';
import type { Translate } from '../i18n';

/**
 * The form options could not load because the app cannot act in this account: not installed any
 * more, its access removed (401), or a permission missing (403). Every booking would fail the same
 * way, so the card says so at once instead of offering a form.
 */
export function isInstallProblem(error: MeetingError): boolean {
  return error.code === 'UNAUTHORIZED' || error.code === 'MISSING_SCOPES';
}

export function InstallProblem({
  error,
  t,
  onRetry,
}: {
  error: MeetingError;
  t: Translate;
  onRetry: () => void;
}) {
  const scopes = error.details?.scopes?.join(', ') || 'crm.objects.contacts.write';
  return (
    <Flex direction="column" gap="small">
      <Alert testId="install-problem" variant="error" title={t('install.heading')}>
        <Text>
          {t(error.code === 'MISSING_SCOPES' ? 'error.MISSING_SCOPES' : 'error.UNAUTHORIZED', { scopes })}
        </Text>
        {error.correlationId ? (
          <Text variant="microcopy">{t('error.correlationId', { id: error.correlationId })}</Text>
        ) : null}
      </Alert>
      <Button testId="install-retry" onClick={onRetry}>
        {t('install.retry')}
      </Button>
    </Flex>
  );
}
