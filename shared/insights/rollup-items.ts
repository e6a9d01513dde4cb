/**
 * Strategic news items: per item and cell, people delivered, who read, who acknowledged, and the
 * time from their copy to their acknowledgement (histogram). An item is recomputed whole on each
 * day it had a delivery or a signal, so its rows are always the item's figures to date.
 */
import { sql } from 'kysely';
import { ACK_MINUTES_EDGES, bucketOf } from './histogram.js';
import { addDays, startOfDay } from './insights-day.js';
import type { InsightsDb, InsightsTables } from './insights-tables.js';
import { cellKeyOf, platformBit, segmentColumns, segmentJoin } from './segments.js';

type ItemRow = InsightsTables['insights_items'];

/** the strategic items touched on `day` (a copy sent, a read, an acknowledgement) */
export async function itemsOfDay(db: InsightsDb, day: string): Promise<string[]> {
  const from = startOfDay(day).toISOString();
  const to = startOfDay(addDays(day, 1)).toISOString();
  const signalled = await db
    .selectFrom('news_signals')
    .select('news_id')
    .where('at', '>=', from)
    .where('at', '<', to)
    .distinct()
    .execute();
  const sent = await db
    .selectFrom('deliveries')
    .select('subject_id')
    .where('subject_type', '=', 'news')
    .where('sent_at', '>=', from)
    .where('sent_at', '<', to)
    .distinct()
    .execute();
  const ids = [...new Set([...signalled.map((s) => s.news_id), ...sent.map((s) => s.subject_id)])];
  if (ids.length === 0) return [];
  const strategic = await db
    .selectFrom('news')
    .select('id')
    .where('id', 'in', ids)
    .where('strategic', '=', 1)
    .execute();
  return strategic.map((s) => s.id);
}

export async function rollupItem(db: InsightsDb, newsId: string): Promise<void> {
  // the copies of active people with their segment; the first copy sent counts (one person
  // reached on both platforms is one reader)
  const { rows: copies } = await sql<{
    person_id: string;
    platform: string | null;
    sent_at: string | null;
    department: string;
    site: string;
    kind: string;
  }>`
    select d.person_id as person_id, d.platform as platform, d.sent_at as sent_at, ${segmentColumns}
    from deliveries d ${segmentJoin(sql.ref('d.person_id'))}
    where d.subject_type = 'news' and d.subject_id = ${newsId} and d.status = 'sent'
    order by d.sent_at, d.id`.execute(db);
  const signals = await db
    .selectFrom('news_signals')
    .select(['person_id', 'kind', 'at'])
    .where('news_id', '=', newsId)
    .where('kind', 'in', ['read', 'acknowledged'])
    .execute();
  const read = new Set<string>();
  const acked = new Map<string, string>();
  for (const s of signals) {
    if (s.kind === 'read') read.add(s.person_id);
    else acked.set(s.person_id, s.at);
  }
  const rows = new Map<string, ItemRow & { histogram: number[] }>();
  const seen = new Set<string>();
  for (const copy of copies) {
    const personId = copy.person_id;
    if (seen.has(personId)) continue;
    seen.add(personId);
    const cell = cellKeyOf(copy);
    for (const platform of ['*', copy.platform]) {
      if (platform !== '*' && !platformBit(platform)) continue;
      const key = `${platform}\u0000${cell.department}\u0000${cell.site}\u0000${cell.kind}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          news_id: newsId,
          platform: platform!,
          ...cell,
          delivered: 0,
          read: 0,
          acknowledged: 0,
          ack_histogram: '[]',
          first_sent: copy.sent_at,
          histogram: [],
        };
        rows.set(key, row);
      }
      row.delivered++;
      if (copy.sent_at && (!row.first_sent || copy.sent_at < row.first_sent)) row.first_sent = copy.sent_at;
      if (read.has(personId) || acked.has(personId)) row.read++;
      const ackAt = acked.get(personId);
      if (ackAt) {
        row.acknowledged++;
        const minutes = copy.sent_at
          ? Math.max(0, (Date.parse(ackAt) - Date.parse(copy.sent_at)) / 60_000)
          : 0;
        const bucket = bucketOf(minutes, ACK_MINUTES_EDGES);
        while (row.histogram.length <= bucket) row.histogram.push(0);
        row.histogram[bucket]!++;
      }
    }
  }
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('insights_items').where('news_id', '=', newsId).execute();
    const values = [...rows.values()].map(({ histogram, ...row }) => ({
      ...row,
      ack_histogram: JSON.stringify(histogram),
    }));
    for (let i = 0; i < values.length; i += 500) {
      await tx
        .insertInto('insights_items')
        .values(values.slice(i, i + 500))
        .execute();
    }
  });
}

/** Phase 3: every strategic item touched on `day`, recomputed. */
export async function rollupItems(db: InsightsDb, day: string): Promise<number> {
  const ids = await itemsOfDay(db, day);
  for (const id of ids) await rollupItem(db, id);
  return ids.length;
}
