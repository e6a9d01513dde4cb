/**
 * Writes a day's cell rows (a few thousand, 24 columns each) as one JSON parameter the database
 * unpacks, instead of multi-row inserts of one parameter a value: building and compiling 60,000
 * parameters a day was most of the rollup's garbage (and PostgreSQL parsed and planned each
 * 400-row statement anew). The privacy phase writes its pooled rows the same way.
 */
import { PostgresAdapter, sql } from 'kysely';
import type { CellRow, InsightsDb } from './insights-tables.js';
import { cellCounters } from './migrations/025-insights.js';
import { groupCellCounters } from './migrations/031-insights-groups.js';

const KEY_COLUMNS = ['day', 'platform', 'department', 'site', 'kind'] as const;
// the groups' counters are 0 until the groups phase sets them; the privacy phase writes them back
const COLUMNS = [...KEY_COLUMNS, ...cellCounters, ...groupCellCounters] as const;
type WrittenRow = CellRow & Partial<Record<(typeof groupCellCounters)[number], number>>;

export async function insertCellRows(
  db: InsightsDb,
  table: 'insights_cells' | 'insights_totals',
  rows: readonly WrittenRow[],
): Promise<void> {
  if (rows.length === 0) return;
  // one array a row, in COLUMNS' order
  const json = JSON.stringify(rows.map((r) => COLUMNS.map((c) => r[c] ?? 0)));
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const values = COLUMNS.map((c, i) => {
    if (!postgres) return sql`json_extract(value, ${`$[${i}]`})`;
    const type = (KEY_COLUMNS as readonly string[]).includes(c) ? 'text' : 'integer';
    return sql`(value ->> ${sql.lit(i)})::${sql.raw(type)}`;
  });
  const source = postgres ? sql`json_array_elements(${json}::json)` : sql`json_each(${json})`;
  await sql`insert into ${sql.table(table)} (${sql.join(COLUMNS.map((c) => sql.ref(c)))})
    select ${sql.join(values)} from ${source}`.execute(db);
}
