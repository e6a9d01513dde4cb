/**
 * What the tab shows a guest whose group charter is pending (the API answers every other call
 * 403 `charter_pending`): each pending charter in their language, the deadline, and "I accept".
 * Once none is left, the shell loads the tab as usual.
 */
import {
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { type ApiClient, answerOf } from '../../api/api-client.js';
import { useI18n } from '../../i18n/i18n.js';

type Pending = {
  groupId: string;
  version: number;
  name: { fr: string | null; en: string | null };
  text: { fr: string | null; en: string | null };
  deadline: string;
};

const useStyles = makeStyles({
  page: {
    maxWidth: '760px',
    margin: `${tokens.spacingVerticalXL} auto`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  // the charter as its authors wrote it, line breaks kept, never as markup
  text: { whiteSpace: 'pre-wrap' },
});

export function CharterPage({ api, onAccepted }: { api: ApiClient; onAccepted(): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [pending, setPending] = useState<Pending[]>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    answerOf(api.http.GET('/me/charters')).then(
      (answer) => setPending(answer.pending),
      (e: unknown) => setError(String((e as Error).message)),
    );
  }, [api]);

  const accept = useCallback(
    async (charter: Pending) => {
      setBusy(charter.groupId);
      setError(undefined);
      try {
        const answer = await answerOf(
          api.http.POST('/me/charters/{groupId}/accept', {
            params: { path: { groupId: charter.groupId } },
            body: { version: charter.version },
          }),
        );
        if (answer.pending.length === 0) onAccepted();
        else setPending(answer.pending);
      } catch (e) {
        setError(t('charter.failed', { message: String((e as Error).message) }));
      } finally {
        setBusy(undefined);
      }
    },
    [api, onAccepted, t],
  );

  const inLocale = (value: { fr: string | null; en: string | null }) =>
    (locale === 'fr' ? (value.fr ?? value.en) : (value.en ?? value.fr)) ?? '';
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));

  return (
    <section className={styles.page} data-testid="charter-page" aria-labelledby="charter-title">
      <Title2 as="h1" id="charter-title">
        {t('charter.title')}
      </Title2>
      <Text>{t('charter.intro')}</Text>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {(pending ?? []).map((charter) => (
        <Card key={charter.groupId}>
          <CardHeader
            header={
              <Text as="h2" weight="semibold">
                {t('charter.group', {
                  group: inLocale(charter.name) || charter.groupId,
                  version: charter.version,
                })}
              </Text>
            }
          />
          <Text className={styles.text}>{inLocale(charter.text)}</Text>
          <Text size={200}>{t('charter.deadline', { date: date(charter.deadline) })}</Text>
          <div>
            <Button appearance="primary" disabled={busy !== undefined} onClick={() => void accept(charter)}>
              {busy === charter.groupId ? t('charter.accepting') : t('charter.accept')}
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
