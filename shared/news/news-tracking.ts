/**
 * What people do with news, first time each, one signal row per (news, person, kind), and every
 * signal in the event log: read (Teams read receipts, views in the tab or App Home), acknowledged
 * ("I have read it"), clicked (tracked links), reacted. Also who has not acknowledged, and the
 * reminder rounds sent to them.
 */
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import {
  isReadable,
  linkSecret,
  loadRow,
  NEWS_SUBJECT,
  type NewsContext,
  newsIdOfSubject,
  REMINDER_SUBJECT,
  recordSignal,
  signalAt,
} from './news-context.js';
import { peopleAudience, scheduleReminder } from './news-lifecycle.js';
import type { SignalKind } from './news-model.js';
import type { NewsReaction } from './news-service.js';
import { verifyLink } from './tracked-links.js';

const eventOf: Record<SignalKind, string> = {
  delivered: 'news.delivered',
  read: 'news.read',
  acknowledged: 'news.acknowledged',
  clicked: 'news.clicked',
  reacted: 'news.reacted',
};

/** A signal: the row the first time, an event every time it is recorded first. */
export async function signal(
  ctx: NewsContext,
  newsId: string,
  personId: string,
  kind: SignalKind,
  platform: string | null,
  data?: Record<string, unknown>,
): Promise<boolean> {
  const first = await recordSignal(ctx, newsId, personId, kind, platform);
  if (first) {
    await ctx.events.track({
      type: eventOf[kind],
      personId,
      platform,
      subjectType: 'news',
      subjectId: newsId,
      data,
    });
  }
  return first;
}

export async function acknowledge(
  ctx: NewsContext,
  newsId: string,
  person: Person,
  platform: string | null,
): Promise<{ acknowledgedAt: string }> {
  await signal(ctx, newsId, person.id, 'acknowledged', platform);
  // acknowledging is reading
  await recordSignal(ctx, newsId, person.id, 'read', platform);
  return { acknowledgedAt: (await signalAt(ctx, newsId, person.id, 'acknowledged'))! };
}

export async function recordReadReceipt(
  ctx: NewsContext,
  platform: PlatformName,
  conversationId: string,
  lastReadMessageId: string,
): Promise<void> {
  const read = await ctx.delivery.markReadUpTo(platform, conversationId, lastReadMessageId);
  for (const delivery of read) {
    const newsId = newsIdOfSubject(delivery.subjectType, delivery.subjectId);
    if (!newsId || !delivery.personId) continue;
    await signal(ctx, newsId, delivery.personId, 'read', platform, { via: 'read_receipt' });
  }
}

export async function recordReaction(ctx: NewsContext, reaction: NewsReaction): Promise<void> {
  const delivery = await ctx.delivery.findByMessage(
    reaction.platform,
    reaction.conversationId,
    reaction.messageId,
  );
  const newsId = delivery && newsIdOfSubject(delivery.subjectType, delivery.subjectId);
  if (!newsId) return;
  const person = await ctx.people.findByIdentity(reaction.identity);
  if (!person) return;
  const data = { reaction: reaction.reaction, added: reaction.added };
  if (reaction.added) {
    const first = await signal(ctx, newsId, person.id, 'reacted', reaction.platform, data);
    if (first) return;
  }
  // every later reaction (or its removal) still goes to the event log
  await ctx.events.track({
    type: 'news.reacted',
    personId: person.id,
    platform: reaction.platform,
    subjectType: 'news',
    subjectId: newsId,
    data,
  });
}

export async function recordView(
  ctx: NewsContext,
  newsId: string,
  personId: string,
  platform: PlatformName | 'tab',
): Promise<void> {
  await ctx.events.track({ type: 'news.viewed', personId, platform, subjectType: 'news', subjectId: newsId });
  await signal(ctx, newsId, personId, 'read', platform, { via: 'view' });
}

