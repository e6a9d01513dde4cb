/**
 * The dashboard's tables read from the rollups: strategic items (delivered, read, acknowledged,
 * median time to acknowledge) and the welcome tours' funnel. A row about fewer people than the
 * smallest group shown keeps its name but not its figures.
 */
import type { AuthorScope } from '../audiences/author-scope.js';
import { ratio } from './dashboard-figures.js';
import { ACK_MINUTES_EDGES, addInto, medianOf, medianOfWhole, parseCounts } from './histogram.js';
import { type InsightsFilter, segmentWhere } from './insights-filter.js';
import type { InsightsDb } from './insights-tables.js';

export interface ItemFigures {
  newsId: string;
  title: string;
  firstSentAt: string | null;
  hidden: boolean;
  delivered: number | null;
  read: number | null;
  acknowledged: number | null;
  readRate: number | null;
  acknowledgedRate: number | null;
  medianMinutesToAcknowledge: number | null;
}

const titleOf = (variants: string, locale: 'fr' | 'en'): string => {
  try {
    const v = JSON.parse(variants) as Record<string, { title?: string } | undefined>;
    return v[locale]?.title ?? v.fr?.title ?? v.en?.title ?? '';
  } catch {
    return '';
  }
};

export interface StrategicTotals {
  delivered: number;
  read: number;
  acknowledged: number;
  histogram: number[];
}

/** strategic items first sent between from and to (their figures to date), newest first */
export async function strategicItems(
  db: InsightsDb,
  filter: InsightsFilter,
  scope: AuthorScope,
  range: { from: string; to: string },
  minGroup: number,
  locale: 'fr' | 'en',
): Promise<{ items: ItemFigures[]; totals: StrategicTotals }> {
  const rows = await db
    .selectFrom('insights_items')
    .select(['news_id', 'delivered', 'read', 'acknowledged', 'ack_histogram', 'first_sent'])
    .where('platform', '=', filter.platform ?? '*')
    .where('first_sent', '>=', `${range.from}T00:00:00.000Z`)
    .where('first_sent', '<=', `${range.to}T23:59:59.999Z`)
    .where((eb) => segmentWhere(filter, scope, eb))
    .execute();
  const byItem = new Map<string, StrategicTotals & { first: string | null }>();
  const totals: StrategicTotals = { delivered: 0, read: 0, acknowledged: 0, histogram: [] };
  for (const r of rows) {
    let item = byItem.get(r.news_id);
    if (!item) {
      item = { delivered: 0, read: 0, acknowledged: 0, histogram: [], first: r.first_sent };
      byItem.set(r.news_id, item);
    }
    const histogram = parseCounts(r.ack_histogram);
    for (const into of [item, totals]) {
      into.delivered += Number(r.delivered);
      into.read += Number(r.read);
      into.acknowledged += Number(r.acknowledged);
      addInto(into.histogram, histogram);
    }
    if (r.first_sent && (!item.first || r.first_sent < item.first)) item.first = r.first_sent;
  }
  const ids = [...byItem.keys()];
  const news = ids.length
    ? await db.selectFrom('news').select(['id', 'variants']).where('id', 'in', ids).execute()
    : [];
  const titles = new Map(news.map((n) => [n.id, titleOf(n.variants, locale)]));
  const items = [...byItem]
    .map(([newsId, f]): ItemFigures => {
      const hidden = f.delivered < minGroup;
      return {
        newsId,
        title: titles.get(newsId) ?? '',
        firstSentAt: f.first,
        hidden,
        delivered: hidden ? null : f.delivered,
        read: hidden ? null : f.read,
        acknowledged: hidden ? null : f.acknowledged,
        readRate: hidden ? null : ratio(f.read, f.delivered),
        acknowledgedRate: hidden ? null : ratio(f.acknowledged, f.delivered),
        medianMinutesToAcknowledge: hidden ? null : medianOf(f.histogram, ACK_MINUTES_EDGES),
      };
    })
    .sort((a, b) => (b.firstSentAt ?? '').localeCompare(a.firstSentAt ?? ''));
  return { items, totals };
}

export interface TourFunnel {
  tourId: string;
  name: string;
  hidden: boolean;
  started: number | null;
  completed: number | null;
  completionRate: number | null;
  medianDaysToComplete: number | null;
  /** per step: journeys that reached it (completed ones reached every step), and those stopped there */
  steps: { index: number; key: string; reached: number | null; stoppedHere: number | null }[];
}

/** tours whose journeys started in the months from..to */
export async function tourFunnels(
  db: InsightsDb,
  filter: InsightsFilter,
  scope: AuthorScope,
  months: { from: string; to: string },
  minGroup: number,
): Promise<TourFunnel[]> {
  const rows = await db
    .selectFrom('insights_tours')
    .select(['tour_id', 'started', 'completed', 'days_histogram', 'stopped_at_step'])
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .where((eb) => segmentWhere(filter, scope, eb))
    .execute();
  const byTour = new Map<string, { started: number; completed: number; days: number[]; stops: number[] }>();
  for (const r of rows) {
    let t = byTour.get(r.tour_id);
    if (!t) {
      t = { started: 0, completed: 0, days: [], stops: [] };
      byTour.set(r.tour_id, t);
    }
    t.started += Number(r.started);
    t.completed += Number(r.completed);
    addInto(t.days, parseCounts(r.days_histogram));
    addInto(t.stops, parseCounts(r.stopped_at_step));
  }
  const ids = [...byTour.keys()];
  const tours = ids.length
    ? await db.selectFrom('tours').select(['id', 'name', 'steps']).where('id', 'in', ids).execute()
    : [];
  return tours
    .map((tour): TourFunnel => {
      const t = byTour.get(tour.id)!;
      const hidden = t.started < minGroup;
      let keys: string[] = [];
      try {
        keys = (JSON.parse(tour.steps) as { key?: string }[]).map((s, i) => s.key ?? String(i));
      } catch {}
      const stepCount = Math.max(keys.length, t.stops.length);
      const steps = Array.from({ length: stepCount }, (_, index) => {
        const later = t.stops.slice(index).reduce((a, b) => a + b, 0);
        return {
          index,
          key: keys[index] ?? String(index),
          reached: hidden ? null : t.completed + later,
          stoppedHere: hidden ? null : (t.stops[index] ?? 0),
        };
      });
      return {
        tourId: tour.id,
        name: tour.name,
        hidden,
        started: hidden ? null : t.started,
        completed: hidden ? null : t.completed,
        completionRate: hidden ? null : ratio(t.completed, t.started),
        medianDaysToComplete: hidden ? null : medianOfWhole(t.days),
        steps,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
