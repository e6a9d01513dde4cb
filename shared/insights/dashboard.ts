/**
 * The dashboard's answer for one question (period, segment, caller's scope): headline figures
 * with the previous period and the change, the trend over the last periods, bars by department
 * and by site, the tours' funnel and the strategic items. Privacy by construction: a selected
 * segment smaller than the smallest group shown answers no figure at all; a department or site
 * under it joins "other" (and "other" under it shows no figure); no per-person row exists.
 * Differencing is stopped in the rollups themselves: every row read here is a whole block of at
 * least that many people (privacy-pool.ts).
 */
import type { AuthorScope } from '../audiences/author-scope.js';
import { figuresOf, type PeriodFigures, ratio } from './dashboard-figures.js';
import { type GroupFigures, groupFigures } from './dashboard-groups.js';
import { type Satisfaction, satisfaction } from './dashboard-satisfaction.js';
import { byDimension, type Counters, daySeries } from './dashboard-series.js';
import { type ItemFigures, strategicItems, type TourFunnel, tourFunnels } from './dashboard-tables.js';
import { ACK_MINUTES_EDGES, medianOf } from './histogram.js';
import { addDays, dayOf, type Period, periodOf, previousPeriod } from './insights-day.js';
import type { InsightsFilter } from './insights-filter.js';
import type { InsightsDb } from './insights-tables.js';
import { OTHER } from './privacy-pool.js';
import { lastRolledUpDay } from './rollup.js';

export { OTHER };

const TREND_PERIODS: Record<Period['kind'], number> = { day: 30, week: 12, month: 12 };

export interface Headline {
  key:
    | keyof PeriodFigures
    | 'activeGuests'
    | 'strategicReadRate'
    | 'strategicAcknowledgedRate'
    | 'medianMinutesToAcknowledge';
  value: number | null;
  previous: number | null;
  change: number | null;
}

export interface Bar {
  name: string;
  people: number | null;
  active: number | null;
  connectionRate: number | null;
  interactionRate: number | null;
}

export interface TrendPoint {
  from: string;
  to: string;
  people: number | null;
  active: number | null;
  connectionRate: number | null;
  activeDaysPerActive: number | null;
  interactionRate: number | null;
  tabMinutes: number | null;
}

