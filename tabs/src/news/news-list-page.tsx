/** The console's news list: the items the signed-in author may manage, newest first. */
import { Badge, Button, Link, makeStyles, Title2 } from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { pageLayout } from '../components/page-layout.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import type { NewsApi, NewsItem, NewsLocale } from './news-api.js';
import { describeFailure, formatDate } from './news-text.js';

const useStyles = makeStyles(pageLayout);

export const statusKey = (status: string): MessageKey => `news.status.${status}` as MessageKey;

export function titleOf(item: Pick<NewsItem, 'variants'>, locale: NewsLocale): string {
  return item.variants[locale]?.title ?? item.variants.fr?.title ?? item.variants.en?.title ?? '';
}

export function NewsListPage({ news, go }: { news: NewsApi; go(hash: string): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const list = useLoad((signal) => news.list(signal), []);
  const open = (item: NewsItem) => (item.status === 'draft' ? `#/news/${item.id}/edit` : `#/news/${item.id}`);

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Title2 as="h1">{t('news.list.title')}</Title2>
        <Button appearance="primary" onClick={() => go('#/news/new')}>
          {t('news.list.new')}
        </Button>
      </div>
      <DataList
        label={t('news.list.title')}
        testId="news-list"
        rows={list.data}
        rowKey={(item) => item.id}
        error={list.error && describeFailure(t, list.error)}
        empty={t('news.list.empty')}
        columns={[
          {
            header: t('news.field.title'),
            cell: (item) => (
              <>
                <Link
                  href={open(item)}
                  onClick={(e) => {
                    e.preventDefault();
                    go(open(item));
                  }}
                >
                  {titleOf(item, locale)}
                </Link>
                {item.strategic && (
                  <Badge appearance="tint" color="important" style={{ marginLeft: 8 }}>
                    {t('news.strategic')}
                  </Badge>
                )}
              </>
            ),
          },
          { header: t('news.list.status'), cell: (item) => t(statusKey(item.status)) },
          { header: t('news.list.author'), cell: (item) => item.authorName },
          {
            header: t('news.list.date'),
            cell: (item) => formatDate(locale, item.publishedAt ?? item.publishAt ?? item.createdAt),
          },
        ]}
      />
    </div>
  );
}
