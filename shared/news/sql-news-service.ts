/**
 * The NewsService over the store, the job queue and the delivery machinery, and the `news.ack`
 * button's handler.
 */

import { requireAuthor } from '../audiences/author-scope.js';
import { assertGroupReader } from '../audiences/group-reader.js';
import { matchesAudience } from '../audiences/resolve-audience.js';
import type { Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import { newsActions } from './news-actions.js';
import { liveNewsOfGroup } from './news-by-group.js';
import { renderNewsCard } from './news-content.js';
import {
  audienceOf,
  isReadable,
  liveStatuses,
  loadRow,
  NEWS_SUBJECT,
  type NewsContext,
  newsIdOfSubject,
  toItem,
} from './news-context.js';
import { homeNews } from './news-home.js';
import {
  approveNews,
  cancelNews,
  createDraftFromChat,
  createNews,
  loadManaged,
  publishNews,
  recallNews,
  settleStatus,
  updateNews,
} from './news-lifecycle.js';
import { type FeedItem, variantFor } from './news-model.js';
import type { NewsService } from './news-service.js';
import { deliveriesCsv, deliveryRecords, newsStats, pendingAcknowledgements } from './news-stats.js';
import type { NewsRow } from './news-tables.js';
import {
  acknowledge,
  followLink,
  recordReaction,
  recordReadReceipt,
  recordView,
  unacknowledgedPastDate,
} from './news-tracking.js';

/** How many recent items a feed looks through (news volume is tens a month, not thousands). */
const FEED_WINDOW = 500;

/** The groups of a reader, read once per request (a feed checks many items). */
const groupsOfReader = (ctx: NewsContext, person: Person): Promise<string[]> =>
  ctx.audienceGroups.groupsOf(person.id);

async function isAddressed(
  ctx: NewsContext,
  row: NewsRow,
  person: Person,
  personGroups?: readonly string[],
): Promise<boolean> {
  if (!person.active) return false;
  const audience = audienceOf(row);
  const groups = personGroups ?? (audience.groups.length > 0 ? await groupsOfReader(ctx, person) : []);
  return (
    matchesAudience(person, audience, groups) ||
    (await ctx.delivery.isAddressedTo(NEWS_SUBJECT, row.id, person.id))
  );
}

/** A readable item addressed to the person, else not_found (a guest cannot learn that it exists). */
async function loadForReader(ctx: NewsContext, id: string, person: Person): Promise<NewsRow> {
  const row = await loadRow(ctx, id);
  if (!row || !isReadable(row) || !(await isAddressed(ctx, row, person))) {
    throw new AppError('not_found', `no news item ${id}`);
  }
  return row;
}

export function createNewsService(ctx: NewsContext): NewsService {
  const service: NewsService = {
    create: (principal, input) => createNews(ctx, principal, input),
    createDraft: (principal, input) => createDraftFromChat(ctx, principal, input),
    update: (principal, id, patch) => updateNews(ctx, principal, id, patch),
    publish: (principal, id, when) => publishNews(ctx, principal, id, when),
    approve: (principal, id) => approveNews(ctx, principal, id),
    cancel: (principal, id) => cancelNews(ctx, principal, id),
    recall: (principal, id) => recallNews(ctx, principal, id),

    async get(principal: Principal, id: string) {
      const author = principal.kind === 'automation' || (await requireAuthorOrNot(ctx, principal));
      if (author) {
        try {
          return toItem(await settleStatus(ctx, await loadManaged(ctx, principal, id)));
        } catch (error) {
          // not theirs to manage (a scoped communicator): they may still be one of its readers
          if (principal.kind === 'automation' || !(error instanceof AppError && error.code === 'not_found')) {
            throw error;
          }
        }
      }
      if (principal.kind !== 'person') throw new AppError('not_found', `no news item ${id}`);
      return toItem(await loadForReader(ctx, id, principal.person));
    },

    async list(principal, query) {
      const scope = await requireAuthor(principal, ctx.audienceGroups);
      let q = ctx.db.selectFrom('news');
      if (!scope.all) q = q.where('author_id', '=', principal.kind === 'person' ? principal.person.id : '');
      const now = new Date().toISOString();
      if (query.status === 'expired') {
        q = q.where('status', 'in', [...liveStatuses]).where('expires_at', '<=', now);
      } else if (query.status) {
        q = q.where('status', '=', query.status);
        if (liveStatuses.includes(query.status)) {
          q = q.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]));
        }
      }
      const total = await q.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
      const rows = await q
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      const settled = await Promise.all(rows.map((row) => settleStatus(ctx, row)));
      return { items: settled.map(toItem), total: Number(total?.n ?? 0) };
    },

    async ofGroup(principal, groupId, { limit }) {
      await assertGroupReader(principal, ctx.audienceGroups, groupId);
      return (await liveNewsOfGroup(ctx.db, groupId, liveStatuses, limit)).map(toItem);
    },

    async stats(principal, id) {
      return newsStats(ctx, await loadManaged(ctx, principal, id));
    },

    async deliveries(principal, id, query) {
      await loadManaged(ctx, principal, id);
      return deliveryRecords(ctx, id, query);
    },

    async deliveriesCsv(principal, id) {
      await loadManaged(ctx, principal, id);
      return deliveriesCsv(ctx, id);
    },

    unacknowledgedPastDate: (personIds, now = new Date()) => unacknowledgedPastDate(ctx, personIds, now),

    async pendingAcknowledgements(principal, id, page) {
      await loadManaged(ctx, principal, id);
      return pendingAcknowledgements(ctx, id, page);
    },

    async feed(person, { limit, offset, locale }) {
      const now = new Date().toISOString();
      const rows = await ctx.db
        .selectFrom('news')
        .selectAll()
        .where('status', 'in', [...liveStatuses])
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
        .orderBy('published_at', 'desc')
        .orderBy('id')
        .limit(FEED_WINDOW)
        .execute();
      const addressed: NewsRow[] = [];
      const groups = await groupsOfReader(ctx, person);
      for (const row of rows) {
        if (addressed.length >= offset + limit) break;
        if (await isAddressed(ctx, row, person, groups)) addressed.push(row);
      }
      const page = addressed.slice(offset, offset + limit);
      if (page.length === 0) return [];
      const signals = await ctx.db
        .selectFrom('news_signals')
        .select(['news_id', 'kind', 'at'])
        .where('person_id', '=', person.id)
        .where(
          'news_id',
          'in',
          page.map((r) => r.id),
        )
        .execute();
      const at = (id: string, kind: string) =>
        signals.find((s) => s.news_id === id && s.kind === kind)?.at ?? null;
      return page.map((row): FeedItem => {
        const { locale: shown, variant } = variantFor(toItem(row).variants, locale);
        return {
          id: row.id,
          locale: shown,
          title: variant.title,
          summary: variant.summary,
          body: variant.body,
          imageUrl: variant.imageUrl ?? null,
          buttons: variant.buttons,
          strategic: row.strategic === 1,
          authorName: row.author_name,
          publishedAt: row.published_at ?? row.created_at,
          expiresAt: row.expires_at,
          acknowledgedAt: at(row.id, 'acknowledged'),
          readAt: at(row.id, 'read'),
        };
      });
    },

    async acknowledge(newsId, person, platform) {
      const row = await loadForReader(ctx, newsId, person);
      if (row.strategic !== 1) throw new AppError('conflict', 'this news item asks for no acknowledgement');
      return acknowledge(ctx, newsId, person, platform ?? null);
    },
    recordReadReceipt: (platform, conversationId, lastReadMessageId) =>
      recordReadReceipt(ctx, platform, conversationId, lastReadMessageId),
    recordReaction: (reaction) => recordReaction(ctx, reaction),
    async recordView(newsId, personId, platform) {
      const person = await ctx.people.get(personId);
      if (!person) throw new AppError('not_found', `no person ${personId}`);
      await loadForReader(ctx, newsId, person);
      await recordView(ctx, newsId, personId, platform);
    },
    followLink: (token) => followLink(ctx, token),
    async cardFor(newsId, person, locale) {
      const row = await loadRow(ctx, newsId);
      if (!row || !isReadable(row) || !(await isAddressed(ctx, row, person))) return undefined;
      const [delivery] = await ctx.delivery.findForPerson(NEWS_SUBJECT, newsId, person.id);
      return renderNewsCard(ctx, row, {
        personId: person.id,
        deliveryId: delivery?.id ?? null,
        locale,
        timeZone: person.timeZone,
      });
    },

    home: (person, locale) => homeNews(service, person, locale),
  };
  return service;
}

