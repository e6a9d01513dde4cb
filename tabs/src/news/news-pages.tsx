/**
 * Picks the news page the hash names. Authoring pages are for communicators and administrators
 * (an API key acts as one); the server checks again on every call.
 */
import { MessageBar } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CapabilityPageProps } from '../capability.js';
import { ItemActions } from '../components/item-actions.js';
import { useI18n } from '../i18n/i18n.js';
import { MyNewsPage } from './my-news-page.js';
import { newsApi } from './news-api.js';
import { canAuthorNews } from './news-author.js';
import { NewsComposerPage } from './news-composer-page.js';
import { NewsListPage } from './news-list-page.js';
import { NewsProgressPage } from './news-progress-page.js';
import { newsRouteOf } from './news-route.js';

export function NewsPages({ hash, api, me, go }: CapabilityPageProps) {
  const { t } = useI18n();
  const news = useMemo(() => newsApi(api), [api]);
  const route = newsRouteOf(hash);
  if (!route) return null;
  if (route.page === 'feed') return <MyNewsPage news={news} />;
  if (!canAuthorNews(me)) return <MessageBar intent="warning">{t('news.not_author')}</MessageBar>;
  switch (route.page) {
    case 'list':
      return <NewsListPage news={news} go={go} />;
    case 'compose':
      return <NewsComposerPage key="new" news={news} go={go} />;
    case 'edit':
      return <NewsComposerPage key={route.id} news={news} newsId={route.id} go={go} />;
    case 'progress':
      return (
        <>
          <NewsProgressPage key={route.id} news={news} newsId={route.id} go={go} />
          <ItemActions api={api} me={me} subjectType="news" subjectId={route.id} />
        </>
      );
  }
}
