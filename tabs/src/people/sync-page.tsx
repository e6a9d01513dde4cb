/**
 * The directory sync: "sync now", the runs with their counts and duration, followed live while a
 * run is going (the runs are read again every second until none is running), and the conflicts
 * the syncs found and did not merge. For administrators; the server checks it again.
 */
import { Badge, Body1, Button, Link, MessageBar, Subtitle1, Title2 } from '@fluentui/react-components';
import { useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { DataList } from '../components/data-list.js';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import type { Conflict, PeopleApi, SyncRun } from './people-api.js';
import { personHash } from './people-route.js';
import { usePeopleStyles } from './people-styles.js';
import { type PeopleText, textOr, usePeopleText, when } from './people-text.js';

/** how often the runs are read again while one is going */
const LIVE_MS = 1000;

export function SyncPage({ api, go }: { api: PeopleApi; go(hash: string): void }) {
  const { t } = useI18n();
  const { pt, locale } = usePeopleText();
  const styles = usePeopleStyles();
  const runs = useLoad((signal) => api.runs(signal), [], {
    every: (data) => (data?.some((run) => run.status === 'running') ? LIVE_MS : undefined),
  });
  const conflicts = useLoad((signal) => api.conflicts(signal), []);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();
  const running = runs.data?.find((run) => run.status === 'running');

  const syncNow = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      await api.syncNow();
    } catch (error) {
      setStartError(describeError(error as Error, t));
    } finally {
      setStarting(false);
      runs.reload();
    }
  };

  return (
    <div className={styles.page}>
      <Link
        className={styles.back}
        href="#/people"
        onClick={(e) => {
          e.preventDefault();
          go('#/people');
        }}
      >
        {pt('people.back')}
      </Link>
      <div className={styles.bar}>
        <Title2 as="h1" className={styles.block}>
          {pt('people.sync.title')}
        </Title2>
        <Button appearance="primary" disabled={starting || Boolean(running)} onClick={syncNow}>
          {pt('people.sync.now')}
        </Button>
      </div>
      <Body1 as="p" className={styles.block}>
        {pt('people.sync.intro')}
      </Body1>
      {startError && <MessageBar intent="error">{startError}</MessageBar>}
      <div role="status" aria-live="polite" data-testid="sync-progress">
        {running && (
          <MessageBar intent="info">
            {pt('people.sync.progress', {
              pages: running.pages,
              seen: running.seen,
              created: running.created,
              updated: running.updated,
            })}
          </MessageBar>
        )}
      </div>

      <section className={styles.section} aria-labelledby="sync-runs">
        <Subtitle1 as="h2" id="sync-runs" className={styles.block}>
          {pt('people.sync.runs')}
        </Subtitle1>
        <DataList<SyncRun>
          label={pt('people.sync.runs')}
          testId="sync-runs"
          rows={runs.data}
          rowKey={(run) => run.id}
          error={runs.error && describeError(runs.error, t)}
          empty={pt('people.sync.none')}
          columns={[
            { header: pt('people.sync.col.started'), cell: (run) => when(locale, run.startedAt) },
            {
              header: pt('people.sync.col.trigger'),
              cell: (run) => textOr(pt, `people.sync.trigger.${run.trigger}`, run.trigger),
            },
            {
              header: pt('people.sync.col.status'),
              cell: (run) => (
                <Badge
                  appearance="outline"
                  color={
                    run.status === 'succeeded'
                      ? 'success'
                      : run.status === 'failed'
                        ? 'danger'
                        : 'informative'
                  }
                >
                  {pt(`people.sync.status.${run.status}`)}
                </Badge>
              ),
            },
            { header: pt('people.sync.col.created'), cell: (run) => run.created },
            { header: pt('people.sync.col.updated'), cell: (run) => run.updated },
            { header: pt('people.sync.col.deactivated'), cell: (run) => run.deactivated },
            { header: pt('people.sync.col.conflicts'), cell: (run) => run.conflicts },
            { header: pt('people.sync.col.skipped'), cell: (run) => skippedText(pt, run) },
            {
              header: pt('people.sync.col.errors'),
              cell: (run) => <span className={styles.wrap}>{run.errors.join(' · ') || '0'}</span>,
            },
            {
              header: pt('people.sync.col.duration'),
              cell: (run) =>
                run.durationMs === null
                  ? pt('people.none')
                  : pt('people.sync.seconds', {
                      seconds: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
                        run.durationMs / 1000,
                      ),
                    }),
            },
          ]}
        />
      </section>

      <section className={styles.section} aria-labelledby="sync-conflicts">
        <Subtitle1 as="h2" id="sync-conflicts" className={styles.block}>
          {pt('people.conflicts.title')}
        </Subtitle1>
        <Body1 as="p" className={styles.block}>
          {pt('people.conflicts.intro')}
        </Body1>
        <DataList<Conflict>
          label={pt('people.conflicts.title')}
          testId="sync-conflicts"
          rows={conflicts.data}
          rowKey={(c) => `${c.kind}:${c.source}:${c.subject}`}
          error={conflicts.error && describeError(conflicts.error, t)}
          empty={pt('people.conflicts.none')}
          columns={[
            {
              header: pt('people.conflicts.col.kind'),
              cell: (c) => textOr(pt, `people.conflicts.kind.${c.kind}`, c.kind),
            },
            {
              header: pt('people.conflicts.col.source'),
              cell: (c) => textOr(pt, `people.source.${c.source}`, c.source),
            },
            {
              header: pt('people.conflicts.col.subject'),
              cell: (c) => <span className={styles.wrap}>{c.subject}</span>,
            },
            {
              header: pt('people.conflicts.col.person'),
              cell: (c) =>
                c.personId ? (
                  <Link
                    href={personHash(c.personId)}
                    onClick={(e) => {
                      e.preventDefault();
                      go(personHash(c.personId!));
                    }}
                  >
                    {detailText(c)}
                  </Link>
                ) : (
                  detailText(c)
                ),
            },
            { header: pt('people.conflicts.col.seen'), cell: (c) => when(locale, c.lastSeenAt) },
          ]}
        />
      </section>
    </div>
  );
}

/** '2 (no email address: 1, bot account: 1)' */
function skippedText(pt: PeopleText, run: SyncRun): string {
  const reasons = Object.entries(run.skippedReasons).map(
    ([reason, count]) => `${textOr(pt, `people.skip.${reason}`, reason)}: ${count}`,
  );
  return reasons.length ? `${run.skipped} (${reasons.join(', ')})` : String(run.skipped);
}

/** The address or name a conflict is about, from its detail when it has one. */
function detailText(conflict: Conflict): string {
  const { email, displayName } = conflict.detail as { email?: unknown; displayName?: unknown };
  return typeof email === 'string'
    ? email
    : typeof displayName === 'string'
      ? displayName
      : (conflict.personId ?? '—');
}