/** An author (any communicator grant) sees drafts; anyone else is a reader. */
async function requireAuthorOrNot(ctx: NewsContext, principal: Principal): Promise<boolean> {
  try {
    await requireAuthor(principal, ctx.audienceGroups);
    return true;
  } catch {
    return false;
  }
}

/**
 * The "I have read it" button: acknowledges for the clicker and shows their refreshed card; on a
 * copy posted in a channel (everyone's), it records the clicker and answers with a notice.
 */
export function newsAckAction(ctx: NewsContext, news: NewsService) {
  return newsActions.ack.handledBy(async ({ newsId }, request) => {
    const t = translator(request.locale);
    const delivery = request.message
      ? await ctx.delivery.findByMessage(
          request.message.platform,
          request.message.conversationId,
          request.message.messageId,
        )
      : undefined;
    // a copy posted in a channel reached whoever is in it, audience or not; that copy is
    // everyone's, so it keeps its button and the clicker gets a notice
    if (
      delivery &&
      !delivery.personId &&
      newsIdOfSubject(delivery.subjectType, delivery.subjectId) === newsId
    ) {
      const row = await loadRow(ctx, newsId);
      if (row?.strategic !== 1 || !isReadable(row)) return { notice: t('news.ack.unavailable') };
      await acknowledge(ctx, newsId, request.actor, request.platform);
      return { notice: t('news.ack.thanks') };
    }
    try {
      await news.acknowledge(newsId, request.actor, request.platform);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'not_found' || error.code === 'conflict')) {
        return { notice: t('news.ack.unavailable') };
      }
      throw error;
    }
    const card = await news.cardFor(newsId, request.actor, request.locale as Locale);
    return { card, notice: t('news.ack.thanks') };
  });
}
