/** The Polls panel of the home page: links to the polls, surveys and quizzes console. */
import { Card, CardHeader, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { canAuthorPolls } from './polls-page.js';
import { usePollsText } from './polls-text.js';

const useStyles = makeStyles({
  card: { height: '100%' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function PollsHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const { pt } = usePollsText();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="feature-polls">
      <CardHeader header={<h3 className={styles.title}>{t('feature.polls.title')}</h3>} />
      <Text>{t('feature.polls.description')}</Text>
      <div className={styles.links}>
        <Link href="#/polls">{pt('polls.title')}</Link>
        {canAuthorPolls(me) && <Link href="#/polls/new/poll">{pt('polls.new_poll')}</Link>}
      </div>
    </Card>
  );
}
