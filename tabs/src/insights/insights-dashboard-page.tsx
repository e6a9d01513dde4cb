/**
 * The adoption dashboard (`#/insights`): filters, headline figures with the change from the
 * previous period, the trend, bars by department and site, the tours' funnel and the strategic
 * items, each table downloadable as CSV. The server decides what this person may see.
 */
import { Link, makeStyles, Title2 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useLoad } from '../api/use-load.js';
import { pageLayout } from '../components/page-layout.js';
import { ErrorView, LoadingView } from '../components/status-views.js';
import { HeadlineFigures } from './headline-figures.js';
import { downloadCsv, type InsightsApi, type InsightsQuery, type InsightsTable } from './insights-api.js';
import { InsightsFilters } from './insights-filters.js';
import { useFormat } from './insights-format.js';
import { InsightsSections } from './insights-sections.js';
import { useInsightsText } from './insights-text.js';
import { ForbiddenView, isForbidden, PeriodLine } from './insights-view.js';

const useStyles = makeStyles({ ...pageLayout, bar: { ...pageLayout.bar, flexWrap: 'wrap' } });

/** names seen so far, sorted, so a chosen department stays in the list once the filter narrows the answer */
const union = (known: string[], names: string[]) =>
  [...new Set([...known, ...names])].sort((a, b) => a.localeCompare(b));

export function InsightsDashboardPage({ api, go }: { api: InsightsApi; go(hash: string): void }) {
  const styles = useStyles();
  const { it, locale } = useInsightsText();
  const f = useFormat();
  const [query, setQuery] = useState<InsightsQuery>({ period: 'week' });
  const [departments, setDepartments] = useState<string[]>([]);
  const [sites, setSites] = useState<string[]>([]);
  const loaded = useLoad((signal) => api.dashboard(query, signal), [query, locale], { keepPrevious: true });
  const d = loaded.data;
  useEffect(() => {
    if (!d) return;
    setDepartments((known) =>
      union(
        known,
        d.departments.map((b) => b.name),
      ),
    );
    setSites((known) =>
      union(
        known,
        d.sites.map((b) => b.name),
      ),
    );
  }, [d]);

  if (isForbidden(loaded.error)) return <ForbiddenView />;
  const onCsv = async (table: InsightsTable) =>
    downloadCsv(
      await api.csv(table, query),
      `insights-${table}-${d?.period.kind ?? 'week'}-${d?.period.from ?? ''}.csv`,
    );
  const month = (d?.period.to ?? new Date().toISOString()).slice(0, 7);
  return (
    <div className={styles.page} data-testid="insights-page" aria-busy={loaded.loading}>
      <div className={styles.bar}>
        <Title2 as="h1">{it('ins.title')}</Title2>
        <Link
          href={`#/insights/report?month=${month}`}
          onClick={(e) => {
            e.preventDefault();
            go(`#/insights/report?month=${month}`);
          }}
        >
          {it('ins.report')}
        </Link>
      </div>
      {d && <p>{it('ins.intro', { min: d.minGroupSize })}</p>}
      <InsightsFilters query={query} departments={departments} sites={sites} onChange={setQuery} />
      {loaded.error && <ErrorView error={loaded.error} onRetry={loaded.reload} />}
      {!d && !loaded.error && <LoadingView />}
      {d && (
        <>
          <PeriodLine dashboard={d} f={f} />
          {!d.hidden && (
            <>
              <HeadlineFigures dashboard={d} f={f} />
              <InsightsSections dashboard={d} f={f} onCsv={onCsv} />
            </>
          )}
        </>
      )}
    </div>
  );
}
