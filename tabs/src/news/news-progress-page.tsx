/**
 * One news item after publishing: delivery progress (counts by status, rate, time left), what
 * recipients did (delivered, read, acknowledged, clicked, reacted, per department), and the
 * author's actions (cancel a send or a schedule, edit every copy, recall). Polls the stats while
 * the send runs.
 */
import {
  Button,
  MessageBar,
  makeStyles,
  ProgressBar,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { DataList } from '../components/data-list.js';
import { TestSendButton } from '../components/test-send-button.js';
import { type MessageKey, useI18n } from '../i18n/i18n.js';
import type { NewsApi, NewsItem, NewsStats, SignalCounts } from './news-api.js';
import { NewsDeliveries } from './news-deliveries.js';
import { statusKey, titleOf } from './news-list-page.js';
import { deliveryStatusLabel, describeFailure, formatDate, formatDuration } from './news-text.js';
import { PendingAcknowledgements } from './pending-acknowledgements.js';

export const statsPollMs = 2000;

const measures: (keyof SignalCounts)[] = [
  'targeted',
  'delivered',
  'read',
  'acknowledged',
  'clicked',
  'reacted',
];

const useStyles = makeStyles({
  page: {
    maxWidth: '1100px',
    margin: '0 auto',
    boxSizing: 'border-box',
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  count: {
    minWidth: '110px',
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: { fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, display: 'block' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    margin: `${tokens.spacingVerticalM} 0`,
  },
});

const isRunning = (item: NewsItem, stats: NewsStats): boolean =>
  item.status === 'publishing' || (!stats.deliveries.done && item.status !== 'draft');

export function NewsProgressPage({
  news,
  newsId,
  go,
}: {
  news: NewsApi;
  newsId: string;
  go(hash: string): void;
}) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const progress = useLoad(
    async (signal) => {
      const [item, stats] = await Promise.all([news.get(newsId, signal), news.stats(newsId, signal)]);
      return { item, stats };
    },
    [newsId],
    // read again while the broadcast runs
    { every: (data) => (data && isRunning(data.item, data.stats) ? statsPollMs : undefined) },
  );
  const item = progress.data?.item;
  const stats = progress.data?.stats;
  const error = failure ?? (progress.error && describeFailure(t, progress.error));

  // confirmation of cancel and recall: their ConfirmButton's dialog
  async function act(action: 'cancel' | 'recall' | 'approve') {
    setBusy(true);
    try {
      await news[action](newsId);
      setFailure(undefined);
      progress.reload();
    } catch (e) {
      setFailure(describeFailure(t, e));
    } finally {
      setBusy(false);
    }
  }

  const d = stats?.deliveries;
  const finished = d ? d.total - (d.byStatus.queued ?? 0) : 0;
  return (
    <div className={styles.page} data-testid="news-progress">
      <Title2 as="h1">{item ? titleOf(item, locale) : t('app.loading')}</Title2>
      {item && (
        <p>
          {t(statusKey(item.status))}
          {item.publishAt &&
            item.status === 'scheduled' &&
            ` · ${formatDate(locale, item.publishAt)} (${item.publishTimeZone ?? 'UTC'})`}
          {item.publishedAt && ` · ${formatDate(locale, item.publishedAt)}`}
        </p>
      )}
      {error && <MessageBar intent="error">{error}</MessageBar>}
      {d && (
        <section aria-labelledby="progress-title">
          <Subtitle2 as="h2" id="progress-title">
            {t('news.progress.title')}
          </Subtitle2>
          <ProgressBar
            value={d.total ? finished / d.total : d.done ? 1 : 0}
            aria-label={t('news.progress.title')}
          />
          <div className={styles.counts} data-testid="delivery-counts">
            <Count label={t('news.progress.total')} value={d.total} />
            {Object.entries(d.byStatus).map(([status, count]) => (
              <Count key={status} label={deliveryStatusLabel(t, status)} value={count} />
            ))}
          </div>
          <p>
            {d.done
              ? t('news.progress.done')
              : t('news.progress.eta', {
                  rate: d.sentPerSecond.toFixed(1),
                  eta: d.etaSeconds === null ? '—' : formatDuration(d.etaSeconds),
                })}
          </p>
        </section>
      )}
      <div className={styles.actions}>
        {item?.status === 'pending_approval' && (
          <Button disabled={busy} appearance="primary" onClick={() => void act('approve')}>
            {t('news.action.approve')}
          </Button>
        )}
        {item && item.status !== 'recalled' && (
          <Button disabled={busy} onClick={() => go(`#/news/${newsId}/edit`)}>
            {t('news.action.edit')}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => go('#/news')}>
          {t('news.action.back_to_list')}
        </Button>
      </div>
      {item && item.status !== 'recalled' && <TestSendButton send={(locale) => news.test(newsId, locale)} />}
      {/* what cannot be undone: secondary, each behind its confirmation */}
      <div className={styles.actions} data-testid="news-danger-actions">
        {(item?.status === 'publishing' ||
          item?.status === 'scheduled' ||
          item?.status === 'pending_approval') && (
          <ConfirmButton
            disabled={busy}
            label={item.status === 'publishing' ? t('news.action.cancel') : t('news.action.cancel_schedule')}
            question={
              item.status === 'publishing'
                ? t('news.progress.confirm_cancel')
                : t('news.progress.confirm_cancel_schedule')
            }
            onConfirm={() => void act('cancel')}
          />
        )}
        {(item?.status === 'published' || item?.status === 'publishing' || item?.status === 'expired') && (
          <ConfirmButton
            disabled={busy}
            label={t('news.action.recall')}
            question={t('news.progress.confirm_recall')}
            onConfirm={() => void act('recall')}
            testId="news-recall"
          />
        )}
      </div>
      {stats && (
        <section aria-labelledby="signals-title">
          <Subtitle2 as="h2" id="signals-title">
            {t('news.stats.title')}
          </Subtitle2>
          <div className={styles.counts} data-testid="signal-counts">
            {measures.map((m) => (
              <Count key={m} label={t(`news.stats.${m}` as MessageKey)} value={stats.totals[m]} />
            ))}
          </div>
          {stats.byDepartment.length > 0 && (
            <DataList
              label={t('news.stats.by_department')}
              rows={stats.byDepartment}
              rowKey={(row) => row.department}
              empty=""
              columns={[
                {
                  header: t('news.stats.department'),
                  cell: (row) => row.department || t('news.stats.no_department'),
                },
                ...measures.map((m) => ({
                  header: t(`news.stats.${m}` as MessageKey),
                  cell: (row: (typeof stats.byDepartment)[number]) => row[m],
                })),
              ]}
            />
          )}
        </section>
      )}
      {item?.strategic && item.status !== 'draft' && (
        // read again when copies go out or come back acknowledged, as the counters say
        <PendingAcknowledgements
          news={news}
          newsId={newsId}
          version={`${stats?.totals.delivered ?? 0}:${stats?.totals.acknowledged ?? 0}`}
        />
      )}
      {item && item.status !== 'draft' && (
        // the list reads again whenever the counters change, so both always tell the same story
        <NewsDeliveries news={news} newsId={newsId} version={JSON.stringify(d?.byStatus ?? {})} />
      )}
    </div>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  const styles = useStyles();
  return (
    <div className={styles.count}>
      <span className={styles.number}>{value}</span>
      {label}
    </div>
  );
}
