/** Who got a strategic item and has not acknowledged it yet (a page at a time), for the author to follow up. */
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
import type { NewsApi } from './news-api.js';
import { describeFailure } from './news-text.js';

const pageSize = 50;

export function PendingAcknowledgements({ news, newsId }: { news: NewsApi; newsId: string }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const pending = useLoad(
    (signal) => news.pendingAcknowledgements(newsId, pageSize, offset, signal),
    [newsId, offset],
  );
  const page = pending.data;
  const error = pending.error && describeFailure(t, pending.error);

  return (
    <section aria-labelledby="pending-title" data-testid="news-pending">
      <Subtitle2 as="h2" id="pending-title">
        {t('news.pending.title', { count: page?.total ?? 0 })}
      </Subtitle2>
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {page && page.people.length > 0 && (
        <Table aria-label={t('news.pending.title', { count: page.total })} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('news.deliveries.recipient')}</TableHeaderCell>
              <TableHeaderCell>{t('news.stats.department')}</TableHeaderCell>
              <TableHeaderCell>{t('news.deliveries.platform')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.people.map((p) => (
              <TableRow key={p.personId}>
                <TableCell>
                  {p.displayName}
                  {p.email ? ` <${p.email}>` : ''}
                </TableCell>
                <TableCell>{p.department ?? ''}</TableCell>
                <TableCell>{p.platforms.join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {page && page.total > pageSize && (
        <div>
          <Button
            size="small"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - pageSize))}
          >
            {t('news.deliveries.previous')}
          </Button>{' '}
          <Button
            size="small"
            disabled={offset + pageSize >= page.total}
            onClick={() => setOffset(offset + pageSize)}
          >
            {t('news.deliveries.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
