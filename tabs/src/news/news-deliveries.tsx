/**
 * The delivery list of one news item (a page at a time) and its CSV export, downloaded through
 * the API with the session's credential (a plain link could not carry it).
 */
import {
  Button,
  MessageBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { useI18n } from '../i18n/i18n.js';
import type { Delivery, NewsApi } from './news-api.js';
import { deliveryStatusLabel, describeFailure, formatDate } from './news-text.js';

const pageSize = 50;

const recipientOf = (row: Delivery): string =>
  row.displayName ?? row.email ?? row.channelName ?? row.conversationId ?? row.personId ?? '';

export function NewsDeliveries({ news, newsId }: { news: NewsApi; newsId: string }) {
  const { t, locale } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useLoad((signal) => news.deliveries(newsId, pageSize, offset, signal), [newsId, offset]);
  const rows = page.data ?? [];
  const [failure, setError] = useState<string>();
  const error = failure ?? (page.error && describeFailure(t, page.error));

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
      {error && <MessageBar intent="error">{error}</MessageBar>}
      <Table aria-label={t('news.deliveries.title')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('news.deliveries.recipient')}</TableHeaderCell>
            <TableHeaderCell>{t('news.deliveries.platform')}</TableHeaderCell>
            <TableHeaderCell>{t('news.list.status')}</TableHeaderCell>
            <TableHeaderCell>{t('news.deliveries.attempts')}</TableHeaderCell>
            <TableHeaderCell>{t('news.deliveries.when')}</TableHeaderCell>
            <TableHeaderCell>{t('news.stats.read')}</TableHeaderCell>
            <TableHeaderCell>{t('news.stats.acknowledged')}</TableHeaderCell>
            <TableHeaderCell>{t('news.deliveries.error')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.deliveryId}>
              <TableCell>{recipientOf(row)}</TableCell>
              <TableCell>{row.platform ?? ''}</TableCell>
              <TableCell>{deliveryStatusLabel(t, row.status)}</TableCell>
              <TableCell>{row.attempts}</TableCell>
              <TableCell>{formatDate(locale, row.sentAt)}</TableCell>
              <TableCell>{row.readAt ? formatDate(locale, row.readAt) : ''}</TableCell>
              <TableCell>{row.acknowledgedAt ? formatDate(locale, row.acknowledgedAt) : ''}</TableCell>
              <TableCell>{row.lastError ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
