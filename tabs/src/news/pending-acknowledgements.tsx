/** Who got a strategic item and has not acknowledged it yet (a page at a time), for the author to follow up. */
import { Button, MessageBar, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { useI18n } from '../i18n/i18n.js';
import type { NewsApi } from './news-api.js';
import { platformLabel } from './news-deliveries.js';
import { describeFailure } from './news-text.js';

const pageSize = 50;

export function PendingAcknowledgements({
  news,
  newsId,
  version,
}: {
  news: NewsApi;
  newsId: string;
  /** changes when the counters do (copies sent, acknowledgements): the list is read again */
  version: string;
}) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const pending = useLoad(
    (signal) => news.pendingAcknowledgements(newsId, pageSize, offset, signal),
    [newsId, offset, version],
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
        <DataList
          label={t('news.pending.title', { count: page.total })}
          rows={page.people}
          rowKey={(p) => p.personId}
          empty=""
          columns={[
            {
              header: t('news.deliveries.recipient'),
              cell: (p) => `${p.displayName}${p.email ? ` <${p.email}>` : ''}`,
            },
            { header: t('news.stats.department'), cell: (p) => p.department ?? '' },
            {
              header: t('news.deliveries.platform'),
              cell: (p) => p.platforms.map((platform) => platformLabel(t, platform)).join(', '),
            },
          ]}
        />
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
