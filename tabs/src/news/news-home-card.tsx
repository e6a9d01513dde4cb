/** The News panel of the home page: links to the person's feed and, for authors, to the console pages. */
import { Card, CardHeader, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { canAuthorNews } from './news-author.js';

const useStyles = makeStyles({
  card: { height: '100%' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function NewsHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="feature-news">
      <CardHeader header={<h3 className={styles.title}>{t('feature.news.title')}</h3>} />
      <Text>{t('feature.news.description')}</Text>
      <div className={styles.links}>
        {me?.person && <Link href="#/my-news">{t('news.feed.title')}</Link>}
        {me && canAuthorNews(me) && <Link href="#/news">{t('news.list.title')}</Link>}
        {me && canAuthorNews(me) && <Link href="#/news/new">{t('news.list.new')}</Link>}
      </div>
    </Card>
  );
}
