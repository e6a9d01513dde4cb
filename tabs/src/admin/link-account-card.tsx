/**
 * On the setup guide, for the administrator the first-run link signed in: link a real account
 * (Microsoft or Slack, whichever the server offers) so that they sign in with it from then on.
 * The server links by the account's immutable ids; a person the directory already knows takes
 * the administrator role over. Shown only to a setup session.
 */
import { Body1, Button, Card, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  type ConsoleSessionState,
  readConsoleSession,
  type SigninProvider,
  startAccountLink,
} from '../host/console-session.js';
import { useI18n } from '../i18n/i18n.js';
import { useAdminStyles } from './admin-styles.js';

export function LinkAccountCard() {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const [session, setSession] = useState<ConsoleSessionState>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    readConsoleSession().then(
      (s) => !cancelled && setSession(s),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (!session?.signedIn || session.via !== 'setup') return null;
  const link = async (provider: SigninProvider) => {
    setBusy(true);
    setFailed(false);
    try {
      window.location.assign(await startAccountLink(provider, session.csrfToken!));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <Card className={styles.section} aria-labelledby="welcome-link" data-testid="link-account">
      <Subtitle2 as="h2" id="welcome-link">
        {t('welcome.link.title')}
      </Subtitle2>
      <Body1 className={styles.breakable}>
        {session.providers.length > 0 ? t('welcome.link.body') : t('welcome.link.none')}
      </Body1>
      {session.providers.map((provider) => (
        <Button key={provider} appearance="primary" disabled={busy} onClick={() => void link(provider)}>
          {t(provider === 'entra' ? 'welcome.link.entra' : 'welcome.link.slack')}
        </Button>
      ))}
      {failed && (
        <MessageBar intent="error">
          <MessageBarBody>{t('welcome.link.failed')}</MessageBarBody>
        </MessageBar>
      )}
    </Card>
  );
}
