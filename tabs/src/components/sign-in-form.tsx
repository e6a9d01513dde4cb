/**
 * Automation access to the standalone console: an API key (one of RELAIS_API_KEYS), checked
 * against /api/v1/me before it is kept in sessionStorage. People sign in with Microsoft or Slack
 * (tabs/src/signin/sign-in-page.tsx); this form is the page itself only while no sign-in is
 * configured, and then says how to get in with the setup link.
 */
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  Input,
  makeStyles,
  Spinner,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { isUnauthenticated } from '../use-shell.js';
import { describeError } from './describe-error.js';

const useStyles = makeStyles({
  card: {
    maxWidth: '480px',
    margin: `${tokens.spacingVerticalXXXL} auto`,
    padding: tokens.spacingHorizontalXXL,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  title: { margin: 0 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function SignInForm({
  checking,
  error,
  onSignIn,
  embedded = false,
}: {
  checking: boolean;
  error?: Error;
  onSignIn: (apiKey: string) => void;
  /** inside the sign-in page, under its providers: no card, no page title of its own */
  embedded?: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [apiKey, setApiKey] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = apiKey.trim();
    setMissing(!key);
    if (key) onSignIn(key);
  };

  const message = missing
    ? t('signin.required')
    : error
      ? isUnauthenticated(error)
        ? t('signin.rejected')
        : describeError(error, t)
      : undefined;

  const form = (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-labelledby={embedded ? undefined : 'signin-title'}
      aria-label={embedded ? t('signin.automation') : undefined}
      noValidate
    >
      {!embedded && (
        <Title2 as="h1" id="signin-title" className={styles.title}>
          {t('signin.title')}
        </Title2>
      )}
      <Body1>{t('signin.explanation')}</Body1>
      {!embedded && <Caption1>{t('signin.none_configured')}</Caption1>}
      <Field
        label={t('signin.key_label')}
        required
        validationState={message ? 'error' : 'none'}
        validationMessage={message}
      >
        <Input
          type="password"
          name="apiKey"
          autoComplete="off"
          autoFocus
          value={apiKey}
          disabled={checking}
          onChange={(_event, data) => setApiKey(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={checking}>
          {t('signin.submit')}
        </Button>
        {checking && <Spinner size="tiny" label={t('signin.checking')} />}
      </div>
    </form>
  );
  return embedded ? form : <Card className={styles.card}>{form}</Card>;
}
