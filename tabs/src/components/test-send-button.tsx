/**
 * "Send me a test" for an item: the language to send it in, the button, and what happened. The
 * server delivers it to the signed-in person's own chat accounts, marked as a test and counted
 * nowhere; `send` is the capability's API call.
 */
import { Button, MessageBar, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { type Locale, useI18n } from '../i18n/i18n.js';
import { describeError } from './describe-error.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export type TestSend = (locale: Locale) => Promise<{ sentTo: { platform: 'teams' | 'slack' }[] }>;

export function TestSendButton({ send }: { send: TestSend }) {
  const { t, locale: uiLocale } = useI18n();
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  async function run() {
    setBusy(true);
    setNotice(undefined);
    try {
      const { sentTo } = await send(locale);
      const platforms = sentTo.map((s) => t(`platform.${s.platform}`)).join(', ');
      setNotice({ ok: true, text: t('test_send.sent', { platforms }) });
    } catch (e) {
      setNotice({ ok: false, text: describeError(e instanceof Error ? e : new Error(String(e)), t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="test-send">
      <div className={styles.row}>
        <Select
          aria-label={t('test_send.language')}
          value={locale}
          onChange={(_, d) => setLocale(d.value as Locale)}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </Select>
        <Button disabled={busy} onClick={() => void run()}>
          {t('test_send.button')}
        </Button>
      </div>
      {notice && (
        <MessageBar intent={notice.ok ? 'success' : 'error'} data-testid="test-send-notice">
          {notice.text}
        </MessageBar>
      )}
    </div>
  );
}
