/**
 * The printable monthly report (`#/insights/report?month=YYYY-MM`): the month's figures, charts
 * (SVG, so they print sharp) and every table open, laid out for A4. The print stylesheet hides
 * the console's banner, bar, footer and buttons.
 */
import {
  Button,
  Field,
  Input,
  Link,
  makeStaticStyles,
  makeStyles,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useLoad } from '../api/use-load.js';
import { pageLayout } from '../components/page-layout.js';
import { ErrorView, LoadingView } from '../components/status-views.js';
import { HeadlineFigures } from './headline-figures.js';
import type { InsightsApi } from './insights-api.js';
import { useFormat } from './insights-format.js';
import { InsightsSections } from './insights-sections.js';
import { useInsightsText } from './insights-text.js';
import { ForbiddenView, isForbidden, PeriodLine } from './insights-view.js';

const usePrintStyles = makeStaticStyles(`
@media print {
  @page { size: A4 portrait; margin: 14mm; }
  header, nav, footer, .skip-link { display: none !important; }
  body { background: #fff; }
}
`);

const useStyles = makeStyles({
  ...pageLayout,
  page: { ...pageLayout.page, '@media print': { maxWidth: 'none', padding: 0 } },
  bar: { ...pageLayout.bar, flexWrap: 'wrap' },
  controls: {
    display: 'flex',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    '@media print': { display: 'none' },
  },
});

/** `#/insights/report?month=2026-11` → '2026-11'; the previous month when missing or malformed */
export function reportMonth(hash: string, today = new Date()): string {
  const asked = /[?&]month=(\d{4}-(0[1-9]|1[0-2]))(&|$)/.exec(hash)?.[1];
  if (asked) return asked;
  const previous = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
}

export function InsightsReportPage({
  api,
  hash,
  go,
}: {
  api: InsightsApi;
  hash: string;
  go(hash: string): void;
}) {
  usePrintStyles();
  const styles = useStyles();
  const { it, locale } = useInsightsText();
  const f = useFormat();
  const month = reportMonth(hash);
  const loaded = useLoad(
    (signal) => api.dashboard({ period: 'month', date: `${month}-01` }, signal),
    [month, locale],
  );
  if (isForbidden(loaded.error)) return <ForbiddenView />;
  const d = loaded.data;
  return (
    <article className={styles.page} data-testid="insights-report">
      <div className={styles.bar}>
        <Title2 as="h1">{it('ins.report.title', { month: f.month(month) })}</Title2>
      </div>
      <div className={styles.controls}>
        <Link
          href="#/insights"
          onClick={(e) => {
            e.preventDefault();
            go('#/insights');
          }}
        >
          {it('ins.report.back')}
        </Link>
        <Field label={it('ins.report.month')}>
          <Input
            type="month"
            value={month}
            onChange={(_, data) =>
              /^\d{4}-\d{2}$/.test(data.value) && go(`#/insights/report?month=${data.value}`)
            }
          />
        </Field>
        <Button appearance="primary" onClick={() => window.print()}>
          {it('ins.report.print')}
        </Button>
      </div>
      {loaded.error && <ErrorView error={loaded.error} onRetry={loaded.reload} />}
      {!d && !loaded.error && <LoadingView />}
      {d && (
        <>
          <PeriodLine dashboard={d} f={f} />
          {!d.hidden && (
            <>
              <HeadlineFigures dashboard={d} f={f} />
              <InsightsSections dashboard={d} f={f} printed />
            </>
          )}
        </>
      )}
    </article>
  );
}
