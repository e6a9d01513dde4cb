/**
 * The rollup's privacy phase: the day's cells, the strategic items and satisfaction surveys touched
 * that day and the tours' rows, each with its small cells pooled (privacy-pool.ts), and the day's totals summed again
 * from the pooled cells. It runs after the phases that write those rows and replaces them, so a
 * rerun gives the same rows. The same pooling, applied to rows already rolled, re-pools old days
 * at a larger size (repoolDay, repoolRows: repool-job.ts).
 */
import { addInto, parseCounts } from './histogram.js';
import type {
  CellRow,
  GroupCellCounter,
  InsightsDb,
  InsightsTables,
  SatisfactionRow,
} from './insights-tables.js';
import { cellCounters } from './migrations/025-insights.js';
import { satisfactionCounters } from './migrations/030-insights-satisfaction.js';
import { groupCellCounters } from './migrations/031-insights-groups.js';
import { type PoolRule, poolSmallCells } from './privacy-pool.js';
import { itemsOfDay } from './rollup-items.js';
import { satisfactionSurveysOfDay } from './rollup-satisfaction.js';
import { insertCellRows } from './rollup-write.js';

type ItemRow = InsightsTables['insights_items'];
type PooledCell = CellRow & Record<GroupCellCounter, number>;
const counters = [...cellCounters, ...groupCellCounters] as const;
type TourRow = InsightsTables['insights_tours'];

const sumJson = (a: string, b: string) => JSON.stringify(addInto(parseCounts(a), parseCounts(b)));

const cellRule: PoolRule<PooledCell> = {
  groupOf: (r) => `${r.day}\u0000${r.platform}`,
  size: (r) => Number(r.people),
  merge: (a, b) => {
    const out = { ...a };
    for (const c of counters) out[c] = Number(a[c]) + Number(b[c]);
    return out;
  },
};

/** the pooled cells summed over everyone, per department, per site and per kind ('*' for the others) */
function totalsOf(rows: readonly PooledCell[]): PooledCell[] {
  const totals = new Map<string, PooledCell>();
  for (const row of rows) {
    for (const key of [
      { department: '*', site: '*', kind: '*' },
      { department: row.department, site: '*', kind: '*' },
      { department: '*', site: row.site, kind: '*' },
      { department: '*', site: '*', kind: row.kind },
    ]) {
      const name = `${row.platform}\u0000${key.department}\u0000${key.site}\u0000${key.kind}`;
      let total = totals.get(name);
      if (!total) {
        total = { ...row, ...key };
        for (const c of counters) total[c] = 0;
        totals.set(name, total);
      }
      for (const c of counters) total[c] += Number(row[c]);
    }
  }
  return [...totals.values()];
}

const itemRule: PoolRule<ItemRow> = {
  groupOf: (r) => `${r.news_id}\u0000${r.platform}`,
  size: (r) => Number(r.delivered),
  merge: (a, b) => ({
    ...a,
    delivered: Number(a.delivered) + Number(b.delivered),
    read: Number(a.read) + Number(b.read),
    acknowledged: Number(a.acknowledged) + Number(b.acknowledged),
    ack_histogram: sumJson(a.ack_histogram, b.ack_histogram),
    first_sent: [a.first_sent, b.first_sent].filter((s) => s !== null).sort()[0] ?? null,
  }),
};

const tourRule: PoolRule<TourRow> = {
  groupOf: (r) => `${r.tour_id}\u0000${r.month}`,
  size: (r) => Number(r.started),
  merge: (a, b) => ({
    ...a,
    started: Number(a.started) + Number(b.started),
    completed: Number(a.completed) + Number(b.completed),
    days_histogram: sumJson(a.days_histogram, b.days_histogram),
    stopped_at_step: sumJson(a.stopped_at_step, b.stopped_at_step),
  }),
};

const satisfactionRule: PoolRule<SatisfactionRow> = {
  groupOf: (r) => `${r.survey_id}\u0000${r.platform}`,
  size: (r) => Number(r.respondents),
  merge: (a, b) => {
    const out = { ...a };
    for (const c of satisfactionCounters) out[c] = Number(a[c]) + Number(b[c]);
    return out;
  },
};

const CHUNK = 400;

