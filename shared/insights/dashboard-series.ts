/**
 * The dashboard's reads of the rollups, summed in SQL: the selected segment's counters per day,
 * and per department or site. Never the raw event log.
 */
import { type ExpressionBuilder, sql } from 'kysely';
import type { AuthorScope } from '../audiences/author-scope.js';
import { type InsightsFilter, segmentWhere } from './insights-filter.js';
import type { CellCounter, GroupCellCounter, InsightsDb } from './insights-tables.js';
import { cellCounters as activityCounters } from './migrations/025-insights.js';
import { groupCellCounters } from './migrations/031-insights-groups.js';

/** every counter of the cells: activity (025) and groups (031) */
const cellCounters = [...activityCounters, ...groupCellCounters] as const;
export type Counters = Record<CellCounter | GroupCellCounter, number>;
export interface DayCounters extends Counters {
  day: string;
}

const sums = () => cellCounters.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c));
const numbers = (row: Record<string, unknown>): Counters =>
  Object.fromEntries(cellCounters.map((c) => [c, Number(row[c] ?? 0)])) as Counters;

/**
 * Where a question reads: the totals (one row a day) when the caller sees everything and at most
 * one of department, site and kind is filtered, else the cells under the segment's conditions.
 */
function source(filter: InsightsFilter, scope: AuthorScope, groupBy?: 'department' | 'site') {
  const filtered = [filter.department, filter.site, filter.kind].filter((v) => v !== undefined).length;
  if (!scope.all || filtered > (groupBy ? 0 : 1)) {
    return {
      table: 'insights_cells' as const,
      // biome-ignore lint/suspicious/noExplicitAny: both tables have the segment columns
      where: (eb: ExpressionBuilder<any, any>) => segmentWhere(filter, scope, eb),
    };
  }
  const key = {
    department: filter.department ?? '*',
    site: filter.site ?? '*',
    kind: filter.kind ?? '*',
  };
  // grouped by department: every department's total row, the others '*'
  // biome-ignore lint/suspicious/noExplicitAny: both tables have the segment columns
  const where = (eb: ExpressionBuilder<any, any>) =>
    eb.and([
      groupBy === 'department' ? eb('department', '<>', '*') : eb('department', '=', key.department),
      groupBy === 'site' ? eb('site', '<>', '*') : eb('site', '=', key.site),
      eb('kind', '=', key.kind),
    ]);
  return { table: 'insights_totals' as const, where };
}

/** the segment's counters per day between from and to (inclusive) */
export async function daySeries(
  db: InsightsDb,
  filter: InsightsFilter,
  scope: AuthorScope,
  from: string,
  to: string,
): Promise<DayCounters[]> {
  const { table, where } = source(filter, scope);
  const rows = await db
    .selectFrom(table)
    .select(['day', ...sums()])
    .where('day', '>=', from)
    .where('day', '<=', to)
    .where('platform', '=', filter.platform ?? '*')
    .where(where)
    .groupBy('day')
    .orderBy('day')
    .execute();
  return rows.map((r) => ({ day: r.day, ...numbers(r) }));
}

/** per department or site: people and actives on `lastDay`, counters summed over from..to */
export async function byDimension(
  db: InsightsDb,
  dimension: 'department' | 'site',
  filter: InsightsFilter,
  scope: AuthorScope,
  from: string,
  lastDay: string,
): Promise<(Counters & { name: string })[]> {
  const { table, where } = source(filter, scope, dimension);
  const rows = await db
    .selectFrom(table)
    .select([
      sql.ref<string>(dimension).as('name'),
      ...cellCounters.map((c) =>
        ['people', 'reachable', 'installed', 'active_week', 'active_month'].includes(c)
          ? sql<number>`sum(case when day = ${lastDay} then ${sql.ref(c)} else 0 end)`.as(c)
          : sql<number>`sum(${sql.ref(c)})`.as(c),
      ),
    ])
    .where('day', '>=', from)
    .where('day', '<=', lastDay)
    .where('platform', '=', filter.platform ?? '*')
    .where(where)
    .groupBy(dimension)
    .execute();
  return rows.map((r) => ({ name: String(r.name), ...numbers(r) }));
}
