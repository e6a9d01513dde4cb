/**
 * Phase 2 of a day's rollup: the day's counters per cell (department × site × kind × platform).
 * The database does the per-person work: bitmaps, events and copies are grouped by the person's
 * segment in SQL (joined to people), and only cell rows come back (a few thousand, whatever the
 * number of people or events). The directory's counts come with the segments: a rebuild of 395
 * days counts them once.
 */
import { type RawBuilder, sql } from 'kysely';
import { bitsBetween, bitsUpTo, dayBit, monthOfDay, weekStart } from './insights-day.js';
import type { CellCounter, CellKey, CellRow, InsightsDb } from './insights-tables.js';
import { cellCounters } from './migrations/025-insights.js';
import { COUNTED, dayRange, READ_TYPES } from './rollup-activity.js';
import { insertCellRows } from './rollup-write.js';
import { cellKeyOf, platformBit, type Segments, segmentColumns, segmentJoin } from './segments.js';

type Counters = Record<CellCounter, number>;
interface Cell {
  key: CellKey;
  platform: string;
  counters: Counters;
}
type Cells = Map<string, Cell>;

const CELL_PLATFORMS = ['*', 'teams', 'slack', 'tab'] as const;
/** the bitmap column of each cell platform */
const BITMAPS = { '*': 'any', teams: 'teams', slack: 'slack', tab: 'tab' } as const;

const emptyCounters = (): Counters => Object.fromEntries(cellCounters.map((c) => [c, 0])) as Counters;

function cellOf(cells: Cells, key: CellKey, platform: string): Counters {
  const name = `${platform}\u0000${key.department}\u0000${key.site}\u0000${key.kind}`;
  let c = cells.get(name);
  if (!c) {
    c = { key, platform, counters: emptyCounters() };
    cells.set(name, c);
  }
  return c.counters;
}

/** the segment columns of a row grouped by segment in SQL */
interface SegmentRow {
  department: string;
  site: string;
  kind: string;
}

/** people, reachable and installed per cell: the directory as it is when the segments were read */
function addDirectory(segments: Segments, cells: Cells): void {
  for (const d of segments.directory) {
    const key: CellKey = { department: d.department, site: d.site, kind: d.kind };
    for (const platform of CELL_PLATFORMS) {
      const bit = platformBit(platform);
      if (platform !== '*' && platform !== 'tab' && !(d.accounts & bit)) continue;
      const c = cellOf(cells, key, platform);
      c.people += d.people;
      if (d.accounts & 3) c.reachable += d.people;
      if (d.installed) c.installed += d.people;
    }
  }
}

/** actives of the day, of the week so far and of the month so far, per cell, from the bitmaps */
async function addActives(db: InsightsDb, day: string, cells: Cells): Promise<void> {
  const month = monthOfDay(day);
  const monday = weekStart(day);
  const before = monthOfDay(monday) === month ? undefined : monthOfDay(monday);
  const dayMask = dayBit(day);
  const weekMask = bitsBetween(before ? `${month}-01` : monday, day);
  const monthMask = bitsUpTo(day);
  const beforeMask = before ? bitsBetween(monday, `${before}-31`) : 0;
  // a week begun last month reads both bitmaps of each person, side by side
  const bitmaps = before
    ? sql`(select person_id, ${sql.join(
        (['any', 'teams', 'slack', 'tab'] as const).flatMap((b) => [
          sql`max(case when month = ${month} then ${sql.ref(`days_${b}`)} else 0 end) as ${sql.ref(`now_${b}`)}`,
          sql`max(case when month = ${before} then ${sql.ref(`days_${b}`)} else 0 end) as ${sql.ref(`before_${b}`)}`,
        ]),
      )} from insights_active_days where month in (${month}, ${before}) and days_any <> 0 group by person_id)`
    : sql`(select person_id, days_any as now_any, days_teams as now_teams, days_slack as now_slack,
        days_tab as now_tab, 0 as before_any, 0 as before_teams, 0 as before_slack, 0 as before_tab
        from insights_active_days where month = ${month} and days_any <> 0)`;
  const count = (condition: RawBuilder<unknown>, as: string) =>
    sql`sum(case when ${condition} then 1 else 0 end) as ${sql.ref(as)}`;
  const sums = Object.values(BITMAPS).flatMap((b) => {
    const now = sql.ref(`a.now_${b}`);
    const earlier = sql.ref(`a.before_${b}`);
    return [
      count(sql`(${now} & ${dayMask}) <> 0`, `day_${b}`),
      count(sql`(${now} & ${weekMask}) <> 0 or (${earlier} & ${beforeMask}) <> 0`, `week_${b}`),
      count(sql`(${now} & ${monthMask}) <> 0`, `month_${b}`),
      // a cell is written for anyone with a bit this month or in the week's part of last month
      count(sql`${now} <> 0 or ${earlier} <> 0`, `seen_${b}`),
    ];
  });
  const { rows } = await sql<SegmentRow & Record<string, number | string>>`
    select ${segmentColumns}, ${sql.join(sums)}
    from ${bitmaps} a ${segmentJoin(sql.ref('a.person_id'))}
    group by 1, 2, 3`.execute(db);
  for (const r of rows) {
    for (const platform of CELL_PLATFORMS) {
      const b = BITMAPS[platform];
      if (Number(r[`seen_${b}`]) === 0) continue;
      const c = cellOf(cells, cellKeyOf(r), platform);
      c.active += Number(r[`day_${b}`]);
      c.active_week += Number(r[`week_${b}`]);
      c.active_month += Number(r[`month_${b}`]);
    }
  }
}

