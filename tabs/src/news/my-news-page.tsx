/**
 * "My news": the signed-in person's feed in the personal tab: only what was addressed to them,
 * newest first, in their language, with their acknowledgement state and an "I have read it"
 * button on strategic items. Showing an item records a view (as the App Home does).
 */
import {
  Badge,
  Button,
  Card,
  CardHeader,
  Link,
  MessageBar,
  makeStyles,
  Spinner,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import type { NewsApi } from './news-api.js';
import { describeFailure, formatDate } from './news-text.js';
import { cardMarkdownToHtml } from './preview-markup.js';

const useStyles = makeStyles({
  page: {
    maxWidth: '800px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  image: {
    maxWidth: '100%',
    maxHeight: '280px',
    objectFit: 'cover',
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  links: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function MyNewsPage({ news }: { news: NewsApi }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const feed = useLoad(
    async (signal) => {
      const items = await news.feed(locale, 50, signal);
      // the page shows each item in full: that is a view, as on the App Home
      for (const item of items) if (!item.readAt) void news.view(item.id).catch(() => undefined);
      return items;
    },
    [locale],
  );
  // acknowledgements made on this page, over what the feed said
  const [acknowledged, setAcknowledged] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const items = feed.data?.map((item) =>
    acknowledged[item.id] ? { ...item, acknowledgedAt: acknowledged[item.id] } : item,
  );
  const error = failure ?? (feed.error && describeFailure(t, feed.error));

  async function acknowledge(id: string) {
    try {
      const { acknowledgedAt } = await news.acknowledge(id);
      setAcknowledged((done) => ({ ...done, [id]: acknowledgedAt }));
    } catch (e) {
      setFailure(describeFailure(t, e));
    }
  }

  return (
    <div className={styles.page}>
      <Title2 as="h1">{t('news.feed.title')}</Title2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {!items && !error && <Spinner label={t('app.loading')} />}
      {items?.length === 0 && <p data-testid="news-feed-empty">{t('news.feed.empty')}</p>}
      <ul className={styles.list} data-testid="news-feed">
        {items?.map((item) => (
          <li key={item.id} data-news-id={item.id}>
            <Card>
              <CardHeader
                header={<h2 className={styles.title}>{item.title}</h2>}
                description={
                  <Text size={200}>
                    {t('news.feed.byline', {
                      author: item.authorName,
                      date: formatDate(locale, item.publishedAt),
                    })}
                  </Text>
                }
                action={
                  item.strategic ? (
                    <Badge appearance="tint" color={item.acknowledgedAt ? 'success' : 'important'}>
                      {item.acknowledgedAt ? t('news.feed.acknowledged') : t('news.feed.to_acknowledge')}
                    </Badge>
                  ) : undefined
                }
              />
              {item.imageUrl && <img className={styles.image} src={item.imageUrl} alt="" />}
              {item.summary && <Text weight="semibold">{item.summary}</Text>}
              {item.body && (
                // biome-ignore lint/security/noDangerouslySetInnerHtml: cardMarkdownToHtml escapes all text first
                <div dangerouslySetInnerHTML={{ __html: cardMarkdownToHtml(item.body) }} />
              )}
              {item.buttons.length > 0 && (
                <div className={styles.links}>
                  {item.buttons.map((b) => (
                    <Link key={b.url} href={b.url} target="_blank" rel="noreferrer">
                      {b.label}
                    </Link>
                  ))}
                </div>
              )}
              {item.strategic && (
                <div className={styles.footer}>
                  {item.acknowledgedAt ? (
                    <Text>
                      {t('news.feed.acknowledged_on', { date: formatDate(locale, item.acknowledgedAt) })}
                    </Text>
                  ) : (
                    <Button appearance="primary" onClick={() => void acknowledge(item.id)}>
                      {t('news.feed.ack')}
                    </Button>
                  )}
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
