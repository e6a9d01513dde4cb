/**
 * Statistics of one news item: delivery progress by status, and per department how many people
 * were targeted, got a copy, read, acknowledged, clicked, reacted; who has not acknowledged; the
 * delivery records with each person's signals (JSON pages or a CSV export).
 */
import { sql } from 'kysely';
import { NEWS_SUBJECT, type NewsContext, toItem } from './news-context.js';
import { settleStatus } from './news-lifecycle.js';
import type { NewsStats, PendingAcknowledgement, SignalCounts } from './news-model.js';
import type { NewsRow } from './news-tables.js';
import { pendingQuery } from './news-tracking.js';

const zero = (): SignalCounts => ({
  targeted: 0,
  delivered: 0,
  read: 0,
  acknowledged: 0,
  clicked: 0,
  reacted: 0,
});

export async function newsStats(ctx: NewsContext, stored: NewsRow): Promise<NewsStats> {
  const row = await settleStatus(ctx, stored);
  const progress = await ctx.delivery.progress(NEWS_SUBJECT, row.id);
  const byDepartment = new Map<string, SignalCounts>();
  const counts = (department: string | null) => {
    const key = department ?? '';
    const found = byDepartment.get(key);
    if (found) return found;
    const fresh = zero();
    byDepartment.set(key, fresh);
    return fresh;
  };
  // people reached (one per person, whatever their platforms), and those with a copy sent
  const reach = await ctx.db
    .selectFrom('deliveries as d')
    .leftJoin('people as p', 'p.id', 'd.person_id')
    .select([
      'p.department as department',
      sql<string | number>`count(distinct d.person_id)`.as('targeted'),
      sql<string | number>`count(distinct case when d.status = 'sent' then d.person_id end)`.as('delivered'),
    ])
    .where('d.subject_type', '=', NEWS_SUBJECT)
    .where('d.subject_id', '=', row.id)
    .where('d.person_id', 'is not', null)
    .groupBy('p.department')
    .execute();
  for (const r of reach) {
    const c = counts(r.department);
    c.targeted += Number(r.targeted);
    c.delivered += Number(r.delivered);
  }
  const signals = await ctx.db
    .selectFrom('news_signals as s')
    .leftJoin('people as p', 'p.id', 's.person_id')
    .select(['p.department as department', 's.kind', sql<string | number>`count(*)`.as('n')])
    .where('s.news_id', '=', row.id)
    .where('s.kind', 'in', ['read', 'acknowledged', 'clicked', 'reacted'])
    .groupBy(['p.department', 's.kind'])
    .execute();
  for (const r of signals) {
    const c = counts(r.department);
    c[r.kind as keyof SignalCounts] += Number(r.n);
  }
  const totals = zero();
  for (const c of byDepartment.values()) {
    for (const key of Object.keys(totals) as (keyof SignalCounts)[]) totals[key] += c[key];
  }
  return {
    newsId: row.id,
    status: toItem(row).status,
    deliveries: {
      total: progress.total,
      byStatus: progress.byStatus,
      done: progress.done,
      sentPerSecond: progress.sentPerSecond,
      etaSeconds: progress.etaSeconds,
    },
    totals,
    byDepartment: [...byDepartment.entries()]
      .map(([department, c]) => ({ department, ...c }))
      .sort((a, b) => a.department.localeCompare(b.department)),
    remindersSent: row.reminders_sent,
  };
}

export async function pendingAcknowledgements(
  ctx: NewsContext,
  newsId: string,
  page: { limit: number; offset: number },
): Promise<{ people: PendingAcknowledgement[]; total: number }> {
  const totalRow = await ctx.db
    .selectFrom(pendingQuery(ctx, newsId).as('q'))
    .select(sql<string | number>`count(*)`.as('n'))
    .executeTakeFirst();
  const ids = (
    await pendingQuery(ctx, newsId).orderBy('d.person_id').limit(page.limit).offset(page.offset).execute()
  )
    .map((r) => r.person_id)
    .filter((id): id is string => id !== null);
  const people: PendingAcknowledgement[] = [];
  if (ids.length > 0) {
    const rows = await ctx.db
      .selectFrom('people as p')
      .innerJoin('deliveries as d', 'd.person_id', 'p.id')
      .select(['p.id', 'p.display_name', 'p.email', 'p.department', 'd.platform'])
      .where('d.subject_type', '=', NEWS_SUBJECT)
      .where('d.subject_id', '=', newsId)
      .where('d.status', '=', 'sent')
      .where('p.id', 'in', ids)
      .orderBy('p.id')
      .execute();
    const byId = new Map<string, PendingAcknowledgement>();
    for (const r of rows) {
      const entry = byId.get(r.id);
      if (entry) {
        if (!entry.platforms.includes(r.platform)) entry.platforms.push(r.platform);
      } else {
        byId.set(r.id, {
          personId: r.id,
          displayName: r.display_name,
          email: r.email,
          department: r.department,
          platforms: [r.platform],
        });
      }
    }
    people.push(...ids.map((id) => byId.get(id)).filter((p): p is PendingAcknowledgement => Boolean(p)));
  }
  return { people, total: Number(totalRow?.n ?? 0) };
}