/** the day's counted events and sent copies, per cell */
async function addEventsAndCopies(db: InsightsDb, day: string, cells: Cells): Promise<void> {
  const { from, to } = dayRange(day);
  const counted = READ_TYPES.filter((type) => COUNTED[type] && COUNTED[type] !== 'helped');
  const events = await sql<SegmentRow & { platform: string | null; type: string; n: number }>`
    select ${segmentColumns}, e.platform as platform, e.type as type, count(*) as n
    from events e ${segmentJoin(sql.ref('e.person_id'))}
    where e.at >= ${from} and e.at < ${to} and e.type in (${sql.join(counted)})
    group by 1, 2, 3, 4, 5`.execute(db);
  // a colleague helped and nudged the same day is one colleague helped that day, in their own
  // cell (on the platform of one of their events)
  const helpedTypes = Object.keys(COUNTED).filter((type) => COUNTED[type] === 'helped');
  const helped = await sql<SegmentRow & { platform: string | null; n: number }>`
    select ${segmentColumns}, h.platform as platform, count(*) as n
    from (select person_id, min(platform) as platform from events
      where at >= ${from} and at < ${to} and person_id is not null and type in (${sql.join(helpedTypes)})
      group by person_id) h ${segmentJoin(sql.ref('h.person_id'))}
    group by 1, 2, 3, 4`.execute(db);
  const add = (key: CellKey, platform: string | null, counter: CellCounter, n: number) => {
    cellOf(cells, key, '*')[counter] += n;
    if (platformBit(platform)) cellOf(cells, key, platform!)[counter] += n;
  };
  for (const e of events.rows) {
    const counter = COUNTED[e.type];
    if (counter) add(cellKeyOf(e), e.platform, counter, Number(e.n));
  }
  for (const h of helped.rows) add(cellKeyOf(h), h.platform, 'helped', Number(h.n));
  const copies = await sql<SegmentRow & { platform: string | null; strategic: number | null; n: number }>`
    select ${segmentColumns}, d.platform as platform, n.strategic as strategic, count(*) as n
    from deliveries d
    left join news n on n.id = d.subject_id and d.subject_type = 'news'
    ${segmentJoin(sql.ref('d.person_id'))}
    where d.sent_at >= ${from} and d.sent_at < ${to} and d.status = 'sent'
    group by 1, 2, 3, 4, 5`.execute(db);
  for (const d of copies.rows) {
    const n = Number(d.n);
    const strategic = Number(d.strategic ?? 0) === 1 ? n : 0;
    for (const platform of ['*', d.platform]) {
      if (platform !== '*' && !platformBit(platform)) continue;
      const c = cellOf(cells, cellKeyOf(d), platform!);
      c.delivered += n;
      c.strategic_delivered += strategic;
    }
  }
}

/** Phase 2: the day's counters per cell, replacing the day's rows of the cells and totals. */
export async function rollupCells(db: InsightsDb, day: string, segments: Segments): Promise<number> {
  const cells: Cells = new Map();
  addDirectory(segments, cells);
  await addActives(db, day, cells);
  await addEventsAndCopies(db, day, cells);

  const rows: CellRow[] = [...cells.values()].map((c) => ({
    day,
    platform: c.platform,
    ...c.key,
    ...c.counters,
  }));
  const totals = totalsOf(rows);
  await db.transaction().execute(async (tx) => {
    for (const [table, values] of [
      ['insights_cells', rows],
      ['insights_totals', totals],
    ] as const) {
      await tx.deleteFrom(table).where('day', '=', day).execute();
      await insertCellRows(tx, table, values);
    }
  });
  return rows.length;
}

/** the cells summed over everyone, per department, per site and per kind ('*' for the others) */
function totalsOf(rows: readonly CellRow[]): CellRow[] {
  const totals = new Map<string, CellRow>();
  for (const row of rows) {
    const keys = [
      { department: '*', site: '*', kind: '*' },
      { department: row.department, site: '*', kind: '*' },
      { department: '*', site: row.site, kind: '*' },
      { department: '*', site: '*', kind: row.kind },
    ];
    for (const key of keys) {
      const name = `${row.platform}\u0000${key.department}\u0000${key.site}\u0000${key.kind}`;
      let total = totals.get(name);
      if (!total) {
        total = { day: row.day, platform: row.platform, ...key, ...emptyCounters() };
        totals.set(name, total);
      }
      for (const c of cellCounters) total[c] += row[c];
    }
  }
  return [...totals.values()];
}
