/**
 * Privacy against differencing: the rollups keep no cell about fewer than INSIGHTS_MIN_GROUP_SIZE
 * people. Hiding a small segment at question time is not enough: a department minus its shown
 * sites, the total minus the shown departments, or a site minus a department that lives only there
 * gives the small group back. So each rollup is recoded once written: a cell under the smallest
 * group shown moves into one pooled "other" cell (department, site and kind all OTHER), and when
 * that pool is itself too small it absorbs the smallest shown cells until it is large enough.
 * Every figure the dashboard can give is then a sum of whole blocks of at least that many people
 * (a shown cell, or the pool), so no sum or difference of figures can isolate a smaller group.
 * The people of a small cell still count in the total and in "other", not in their department,
 * site or kind.
 *
 * Sizes are those of the rollup: people for the day's cells (each platform's own people for its
 * rows), people delivered for an item, journeys started for a tour's month.
 */
export const OTHER = '__other__';

interface Segmented {
  department: string;
  site: string;
  kind: string;
}

export interface PoolRule<T extends Segmented> {
  /** rows pooled together: the same day and platform, item and platform, tour and month */
  groupOf: (row: T) => string;
  size: (row: T) => number;
  /** a row summing two rows of one group, keys of the first */
  merge: (a: T, b: T) => T;
}

export const isPooled = (row: Segmented) =>
  row.department === OTHER && row.site === OTHER && row.kind === OTHER;

/** the rows with every small cell moved into its group's pool; a stable order for reruns */
export function poolSmallCells<T extends Segmented>(rows: readonly T[], min: number, rule: PoolRule<T>): T[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = rule.groupOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const out: T[] = [];
  for (const list of groups.values()) {
    const shown = list
      .filter((r) => !isPooled(r) && rule.size(r) >= min)
      .sort((a, b) => rule.size(a) - rule.size(b) || keyOf(a).localeCompare(keyOf(b)));
    const pooled = list.filter((r) => isPooled(r) || rule.size(r) < min);
    let pool = pooled.reduce<number>((n, r) => n + rule.size(r), 0);
    // too small a pool would be the total minus the shown cells: it takes the smallest shown ones
    while (pooled.length > 0 && pool < min && shown.length > 0) {
      const next = shown.shift()!;
      pooled.push(next);
      pool += rule.size(next);
    }
    out.push(...shown);
    if (pooled.length === 0) continue;
    const first = pooled[0]!;
    let merged: T = { ...first, department: OTHER, site: OTHER, kind: OTHER };
    for (const r of pooled.slice(1)) merged = rule.merge(merged, r);
    out.push(merged);
  }
  return out;
}

const keyOf = (r: Segmented) => `${r.department}\u0000${r.site}\u0000${r.kind}`;
