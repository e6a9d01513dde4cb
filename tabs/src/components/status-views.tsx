/** The loading and failure states shared by both hosts. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n.js';
import { describeError } from './describe-error.js';

const useStyles = makeStyles({
  centre: { display: 'flex', justifyContent: 'center', padding: tokens.spacingVerticalXXXL },
  error: { maxWidth: '720px', margin: `${tokens.spacingVerticalXL} auto` },
});

export function LoadingView() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.centre} role="status" aria-live="polite">
      <Spinner label={t('app.loading')} labelPosition="below" />
    </div>
  );
}

export function ErrorView({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.error} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('error.title')}</MessageBarTitle>
          {describeError(error, t)}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button onClick={onRetry}>{t('error.retry')}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}
