import { Alert, Button, Flex } from '@hubspot/ui-extensions';
import type { Translate } from '../i18n';

/** The server never answered with the rep's language: say so in it, and offer to ask again. */
export function LanguageMissing({ t, onRetry }: { t: Translate; onRetry: () => void }) {
  return (
    <Flex direction="column" gap="small">
      <Alert testId="language-missing" variant="warning" title={t('load.failed')} />
      <Button testId="language-retry" size="sm" onClick={onRetry}>
        {t('load.retry')}
      </Button>
    </Flex>
  );
}
