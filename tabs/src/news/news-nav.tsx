/** The strip above the news pages: back to the home page, the person's feed, and the console list for authors. */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Me } from '../api/api-client.js';
import { useI18n } from '../i18n/i18n.js';
import { canAuthorNews } from './news-author.js';
import type { NewsRoute } from './news-route.js';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    maxWidth: '1300px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL} 0`,
  },
});

export function NewsNav({ me, route, go }: { me: Me; route: NewsRoute; go(hash: string): void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const entry = (hash: string, label: string, current: boolean) => (
    <Link
      href={hash}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        go(hash);
      }}
    >
      {label}
    </Link>
  );
  return (
    <nav className={styles.nav} aria-label={t('news.nav')}>
      {entry('#/', t('news.nav.home'), false)}
      {me.person && entry('#/my-news', t('news.feed.title'), route.page === 'feed')}
      {canAuthorNews(me) && entry('#/news', t('news.list.title'), route.page === 'list')}
    </nav>
  );
}