export interface Dashboard {
  period: Period & { previousFrom: string; previousTo: string };
  lastRolledUpDay: string | null;
  minGroupSize: number;
  /** the selected segment has fewer people than the smallest group shown: no figure */
  hidden: boolean;
  headline: Headline[];
  trend: TrendPoint[];
  departments: Bar[];
  sites: Bar[];
  tours: TourFunnel[];
  items: ItemFigures[];
  /** extranet groups (dashboard-groups.ts): their own segment, the other filters do not apply */
  groups: GroupFigures[];
  /** the latest satisfaction survey by the period's end, in the segment; null when none was answered */
  satisfaction: Satisfaction | null;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

function bars(rows: (Counters & { name: string })[], period: Period, minGroup: number): Bar[] {
  const activeOf = (r: Counters) =>
    period.kind === 'month' ? r.active_month : period.kind === 'week' ? r.active_week : r.active;
  const bar = (name: string, r: Counters): Bar => {
    const interactions = r.reactions + r.clicks + r.votes + r.answers;
    return {
      name,
      people: r.people,
      active: activeOf(r),
      connectionRate: ratio(activeOf(r), r.people),
      interactionRate: ratio(interactions, r.delivered),
    };
  };
  const shown: Bar[] = [];
  let other: Counters | undefined;
  for (const r of rows) {
    // the rollups' pool (small cells) and unknown names are "other" too
    if (r.people >= minGroup && r.name !== '' && r.name !== OTHER) {
      shown.push(bar(r.name, r));
      continue;
    }
    // small or unknown: folded into "other", never shown alone
    other ??= Object.fromEntries(
      Object.keys(r)
        .filter((k) => k !== 'name')
        .map((k) => [k, 0]),
    ) as Counters;
    for (const k of Object.keys(other) as (keyof Counters)[]) other[k] += r[k];
  }
  shown.sort((a, b) => a.name.localeCompare(b.name));
  if (other && other.people > 0) {
    shown.push(
      other.people >= minGroup
        ? bar(OTHER, other)
        : { name: OTHER, people: null, active: null, connectionRate: null, interactionRate: null },
    );
  }
  return shown;
}

/** a platform keeps its own pool: no row there means nobody on it, not a small group */
const isSegment = (f: InsightsFilter) =>
  f.department !== undefined || f.site !== undefined || f.kind !== undefined;

/** the last day of a period that has figures (the period may end after the last rollup) */
const lastDayOf = (period: Period, last: string) => (period.to < last ? period.to : last);

export async function dashboard(
  db: InsightsDb,
  filter: InsightsFilter,
  scope: AuthorScope,
  settings: { minGroupSize: number; locale: 'fr' | 'en'; today?: Date },
): Promise<Dashboard> {
  const last = (await lastRolledUpDay(db)) ?? null;
  const day = filter.date ?? last ?? dayOf(settings.today ?? new Date());
  const period = periodOf(filter.period, day);
  const previous = previousPeriod(period);
  let first = period;
  for (let i = 1; i < TREND_PERIODS[filter.period]; i++) first = previousPeriod(first);
  const series = await daySeries(db, filter, scope, first.from, period.to);
  const current = figuresOf(period, series);
  const before = figuresOf(previous, series);
  const base = {
    period: { ...period, previousFrom: previous.from, previousTo: previous.to },
    lastRolledUpDay: last,
    minGroupSize: settings.minGroupSize,
  };
  if (!current || current.people < settings.minGroupSize) {
    // a segment whose cells were all pooled has no rows of its own: hidden, not empty; unless
    // nobody at all is there (a platform nobody uses)
    const pooledAway =
      !current &&
      last !== null &&
      isSegment(filter) &&
      (
        await daySeries(
          db,
          { period: filter.period, platform: filter.platform },
          scope,
          period.from,
          period.to,
        )
      ).length > 0;
    return {
      ...base,
      hidden: current !== null || pooledAway,
      satisfaction: null,
      headline: [],
      trend: [],
      departments: [],
      sites: [],
      tours: [],
      items: [],
      groups: [],
    };
  }

  const strategicNow = await strategicItems(
    db,
    filter,
    scope,
    period,
    settings.minGroupSize,
    settings.locale,
  );
  const strategicBefore = await strategicItems(
    db,
    filter,
    scope,
    previous,
    settings.minGroupSize,
    settings.locale,
  );
  const strategic = (t: typeof strategicNow.totals) => ({
    strategicReadRate: ratio(t.read, t.delivered),
    strategicAcknowledgedRate: ratio(t.acknowledged, t.delivered),
    medianMinutesToAcknowledge:
      t.delivered >= settings.minGroupSize ? medianOf(t.histogram, ACK_MINUTES_EDGES) : null,
  });
  // active guests: the same question narrowed to guests (members asked: none)
  const guestSeries =
    filter.kind === 'member'
      ? []
      : await daySeries(db, { ...filter, kind: 'guest' }, scope, previous.from, period.to);
  const activeGuests = (p: Period) => {
    const g = figuresOf(p, guestSeries);
    return g && g.people >= settings.minGroupSize ? g.active : null;
  };
  const now = { ...current, activeGuests: activeGuests(period), ...strategic(strategicNow.totals) };
  const then = before
    ? { ...before, activeGuests: activeGuests(previous), ...strategic(strategicBefore.totals) }
    : undefined;
  const headline = (Object.keys(now) as Headline['key'][]).map((key): Headline => {
    const value = now[key];
    const prior = then?.[key] ?? null;
    return {
      key,
      value,
      previous: prior,
      change: value !== null && prior !== null ? round(value - prior) : null,
    };
  });

  const trend: TrendPoint[] = [];
  for (let p = first; p.from <= period.from; p = periodOf(p.kind, addDays(p.to, 1))) {
    const f = figuresOf(p, series);
    const small = !f || f.people < settings.minGroupSize;
    trend.push({
      from: p.from,
      to: p.to,
      people: small ? null : f.people,
      active: small ? null : f.active,
      connectionRate: small ? null : f.connectionRate,
      activeDaysPerActive: small ? null : f.activeDaysPerActive,
      interactionRate: small ? null : f.interactionRate,
      tabMinutes: small ? null : f.tabMinutes,
    });
  }

  const lastDay = lastDayOf(period, last ?? period.to);
  const departments = bars(
    await byDimension(db, 'department', filter, scope, period.from, lastDay),
    period,
    settings.minGroupSize,
  );
  const sites = bars(
    await byDimension(db, 'site', filter, scope, period.from, lastDay),
    period,
    settings.minGroupSize,
  );
  const tours = await tourFunnels(
    db,
    filter,
    scope,
    { from: first.from.slice(0, 7), to: period.to.slice(0, 7) },
    settings.minGroupSize,
  );
  return {
    ...base,
    hidden: false,
    headline,
    trend,
    departments,
    sites,
    tours,
    items: strategicNow.items,
    groups: await groupFigures(
      db,
      scope,
      { from: period.from, lastDay },
      settings.minGroupSize,
      settings.locale,
    ),
    satisfaction: await satisfaction(db, filter, scope, period.to, settings.minGroupSize),
  };
}
