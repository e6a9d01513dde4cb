/**
 * The dashboard's filters: period and the day it contains, department, site, platform and kind.
 * Departments and sites are chosen among those the API has shown (never typed), so a filter cannot
 * ask for a name that does not exist; the server hides a segment that is too small anyway.
 */
import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { type InsightsQuery, kinds, OTHER, periods, platforms } from './insights-api.js';
import { useInsightsText } from './insights-text.js';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
    border: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalM} 0`,
    '@media print': { display: 'none' },
  },
  legend: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export function InsightsFilters({
  query,
  departments,
  sites,
  onChange,
}: {
  query: InsightsQuery;
  departments: string[];
  sites: string[];
  onChange(next: InsightsQuery): void;
}) {
  const styles = useStyles();
  const { it } = useInsightsText();
  // an empty choice removes the filter
  const set = (key: keyof InsightsQuery, value: string) => {
    const next = { ...query } as Record<string, string | undefined>;
    if (value) next[key] = value;
    else delete next[key];
    onChange(next as InsightsQuery);
  };
  const options = (names: string[]) => names.filter((n) => n !== OTHER);
  return (
    <fieldset className={styles.filters} data-testid="insights-filters">
      <legend className={styles.legend}>{it('ins.filters')}</legend>
      <Field label={it('ins.filter.period')}>
        <Select value={query.period ?? 'week'} onChange={(_, d) => set('period', d.value)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {it(`ins.period.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={it('ins.filter.date')}>
        <Input type="date" value={query.date ?? ''} onChange={(_, d) => set('date', d.value)} />
      </Field>
      <Field label={it('ins.filter.department')}>
        <Select value={query.department ?? ''} onChange={(_, d) => set('department', d.value)}>
          <option value="">{it('ins.filter.all')}</option>
          {options(departments).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={it('ins.filter.site')}>
        <Select value={query.site ?? ''} onChange={(_, d) => set('site', d.value)}>
          <option value="">{it('ins.filter.all')}</option>
          {options(sites).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={it('ins.filter.platform')}>
        <Select value={query.platform ?? ''} onChange={(_, d) => set('platform', d.value)}>
          <option value="">{it('ins.filter.all')}</option>
          {platforms.map((p) => (
            <option key={p} value={p}>
              {it(`ins.platform.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={it('ins.filter.kind')}>
        <Select value={query.kind ?? ''} onChange={(_, d) => set('kind', d.value)}>
          <option value="">{it('ins.filter.all')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {it(`ins.kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
    </fieldset>
  );
}