export interface DeliveryRecordView {
  deliveryId: string;
  personId: string | null;
  displayName: string | null;
  email: string | null;
  department: string | null;
  platform: string | null;
  channelName: string | null;
  /** where the copy is: enough to find it on the platform */
  conversationId: string | null;
  messageId: string | null;
  status: string;
  /** a sent copy already replaced by the recall's "withdrawn" card */
  withdrawn: boolean;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
  clickedAt: string | null;
  reactedAt: string | null;
}

/** One page of delivery records with the person and their signals. */
export async function deliveryRecords(
  ctx: NewsContext,
  newsId: string,
  query: { status?: string; limit: number; offset: number },
): Promise<{ deliveries: DeliveryRecordView[]; total: number }> {
  const page = await ctx.delivery.list(NEWS_SUBJECT, newsId, {
    status: query.status as never,
    limit: query.limit,
    offset: query.offset,
  });
  const personIds = [
    ...new Set(page.deliveries.map((d) => d.personId).filter((id): id is string => Boolean(id))),
  ];
  const people = personIds.length
    ? await ctx.db
        .selectFrom('people')
        .select(['id', 'display_name', 'email', 'department'])
        .where('id', 'in', personIds)
        .execute()
    : [];
  const signals = personIds.length
    ? await ctx.db
        .selectFrom('news_signals')
        .select(['person_id', 'kind', 'at'])
        .where('news_id', '=', newsId)
        .where('person_id', 'in', personIds)
        .execute()
    : [];
  const personOf = new Map(people.map((p) => [p.id, p]));
  const signalOf = new Map(signals.map((s) => [`${s.person_id}:${s.kind}`, s.at]));
  const at = (personId: string | null, kind: string) =>
    personId ? (signalOf.get(`${personId}:${kind}`) ?? null) : null;
  return {
    total: page.total,
    deliveries: page.deliveries.map((d) => {
      const p = d.personId ? personOf.get(d.personId) : undefined;
      return {
        deliveryId: d.id,
        personId: d.personId,
        displayName: p?.display_name ?? null,
        email: p?.email ?? null,
        department: p?.department ?? null,
        platform: d.platform,
        channelName: d.channelName,
        conversationId: d.conversationId,
        messageId: d.messageId,
        status: d.status,
        withdrawn: d.withdrawn,
        attempts: d.attempts,
        lastError: d.lastError,
        sentAt: d.sentAt,
        readAt: at(d.personId, 'read'),
        acknowledgedAt: at(d.personId, 'acknowledged'),
        clickedAt: at(d.personId, 'clicked'),
        reactedAt: at(d.personId, 'reacted'),
      };
    }),
  };
}

const csvColumns: (keyof DeliveryRecordView)[] = [
  'deliveryId',
  'personId',
  'displayName',
  'email',
  'department',
  'platform',
  'channelName',
  'status',
  'withdrawn',
  'attempts',
  'lastError',
  'sentAt',
  'readAt',
  'acknowledgedAt',
  'clickedAt',
  'reactedAt',
];

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every delivery record as CSV, read page by page. */
export async function* deliveriesCsv(ctx: NewsContext, newsId: string): AsyncGenerator<string> {
  yield `${csvColumns.join(',')}\r\n`;
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const page = await deliveryRecords(ctx, newsId, { limit, offset });
    for (const record of page.deliveries) yield `${csvColumns.map((c) => csvCell(record[c])).join(',')}\r\n`;
    if (page.deliveries.length < limit) break;
  }
}
