/**
 * A section of the dashboard: its title, its CSV export, its chart (if any) and the chart's data
 * table. On screen the table sits behind a "show as a table" toggle (a native <details>, read by
 * screen readers as a button); in the printed report it is always open.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { type DataColumn, DataList } from '../components/data-list.js';
import { describeError } from '../components/describe-error.js';
import { useI18n } from '../i18n/i18n.js';
import type { InsightsTable } from './insights-api.js';
import { useInsightsText } from './insights-text.js';

export const LazyChart = lazy(() =>
  import('./insights-chart.js').then((m) => ({ default: m.InsightsChart })),
);

const useStyles = makeStyles({
  section: {
    marginTop: tokens.spacingVerticalXL,
    breakInside: 'avoid',
    '@media print': { marginTop: tokens.spacingVerticalM },
  },
  bar: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: {
    cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorBrandForegroundLink,
  },
  print: { '@media print': { display: 'none' } },
  chartBox: { minHeight: '260px', '@media print': { minHeight: '220px' } },
});

export function ChartSection<Row>({
  id,
  title,
  table,
  onCsv,
  chart,
  columns,
  rows,
  rowKey,
  open,
  note,
  level = 2,
  collapsed,
}: {
  id: string;
  title: string;
  /** the engine's CSV table of this section */
  table?: InsightsTable;
  onCsv?(table: InsightsTable): Promise<void>;
  chart?: ReactNode;
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey(row: Row): string;
  /** the printed report shows the table without the toggle */
  open?: boolean;
  note?: ReactNode;
  /** a section inside a section (a tour's funnel) has a third-level title */
  level?: 2 | 3;
  /** the table sits behind the toggle even without a chart (the headline tiles show it already) */
  collapsed?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const { it } = useInsightsText();
  const [failure, setFailure] = useState<string>();
  const Heading = level === 2 ? 'h2' : 'h3';
  const list = (
    <DataList
      label={title}
      columns={columns}
      rows={rows}
      rowKey={rowKey}
      empty={it('ins.empty')}
      testId={`insights-table-${id}`}
      error={failure}
    />
  );
  return (
    <section className={styles.section} aria-labelledby={`insights-${id}`} data-testid={`insights-${id}`}>
      <div className={styles.bar}>
        <Heading id={`insights-${id}`} className={level === 2 ? styles.title : styles.subtitle}>
          {title}
        </Heading>
        {table && onCsv && (
          <Button
            className={styles.print}
            aria-label={it('ins.csv.named', { table: title })}
            onClick={() => {
              setFailure(undefined);
              onCsv(table).catch((e: unknown) =>
                setFailure(describeError(e instanceof Error ? e : new Error(String(e)), t)),
              );
            }}
          >
            {it('ins.csv')}
          </Button>
        )}
      </div>
      {note}
      {chart && rows.length > 0 && (
        <div className={styles.chartBox}>
          <Suspense fallback={null}>{chart}</Suspense>
        </div>
      )}
      {(!chart && !collapsed) || open ? (
        list
      ) : (
        <details>
          <summary className={styles.summary}>{it('ins.show_table')}</summary>
          {list}
        </details>
      )}
    </section>
  );
}
