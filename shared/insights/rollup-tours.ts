/**
 * Welcome tours: per tour, month started and cell, journeys started and completed, the whole days
 * each completion took (histogram) and the step where each unfinished journey stands (drop-off).
 * Recomputed whole from the journeys each day: one row per journey is small even at 100,000.
 */
import { sql } from 'kysely';
import { bucketOf, DAYS_EDGES } from './histogram.js';
import type { InsightsDb, InsightsTables } from './insights-tables.js';
import { cellKeyOf, segmentColumns, segmentJoin } from './segments.js';

type TourRow = InsightsTables['insights_tours'];
const PAGE = 20_000;

export async function rollupTours(db: InsightsDb): Promise<number> {
  const rows = new Map<string, TourRow & { days: number[]; stops: number[] }>();
  let after = '';
  for (;;) {
    // keyset pages of journeys of active people, with their segment
    const { rows: journeys } = await sql<{
      id: string;
      tour_id: string;
      status: string;
      started_at: string;
      completed_at: string | null;
      current_step: number;
      department: string;
      site: string;
      kind: string;
    }>`
      select j.id as id, j.tour_id as tour_id, j.status as status, j.started_at as started_at,
        j.completed_at as completed_at, j.current_step as current_step, ${segmentColumns}
      from journeys j ${segmentJoin(sql.ref('j.person_id'))}
      where j.id > ${after}
      order by j.id
      limit ${PAGE}`.execute(db);
    for (const j of journeys) {
      const cell = cellKeyOf(j);
      const month = j.started_at.slice(0, 7);
      const key = `${j.tour_id}\u0000${month}\u0000${cell.department}\u0000${cell.site}\u0000${cell.kind}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          tour_id: j.tour_id,
          month,
          ...cell,
          started: 0,
          completed: 0,
          days_histogram: '[]',
          stopped_at_step: '[]',
          days: [],
          stops: [],
        };
        rows.set(key, row);
      }
      row.started++;
      if (j.status === 'completed' && j.completed_at) {
        row.completed++;
        const days = Math.floor((Date.parse(j.completed_at) - Date.parse(j.started_at)) / 86_400_000);
        const bucket = bucketOf(Math.max(0, days), DAYS_EDGES);
        while (row.days.length <= bucket) row.days.push(0);
        row.days[bucket]!++;
      } else {
        const step = Math.max(0, Math.min(200, Number(j.current_step)));
        while (row.stops.length <= step) row.stops.push(0);
        row.stops[step]!++;
      }
    }
    if (journeys.length < PAGE) break;
    after = journeys[journeys.length - 1]!.id;
  }
  const values = [...rows.values()].map(({ days, stops, ...row }) => ({
    ...row,
    days_histogram: JSON.stringify(days),
    stopped_at_step: JSON.stringify(stops),
  }));
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('insights_tours').execute();
    for (let i = 0; i < values.length; i += 500) {
      await tx
        .insertInto('insights_tours')
        .values(values.slice(i, i + 500))
        .execute();
    }
  });
  return values.length;
}
