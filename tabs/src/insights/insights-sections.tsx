/**
 * The dashboard's sections below the headline tiles, shared by the page and the printed report:
 * the headline table, the trend, bars by department and by site, the tours' funnel and the
 * strategic items, the extranet groups. Each chart is followed by its data table; each table
 * exports as CSV.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { DataColumn } from '../components/data-list.js';
import { ChartSection, LazyChart } from './chart-section.js';
import type { Bar, Dashboard, InsightsTable } from './insights-api.js';
import type { Format } from './insights-format.js';
import { useInsightsText } from './insights-text.js';

type Trend = Dashboard['trend'][number];
type Tour = Dashboard['tours'][number];
type Item = Dashboard['items'][number];
type Group = Dashboard['groups'][number];
type Headline = Dashboard['headline'][number];
type Step = Tour['steps'][number];

const useStyles = makeStyles({
  tour: { marginTop: tokens.spacingVerticalM },
});

export function InsightsSections({
  dashboard: d,
  f,
  onCsv,
  printed,
}: {
  dashboard: Dashboard;
  f: Format;
  onCsv?(table: InsightsTable): Promise<void>;
  printed?: boolean;
}) {
  const { it } = useInsightsText();
  const styles = useStyles();
  const col = <Row,>(key: Parameters<typeof it>[0], cell: (row: Row) => string): DataColumn<Row> => ({
    header: it(key),
    cell,
  });
  const barColumns: DataColumn<Bar>[] = [
    col('ins.col.name', (b) => f.name(b.name)),
    col('ins.col.people', (b) => f.count(b.people)),
    col('ins.col.active', (b) => f.count(b.active)),
    col('ins.col.connectionRate', (b) => f.rate(b.connectionRate)),
    col('ins.col.interactionRate', (b) => f.rate(b.interactionRate)),
  ];
  const periodName = (p: Trend) =>
    d.period.kind === 'month'
      ? f.month(p.from.slice(0, 7))
      : p.from === p.to
        ? f.day(p.from)
        : it('ins.period.range', { from: f.day(p.from), to: f.day(p.to) });

  // stable inputs for the charts, so a re-render does not redraw them
  const charts = useMemo(() => {
    const bars = (rows: Bar[]) => ({
      categories: rows.map((b) => f.name(b.name)),
      series: [
        { name: it('ins.col.active'), values: rows.map((b) => b.active) },
        { name: it('ins.col.people'), values: rows.map((b) => b.people) },
        { name: it('ins.col.connectionRate'), values: rows.map((b) => b.connectionRate), rate: true },
      ],
    });
    return {
      trend: {
        categories: d.trend.map((p) =>
          d.period.kind === 'month' ? f.month(p.from.slice(0, 7)) : f.day(p.from),
        ),
        series: [
          { name: it('ins.col.active'), values: d.trend.map((p) => p.active) },
          { name: it('ins.col.connectionRate'), values: d.trend.map((p) => p.connectionRate), rate: true },
        ],
      },
      departments: bars(d.departments),
      sites: bars(d.sites),
      tours: d.tours.map((tour) => ({
        categories: tour.steps.map((s) => String(s.index + 1)),
        series: [
          { name: it('ins.col.reached'), values: tour.steps.map((s) => s.reached) },
          { name: it('ins.col.stoppedHere'), values: tour.steps.map((s) => s.stoppedHere) },
        ],
      })),
    };
  }, [d, f, it]);
  const chart = (
    id: string,
    kind: 'line' | 'bar',
    data: { categories: string[]; series: { name: string; values: (number | null)[]; rate?: boolean }[] },
  ) => (
    <LazyChart
      kind={kind}
      {...data}
      formatValue={(v) => f.count(v)}
      formatRate={(v) => f.rate(v)}
      testId={`chart-${id}`}
    />
  );
  const common = { onCsv, open: printed };

  return (
    <>
      <ChartSection<Headline>
        {...common}
        id="headline"
        collapsed
        title={it('ins.headline')}
        table="headline"
        columns={[
          col(
            'ins.indicator',
            (h) => it(`ins.h.${h.key}`) + (h.key === 'tabMinutes' ? ` (${it('ins.approximate')})` : ''),
          ),
          col('ins.value', (h) => f.value(h.key, h.value)),
          col('ins.previous', (h) => f.value(h.key, h.previous)),
          col('ins.change', (h) => f.change(h.key, h.change)),
        ]}
        rows={d.headline}
        rowKey={(h) => h.key}
      />
      <ChartSection<Trend>
        {...common}
        id="trend"
        title={it('ins.trend')}
        table="trend"
        chart={chart('trend', 'line', charts.trend)}
        columns={[
          col('ins.trend.col.period', periodName),
          col('ins.col.people', (p) => f.count(p.people)),
          col('ins.col.active', (p) => f.count(p.active)),
          col('ins.col.connectionRate', (p) => f.rate(p.connectionRate)),
          col('ins.col.activeDaysPerActive', (p) => f.count(p.activeDaysPerActive)),
          col('ins.col.interactionRate', (p) => f.rate(p.interactionRate)),
          col('ins.col.tabMinutes', (p) => f.count(p.tabMinutes)),
        ]}
        rows={d.trend}
        rowKey={(p) => p.from}
      />
      <ChartSection<Bar>
        {...common}
        id="departments"
        title={it('ins.departments')}
        table="departments"
        chart={chart('departments', 'bar', charts.departments)}
        columns={barColumns}
        rows={d.departments}
        rowKey={(b) => b.name}
      />
      <ChartSection<Bar>
        {...common}
        id="sites"
        title={it('ins.sites')}
        table="sites"
        chart={chart('sites', 'bar', charts.sites)}
        columns={barColumns}
        rows={d.sites}
        rowKey={(b) => b.name}
      />
      <ChartSection<Tour>
        {...common}
        id="tours"
        title={it('ins.tours')}
        table="tours"
        columns={[
          col('ins.col.title', (t) => t.name),
          col('ins.col.started', (t) => f.count(t.started)),
          col('ins.col.completed', (t) => f.count(t.completed)),
          col('ins.col.completionRate', (t) => f.rate(t.completionRate)),
          col('ins.col.medianDaysToComplete', (t) => f.count(t.medianDaysToComplete)),
        ]}
        rows={d.tours}
        rowKey={(t) => t.tourId}
        note={d.tours.map((tour, i) => (
          <div key={tour.tourId} className={styles.tour}>
            <ChartSection<Step>
              level={3}
              open={printed}
              id={`tour-${i}`}
              title={tour.name}
              note={
                <p>
                  {tour.hidden
                    ? it('ins.tour.hidden')
                    : it('ins.tour.summary', {
                        started: f.count(tour.started),
                        completed: f.count(tour.completed),
                        rate: f.rate(tour.completionRate),
                        days: f.count(tour.medianDaysToComplete),
                      })}
                </p>
              }
              chart={tour.hidden ? undefined : chart(`tour-${i}`, 'bar', charts.tours[i]!)}
              columns={[
                col('ins.col.step', (s) => `${s.index + 1}. ${s.key}`),
                col('ins.col.reached', (s) => f.count(s.reached)),
                col('ins.col.stoppedHere', (s) => f.count(s.stoppedHere)),
              ]}
              rows={tour.hidden ? [] : tour.steps}
              rowKey={(s) => s.key}
            />
          </div>
        ))}
      />
      <ChartSection<Item>
        {...common}
        id="items"
        title={it('ins.items')}
        table="items"
        columns={[
          col('ins.col.title', (i) => i.title),
          col('ins.col.firstSentAt', (i) => (i.firstSentAt ? f.day(i.firstSentAt) : it('ins.no_figure'))),
          col('ins.col.delivered', (i) => f.count(i.delivered)),
          col('ins.col.read', (i) => f.count(i.read)),
          col('ins.col.acknowledged', (i) => f.count(i.acknowledged)),
          col('ins.col.readRate', (i) => f.rate(i.readRate)),
          col('ins.col.acknowledgedRate', (i) => f.rate(i.acknowledgedRate)),
          col('ins.col.medianMinutesToAcknowledge', (i) => f.count(i.medianMinutesToAcknowledge)),
        ]}
        rows={d.items}
        rowKey={(i) => i.newsId}
      />
      {d.groups.length > 0 && (
        <ChartSection<Group>
          {...common}
          id="groups"
          title={it('ins.groups')}
          table="groups"
          note={<p>{it('ins.groups.note')}</p>}
          columns={[
            col('ins.col.group', (g) => g.name),
            col('ins.col.members', (g) => f.count(g.members)),
            col('ins.col.guests', (g) => f.count(g.guests)),
            col('ins.col.invited', (g) => f.count(g.invited)),
            col('ins.col.invitationsAccepted', (g) => f.count(g.invitationsAccepted)),
            col('ins.col.chartersAccepted', (g) => f.count(g.chartersAccepted)),
          ]}
          rows={d.groups}
          rowKey={(g) => g.groupId}
        />
      )}
    </>
  );
}
