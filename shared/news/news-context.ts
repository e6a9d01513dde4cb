/**
 * What the news modules share: the store (with the news tables), the job queue, people, the
 * event log, the delivery machinery and the news settings; plus row ↔ item mapping and the
 * idempotent signal write every tracking path uses.
 */

import { type Audience, audienceSchema } from '../audiences/audience.js';
import type { AudienceGroups } from '../audiences/audience-groups.js';
import type { DeliveryService } from '../delivery/delivery-service.js';
import type { EventLog } from '../events/event-log.js';
import type { Locale } from '../i18n/i18n.js';
import type { JobQueue } from '../jobs/queue.js';
import type { Logger } from '../logging/logger.js';
import type { PeopleService } from '../people/people-service.js';
import type { NewsItem, NewsStatus, NewsVariants, SignalKind } from './news-model.js';
import type { NewsDb, NewsRow } from './news-tables.js';

export interface NewsSettings {
  /** NEWS_APPROVAL_REQUIRED */
  approvalRequired: boolean;
  /** NEWS_REMINDER_DELAY */
  reminderDelayMs: number;
  /** NEWS_REMINDER_COUNT (0 = no reminders) */
  reminderCount: number;
  publicUrl: string;
  consoleUrl: string;
  defaultLocale: Locale;
}

export interface NewsContext {
  db: NewsDb;
  jobs: JobQueue;
  people: PeopleService;
  events: EventLog;
  delivery: DeliveryService;
  /** who is in which group: audiences naming groups, group authors, guests' reads */
  audienceGroups: AudienceGroups;
  settings: NewsSettings;
  logger: Logger;
}

/** Subject types this feature hands to the delivery machinery. */
export const NEWS_SUBJECT = 'news';
/** reminders: subject id `${newsId}:${round}` */
export const REMINDER_SUBJECT = 'news.reminder';

export const newsIdOfSubject = (subjectType: string, subjectId: string): string | undefined =>
  subjectType === NEWS_SUBJECT
    ? subjectId
    : subjectType === REMINDER_SUBJECT
      ? subjectId.slice(0, subjectId.lastIndexOf(':'))
      : undefined;

/** Statuses whose copies are out there (or going out). */
export const liveStatuses: readonly string[] = ['publishing', 'published'];

export const isExpired = (row: Pick<NewsRow, 'expires_at'>, now = Date.now()): boolean =>
  row.expires_at !== null && Date.parse(row.expires_at) <= now;

/** Published, not recalled, not expired: readable by its audience. */
export const isReadable = (row: NewsRow): boolean => liveStatuses.includes(row.status) && !isExpired(row);

export function toItem(row: NewsRow): NewsItem {
  const status = (liveStatuses.includes(row.status) && isExpired(row) ? 'expired' : row.status) as NewsStatus;
  return {
    id: row.id,
    status,
    variants: JSON.parse(row.variants) as NewsVariants,
    audience: audienceOf(row),
    strategic: row.strategic === 1,
    expiresAt: row.expires_at,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishAt: row.publish_at,
    publishTimeZone: row.publish_time_zone,
    publishedAt: row.published_at,
    recalledAt: row.recalled_at,
    cancelledAt: row.cancelled_at,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    remindersSent: row.reminders_sent,
  };
}

export const audienceOf = (row: NewsRow): Audience => audienceSchema.parse(JSON.parse(row.audience));

export async function loadRow(ctx: NewsContext, id: string): Promise<NewsRow | undefined> {
  return ctx.db.selectFrom('news').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records a signal the first time; true when this call recorded it. */
export async function recordSignal(
  ctx: NewsContext,
  newsId: string,
  personId: string,
  kind: SignalKind,
  platform: string | null,
): Promise<boolean> {
  const result = await ctx.db
    .insertInto('news_signals')
    .values({ news_id: newsId, person_id: personId, kind, platform, at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['news_id', 'person_id', 'kind']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function signalAt(
  ctx: NewsContext,
  newsId: string,
  personId: string,
  kind: SignalKind,
): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('news_signals')
    .select('at')
    .where('news_id', '=', newsId)
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row?.at ?? null;
}

const secrets = new WeakMap<NewsContext, Promise<string>>();

/** The tracked-link key made by migration 005 (read once per server). */
export function linkSecret(ctx: NewsContext): Promise<string> {
  let secret = secrets.get(ctx);
  if (!secret) {
    secret = ctx.db
      .selectFrom('news_link_keys')
      .select('secret')
      .where('id', '=', 'links')
      .executeTakeFirstOrThrow()
      .then((row) => row.secret);
    secrets.set(ctx, secret);
  }
  return secret;
}
