/** The console's news list: the items the signed-in author may manage, newest first. */
import {
  Badge,
  Button,
  Link,
  MessageBar,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import type { NewsApi, NewsItem } from './news-api.js';
import { describeFailure, formatDate } from './news-text.js';

const useStyles = makeStyles({
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

export const statusKey = (status: string): MessageKey => `news.status.${status}` as MessageKey;

export function titleOf(item: Pick<NewsItem, 'variants'>, locale: 'fr' | 'en'): string {
  return item.variants[locale]?.title ?? item.variants.fr?.title ?? item.variants.en?.title ?? '';
}

export function NewsListPage({ news, go }: { news: NewsApi; go(hash: string): void }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [items, setItems] = useState<NewsItem[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    news.list().then(setItems, (e: unknown) => setError(describeFailure(t, e)));
  }, [news, t]);

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Title2 as="h1">{t('news.list.title')}</Title2>
        <Button appearance="primary" onClick={() => go('#/news/new')}>
          {t('news.list.new')}
        </Button>
      </div>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {!items && !error && <Spinner label={t('app.loading')} />}
      {items && items.length === 0 && <p>{t('news.list.empty')}</p>}
      {items && items.length > 0 && (
        <Table aria-label={t('news.list.title')} data-testid="news-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('news.field.title')}</TableHeaderCell>
              <TableHeaderCell>{t('news.list.status')}</TableHeaderCell>
              <TableHeaderCell>{t('news.list.author')}</TableHeaderCell>
              <TableHeaderCell>{t('news.list.date')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => (
              <TableRow key={item.id}>
                <TableCell>
                  <Link
                    href={item.status === 'draft' ? `#/news/${item.id}/edit` : `#/news/${item.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      go(item.status === 'draft' ? `#/news/${item.id}/edit` : `#/news/${item.id}`);
                    }}
                  >
                    {titleOf(item, locale)}
                  </Link>
                  {item.strategic && (
                    <Badge appearance="tint" color="important" style={{ marginLeft: 8 }}>
                      {t('news.strategic')}
                    </Badge>
                  )}
                </TableCell>
                <TableCell>{t(statusKey(item.status))}</TableCell>
                <TableCell>{item.authorName}</TableCell>
                <TableCell>
                  {formatDate(locale, item.publishedAt ?? item.publishAt ?? item.createdAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
