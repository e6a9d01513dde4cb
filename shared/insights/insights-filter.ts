/**
 * What a dashboard question selects: a period, a segment (department, site, kind, platform) and
 * the caller's scope (a communicator sees the departments and sites granted to them, an admin
 * everything), as a where clause over the rollup tables, whose cells carry all four.
 */
import type { ExpressionBuilder } from 'kysely';
import type { AuthorScope } from '../audiences/author-scope.js';
import type { PeriodKind } from './insights-day.js';

export interface InsightsFilter {
  period: PeriodKind;
  /** a day of the period, YYYY-MM-DD; default the last day rolled up */
  date?: string;
  department?: string;
  site?: string;
  kind?: 'member' | 'guest';
  platform?: 'teams' | 'slack' | 'tab';
}

/** the segment and scope conditions on a rollup table (its department, site and kind columns) */
// biome-ignore lint/suspicious/noExplicitAny: the three rollup tables share these columns
export function segmentWhere(filter: InsightsFilter, scope: AuthorScope, eb: ExpressionBuilder<any, any>) {
  const conditions = [];
  if (filter.department !== undefined) conditions.push(eb('department', '=', filter.department));
  if (filter.site !== undefined) conditions.push(eb('site', '=', filter.site));
  if (filter.kind !== undefined) conditions.push(eb('kind', '=', filter.kind));
  if (!scope.all) {
    const departments = [...scope.departments];
    const sites = [...scope.sites];
    conditions.push(
      eb.or([
        ...(departments.length ? [eb('department', 'in', departments)] : []),
        ...(sites.length ? [eb('site', 'in', sites)] : []),
      ]),
    );
  }
  return eb.and(conditions);
}
