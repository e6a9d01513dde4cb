/**
 * The news capability of the tab app: the person's feed (`#/my-news`) and, for authors, the
 * console (`#/news…`: list, composer, progress). The pages carry the Adaptive Cards renderer, so
 * they are a chunk loaded when first opened.
 */
import { lazy } from 'react';
import type { Me } from '../api/api-client.js';
import type { TabCapability } from '../capability.js';
import { FeatureCard } from '../components/feature-card.js';
import { NavLink } from '../components/nav-link.js';
import { useI18n } from '../i18n/i18n.js';
import { canAuthorNews } from './news-author.js';
import { newsRouteOf } from './news-route.js';

function NewsHomeCard({ me }: { me: Me | undefined }) {
  const { t } = useI18n();
  const author = Boolean(me && canAuthorNews(me));
  return (
    <FeatureCard
      name="news"
      title={t('feature.news.title')}
      description={t('feature.news.description')}
      links={[
        ...(me?.person ? [{ href: '#/my-news', label: t('news.feed.title') }] : []),
        ...(author
          ? [
              { href: '#/news', label: t('news.list.title') },
              { href: '#/news/new', label: t('news.list.new') },
            ]
          : []),
      ]}
    />
  );
}

function NewsNavEntries({ me, hash, go }: { me: Me; hash: string; go(hash: string): void }) {
  const { t } = useI18n();
  const page = newsRouteOf(hash)?.page;
  return (
    <>
      {me.person && (
        <NavLink hash="#/my-news" label={t('news.feed.title')} current={page === 'feed'} go={go} />
      )}
      {canAuthorNews(me) && (
        <NavLink hash="#/news" label={t('news.list.title')} current={page === 'list'} go={go} />
      )}
    </>
  );
}

export const newsCapability: TabCapability = {
  name: 'news',
  owns: (hash) => newsRouteOf(hash) !== undefined,
  Pages: lazy(() => import('./news-pages.js').then((m) => ({ default: m.NewsPages }))),
  HomeCard: NewsHomeCard,
  NavEntries: NewsNavEntries,
};
