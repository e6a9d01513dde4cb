/**
 * The tour's tracking from GET /tours/{id}/stats: journeys by status and the completion rate,
 * the funnel per step (reached, done, skipped, drawn as bars against the journeys that reached
 * the first step) and completion per department and per site. The bars only draw the number
 * written beside them, so they are hidden from screen readers, which read the number: a bar
 * announced as a nameless progress bar at "33 %" of the busiest step would say less, and wrongly.
 */
import {
  Body1,
  makeStyles,
  ProgressBar,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { CompletionRow, TourStats } from './tours-api.js';
import { percent, type ToursText, useToursText } from './tours-text.js';

const useStyles = makeStyles({
  // narrow enough for three bar columns beside the step on a 390 px phone
  bar: { minWidth: '3rem' },
  section: { marginTop: tokens.spacingVerticalL },
});

function CompletionTable({ title, rows, tt }: { title: string; rows: CompletionRow[]; tt: ToursText }) {
  const { locale } = useToursText();
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Table aria-label={title} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tt('tours.completion.value')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.completion.journeys')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.completion.completed')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.completion.rate')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.value}>
              <TableCell>{row.value || tt('tours.unknown')}</TableCell>
              <TableCell>{row.journeys}</TableCell>
              <TableCell>{row.completed}</TableCell>
              <TableCell>{percent(locale, row.rate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export function TourFunnel({ stats }: { stats: TourStats }) {
  const { tt, locale } = useToursText();
  const styles = useStyles();
  const top = Math.max(1, ...stats.funnel.map((s) => s.reached));
  if (stats.journeys.total === 0) return <Body1>{tt('tours.funnel.none')}</Body1>;
  return (
    <div data-testid="tour-funnel">
      <Body1 data-testid="tour-summary">
        {tt('tours.summary', { ...stats.journeys, rate: percent(locale, stats.completionRate) })}
      </Body1>
      <Table aria-label={tt('tours.funnel')} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{tt('tours.funnel.step')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.funnel.reached')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.funnel.done')}</TableHeaderCell>
            <TableHeaderCell>{tt('tours.funnel.skipped')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {stats.funnel.map((step) => (
            <TableRow key={step.key} data-testid={`funnel-${step.key}`}>
              <TableCell>
                {step.index + 1}. {step.titles[locale] || step.titles[locale === 'fr' ? 'en' : 'fr']}
              </TableCell>
              <TableCell>
                <span data-testid="reached">{step.reached}</span>
                <ProgressBar
                  aria-hidden
                  className={styles.bar}
                  value={step.reached / top}
                  thickness="large"
                />
              </TableCell>
              <TableCell>
                <span data-testid="done">{step.done}</span>
                <ProgressBar aria-hidden className={styles.bar} value={step.done / top} color="success" />
              </TableCell>
              <TableCell>
                <span data-testid="skipped">{step.skipped}</span>
                <ProgressBar aria-hidden className={styles.bar} value={step.skipped / top} color="warning" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {stats.byDepartment.length > 0 && (
        <CompletionTable title={tt('tours.by_department')} rows={stats.byDepartment} tt={tt} />
      )}
      {stats.bySite.length > 0 && <CompletionTable title={tt('tours.by_site')} rows={stats.bySite} tt={tt} />}
    </div>
  );
}