/** The target of a tracked link after recording the click; undefined for a forged token. */
export async function followLink(ctx: NewsContext, token: string): Promise<string | undefined> {
  const claim = verifyLink(token, await linkSecret(ctx));
  if (!claim) return undefined;
  const data = { url: claim.u, deliveryId: claim.d || null };
  if (claim.p) {
    const first = await signal(ctx, claim.n, claim.p, 'clicked', null, data);
    if (!first) {
      await ctx.events.track({
        type: 'news.clicked',
        personId: claim.p,
        subjectType: 'news',
        subjectId: claim.n,
        data,
      });
    }
  } else {
    await ctx.events.track({ type: 'news.clicked', subjectType: 'news', subjectId: claim.n, data });
  }
  return claim.u;
}

/** People who got a copy (status sent) and have not acknowledged, by person id. */
export function pendingQuery(ctx: NewsContext, newsId: string) {
  return ctx.db
    .selectFrom('deliveries as d')
    .select('d.person_id')
    .where('d.subject_type', '=', NEWS_SUBJECT)
    .where('d.subject_id', '=', newsId)
    .where('d.status', '=', 'sent')
    .where('d.person_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('news_signals as s')
            .select('s.person_id')
            .whereRef('s.person_id', '=', 'd.person_id')
            .where('s.news_id', '=', newsId)
            .where('s.kind', '=', 'acknowledged'),
        ),
      ),
    )
    .groupBy('d.person_id');
}

/** One reminder round: a broadcast to those who have not acknowledged, then the next round. */
export async function runReminder(ctx: NewsContext, data: { newsId: string; round: number }): Promise<void> {
  const row = await loadRow(ctx, data.newsId);
  if (row?.strategic !== 1 || !isReadable(row)) return;
  const pending = (await pendingQuery(ctx, row.id).orderBy('d.person_id').execute())
    .map((r) => r.person_id)
    .filter((id): id is string => id !== null);
  if (pending.length > 0) {
    await ctx.delivery.broadcast({
      subjectType: REMINDER_SUBJECT,
      subjectId: `${row.id}:${data.round}`,
      audience: peopleAudience(pending),
    });
    await ctx.db
      .updateTable('news')
      .set({ reminders_sent: data.round })
      .where('id', '=', row.id)
      .where('reminders_sent', '<', data.round)
      .execute();
    await ctx.events.track({
      type: 'news.reminded',
      subjectType: 'news',
      subjectId: row.id,
      data: { round: data.round, people: pending.length },
    });
  }
  if (data.round < ctx.settings.reminderCount && pending.length > 0) {
    await scheduleReminder(ctx, row.id, data.round + 1);
  }
}

/**
 * Of `personIds`, who got a strategic item (a sent copy) and has not acknowledged it although
 * its acknowledgement window is over: published longer ago than every reminder round
 * (NEWS_REMINDER_DELAY × (NEWS_REMINDER_COUNT + 1)), still live (not recalled nor expired).
 */
export async function unacknowledgedPastDate(
  ctx: NewsContext,
  personIds: string[],
  now: Date,
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const window = ctx.settings.reminderDelayMs * (ctx.settings.reminderCount + 1);
  const cutoff = new Date(now.getTime() - window).toISOString();
  const rows = await ctx.db
    .selectFrom('deliveries as d')
    .innerJoin('news as n', 'n.id', 'd.subject_id')
    .select('d.person_id')
    .distinct()
    .where('d.subject_type', '=', NEWS_SUBJECT)
    .where('d.status', '=', 'sent')
    .where('d.person_id', 'in', personIds)
    .where('n.strategic', '=', 1)
    .where('n.status', 'in', ['publishing', 'published'])
    .where('n.published_at', '<=', cutoff)
    .where((eb) => eb.or([eb('n.expires_at', 'is', null), eb('n.expires_at', '>', now.toISOString())]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('news_signals as s')
            .select('s.person_id')
            .whereRef('s.news_id', '=', 'n.id')
            .whereRef('s.person_id', '=', 'd.person_id')
            .where('s.kind', '=', 'acknowledged'),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => r.person_id).filter((id): id is string => id !== null));
}