type Tx = InsightsDb;
const insertChunks = async <T>(write: (rows: T[]) => Promise<unknown>, rows: readonly T[]) => {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
};

/** the day's cells pooled and its totals summed again, written by the returned function */
async function pooledDay(db: InsightsDb, day: string, min: number): Promise<(tx: Tx) => Promise<void>> {
  const cells = poolSmallCells(
    await db.selectFrom('insights_cells').selectAll().where('day', '=', day).execute(),
    min,
    cellRule,
  );
  const totals = totalsOf(cells);
  return async (tx) => {
    await tx.deleteFrom('insights_cells').where('day', '=', day).execute();
    await tx.deleteFrom('insights_totals').where('day', '=', day).execute();
    await insertCellRows(tx, 'insights_cells', cells);
    await insertCellRows(tx, 'insights_totals', totals);
    // what an old day was pooled at: a larger size configured later re-pools it (repool-job.ts)
    await tx.updateTable('insights_runs').set({ pooled_at: min }).where('day', '=', day).execute();
  };
}

/** which rows beside a day's cells to pool: strategic items and surveys by id, the tours or not */
export interface PooledRows {
  newsIds: readonly string[];
  surveyIds: readonly string[];
  tours: boolean;
}

async function pooledRows(
  db: InsightsDb,
  which: PooledRows,
  min: number,
): Promise<(tx: Tx) => Promise<void>> {
  const { newsIds, surveyIds } = which;
  const items = newsIds.length
    ? poolSmallCells(
        await db.selectFrom('insights_items').selectAll().where('news_id', 'in', newsIds).execute(),
        min,
        itemRule,
      )
    : [];
  const satisfaction = surveyIds.length
    ? poolSmallCells(
        await db
          .selectFrom('insights_satisfaction')
          .selectAll()
          .where('survey_id', 'in', surveyIds)
          .execute(),
        min,
        satisfactionRule,
      )
    : [];
  const tours = which.tours
    ? poolSmallCells(await db.selectFrom('insights_tours').selectAll().execute(), min, tourRule)
    : undefined;
  return async (tx) => {
    if (newsIds.length) {
      await tx.deleteFrom('insights_items').where('news_id', 'in', newsIds).execute();
      await insertChunks((rows) => tx.insertInto('insights_items').values(rows).execute(), items);
    }
    if (surveyIds.length) {
      await tx.deleteFrom('insights_satisfaction').where('survey_id', 'in', surveyIds).execute();
      await insertChunks(
        (rows) => tx.insertInto('insights_satisfaction').values(rows).execute(),
        satisfaction,
      );
    }
    if (tours) {
      await tx.deleteFrom('insights_tours').execute();
      await insertChunks((rows) => tx.insertInto('insights_tours').values(rows).execute(), tours);
    }
  };
}

/** the privacy phase of a day's rollup: its cells, the items and surveys touched that day, the tours */
export async function rollupPrivacy(
  db: InsightsDb,
  day: string,
  options: { minGroupSize: number; tours: boolean },
): Promise<void> {
  const min = options.minGroupSize;
  const writeDay = await pooledDay(db, day, min);
  const writeRows = await pooledRows(
    db,
    {
      newsIds: await itemsOfDay(db, day),
      surveyIds: await satisfactionSurveysOfDay(db, day),
      tours: options.tours,
    },
    min,
  );
  await db.transaction().execute(async (tx) => {
    await writeDay(tx);
    await writeRows(tx);
  });
}

/** An old day's cells pooled again at `min` (its rows are pooled already, pooling them again only merges more). */
export async function repoolDay(db: InsightsDb, day: string, min: number): Promise<void> {
  const write = await pooledDay(db, day, min);
  await db.transaction().execute(write);
}

/** Every strategic item's, satisfaction survey's and tour's rows pooled again at `min`. */
export async function repoolRows(db: InsightsDb, min: number): Promise<void> {
  const newsIds = (await db.selectFrom('insights_items').select('news_id').distinct().execute()).map(
    (r) => r.news_id,
  );
  const surveyIds = (
    await db.selectFrom('insights_satisfaction').select('survey_id').distinct().execute()
  ).map((r) => r.survey_id);
  const write = await pooledRows(db, { newsIds, surveyIds, tours: true }, min);
  await db.transaction().execute(write);
}
