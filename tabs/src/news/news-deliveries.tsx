/**
 * The delivery list of one news item (a page at a time) and its CSV export, downloaded through
 * the API with the session's credential (a plain link could not carry it). A table on a wide
 * screen, stacked cards on a phone (DataList); read again whenever the progress counters move
 * (`version`), so the list never lags behind them.
 */
import { Button, MessageBar, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { type Translate, useI18n } from '../i18n/i18n.js';
import type { Delivery, NewsApi } from './news-api.js';
import { deliveryStatusLabel, describeFailure, formatDate } from './news-text.js';

const pageSize = 50;

const recipientOf = (row: Delivery): string =>
  row.displayName ?? row.email ?? row.channelName ?? row.conversationId ?? row.personId ?? '';

/** Where the copy went: Teams, Slack, or nowhere (a person with no chat account). */
export const platformLabel = (t: Translate, platform: string | null): string =>
  platform === 'teams' || platform === 'slack' ? t(`platform.${platform}`) : t('platform.none');

export function NewsDeliveries({
  news,
  newsId,
  version,
}: {
  news: NewsApi;
  newsId: string;
  version?: string;
}) {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useLoad(
    (signal) => news.deliveries(newsId, pageSize, offset, signal),
    [newsId, offset, version],
    { keepPrevious: true },
  );
  const rows = page.data ?? [];
  const [failure, setError] = useState<string>();

  async function download() {
    try {
      const csv = await news.deliveriesCsv(newsId);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `news-${newsId}-deliveries.csv`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(describeFailure(t, e));
    }
  }

  return (
    <section aria-labelledby="deliveries-title" data-testid="news-deliveries">
      <Subtitle2 as="h2" id="deliveries-title">
        {t('news.deliveries.title')}
      </Subtitle2>
      <div>
        <Button size="small" onClick={() => void download()}>
          {t('news.deliveries.csv')}
        </Button>
      </div>
      {failure && <MessageBar intent="error">{failure}</MessageBar>}
      <DataList
        label={t('news.deliveries.title')}
        rows={page.data}
        rowKey={(row) => row.deliveryId}
        error={page.error && describeFailure(t, page.error)}
        empty={t('news.deliveries.none')}
        testId="deliveries-table"
        columns={[
          { header: t('news.deliveries.recipient'), cell: recipientOf },
          { header: t('news.deliveries.platform'), cell: (row) => platformLabel(t, row.platform) },
          { header: t('news.list.status'), cell: (row) => deliveryStatusLabel(t, row.status, row.withdrawn) },
          { header: t('news.deliveries.attempts'), cell: (row) => row.attempts },
          { header: t('news.deliveries.when'), cell: (row) => formatDate(locale, row.sentAt) },
          {
            header: t('news.stats.read'),
            cell: (row) => (row.readAt ? formatDate(locale, row.readAt) : ''),
          },
          {
            header: t('news.stats.acknowledged'),
            cell: (row) => (row.acknowledgedAt ? formatDate(locale, row.acknowledgedAt) : ''),
          },
          { header: t('news.deliveries.error'), cell: (row) => row.lastError ?? '' },
        ]}
      />
      <div>
        <Button
          size="small"
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - pageSize))}
        >
          {t('news.deliveries.previous')}
        </Button>{' '}
        <Button size="small" disabled={rows.length < pageSize} onClick={() => setOffset(offset + pageSize)}>
          {t('news.deliveries.next')}
        </Button>
      </div>
    </section>
  );
}
