/**
 * Every card the guests' side sends, as a durable job on one queue: the job id says what the
 * notice is about (the charter version, the review and manager, the guest's expiry date), so a
 * sweep that runs again, or on two instances, adds nothing new, and a failed send is retried by
 * the queue. Each card is built at send time in its reader's language.
 */
import { escapeMarkdown } from '../../cards/markdown.js';
import { DeliveryError } from '../../errors/errors.js';
import { translator } from '../../i18n/i18n.js';
import { RetryLaterError } from '../../jobs/queue.js';
import { charterCard } from '../charter/charter-card.js';
import { pendingCharters } from '../charter/charter-queries.js';
import type { GuestsContext } from './guests-context.js';
import {
  expiryGuestCard,
  expiryManagerCard,
  noticeCard,
  reviewCard,
  reviewReportCard,
} from './review-cards.js';
import { reviewView } from './review-view.js';
import { groupNameOf, sendCard } from './send-card.js';

export const NOTICE_QUEUE = 'groups.guests.notice';

export type Notice =
  | { kind: 'charter'; groupId: string; personId: string; version: number }
  | { kind: 'charter_removed'; groupId: string; personId: string; to: string; days: number }
  | { kind: 'review'; reviewId: string; managerId: string; reminder: boolean }
  | { kind: 'review_report'; reviewId: string; adminId: string; count: number }
  | { kind: 'expiry_warning'; groupId: string; personId: string; expiresAt: string }
  | { kind: 'expiry_manager'; groupId: string; personId: string; expiresAt: string; managerId: string }
  | { kind: 'expired'; groupId: string; personId: string; managerId: string };

const noticeId = (n: Notice): string => {
  switch (n.kind) {
    case 'charter':
      return `charter:${n.groupId}:${n.personId}:${n.version}`;
    case 'charter_removed':
      return `charter-removed:${n.groupId}:${n.personId}:${n.to}`;
    case 'review':
      return `review:${n.reviewId}:${n.managerId}:${n.reminder ? 'reminder' : 'card'}`;
    case 'review_report':
      return `review-report:${n.reviewId}:${n.adminId}`;
    case 'expiry_warning':
      return `expiry:${n.groupId}:${n.personId}:${n.expiresAt}`;
    case 'expiry_manager':
      return `expiry:${n.groupId}:${n.personId}:${n.expiresAt}:${n.managerId}`;
    case 'expired':
      return `expired:${n.groupId}:${n.personId}:${n.managerId}`;
  }
};

/**
 * Notices are sent once: the job id holds while the job is kept, and a once-claim beyond that
 * (a sweep an hour later adds the same expiry warning again).
 */
export async function enqueueNotice(ctx: GuestsContext, notice: Notice): Promise<void> {
  const id = `groups-notice:${noticeId(notice)}`;
  if (!(await ctx.once.claim(id, 400 * 86_400_000))) return;
  await ctx.jobs.add<Notice>(NOTICE_QUEUE, notice, { jobId: id, attempts: 5 });
}

/** Notices the caller alone may send (it inserted what they are about): one statement, no once-claim. */
export async function addNotices(ctx: GuestsContext, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return;
  await ctx.jobs.addMany<Notice>(
    NOTICE_QUEUE,
    notices.map((notice) => ({
      data: notice,
      options: { jobId: `groups-notice:${noticeId(notice)}`, attempts: 5 },
    })),
  );
}

const personName = async (ctx: GuestsContext, personId: string): Promise<string> =>
  (await ctx.people.get(personId))?.displayName ?? personId;

export async function sendNotice(ctx: GuestsContext, notice: Notice): Promise<void> {
  try {
    await send(ctx, notice);
  } catch (error) {
    // a platform pause: try again after it, without spending an attempt
    if (error instanceof DeliveryError && error.kind === 'rate_limited')
      throw new RetryLaterError(error.retryAfterMs ?? 1_000);
    // the person cannot be reached (blocked the app): nothing to retry
    if (error instanceof DeliveryError && (error.kind === 'unreachable' || error.kind === 'rejected')) {
      ctx.logger.warn({ err: error, notice: notice.kind }, 'group guest notice not delivered');
      return;
    }
    throw error;
  }
}

async function send(ctx: GuestsContext, n: Notice): Promise<void> {
  switch (n.kind) {
    case 'charter': {
      // built at send time: accepted meanwhile, or a newer version came, sends nothing stale
      const pending = (await pendingCharters(ctx.db, n.personId)).find((p) => p.groupId === n.groupId);
      if (pending?.version !== n.version) return;
      await sendCard(ctx, n.personId, (locale) => charterCard(pending, locale));
      return;
    }
    case 'charter_removed': {
      const name = await personName(ctx, n.personId);
      await sendCard(ctx, n.to, async (locale) => {
        const t = translator(locale);
        const group = escapeMarkdown(await groupNameOf(ctx, n.groupId, locale));
        const text =
          n.to === n.personId
            ? t('groups.charter.removed.guest', { group, days: n.days })
            : t('groups.charter.removed.manager', { name: escapeMarkdown(name), group, days: n.days });
        return noticeCard(text);
      });
      return;
    }
    case 'review':
      await sendCard(ctx, n.managerId, async (locale) => {
        const view = await reviewView(ctx, n.reviewId, locale, n.reminder);
        if (!view) throw new Error(`review ${n.reviewId} is gone`);
        return reviewCard(view, locale);
      });
      return;
    case 'review_report': {
      const review = await ctx.db
        .selectFrom('group_reviews')
        .select('group_id')
        .where('id', '=', n.reviewId)
        .executeTakeFirst();
      if (!review) return;
      await sendCard(ctx, n.adminId, async (locale) =>
        reviewReportCard(await groupNameOf(ctx, review.group_id, locale), n.count, locale),
      );
      return;
    }
    case 'expiry_warning':
      await sendCard(ctx, n.personId, async (locale) =>
        expiryGuestCard(await groupNameOf(ctx, n.groupId, locale), n.expiresAt, locale),
      );
      return;
    case 'expiry_manager': {
      const name = await personName(ctx, n.personId);
      const group = await ctx.db
        .selectFrom('groups')
        .select('guest_expiry_days')
        .where('id', '=', n.groupId)
        .executeTakeFirst();
      await sendCard(ctx, n.managerId, async (locale) =>
        expiryManagerCard(
          {
            groupId: n.groupId,
            personId: n.personId,
            group: await groupNameOf(ctx, n.groupId, locale),
            name,
            expiresAt: n.expiresAt,
            days: Number(group?.guest_expiry_days ?? 180),
          },
          locale,
        ),
      );
      return;
    }
    case 'expired': {
      const name = await personName(ctx, n.personId);
      await sendCard(ctx, n.managerId, async (locale) => {
        const t = translator(locale);
        const text = t('groups.expiry.removed.manager', {
          name: escapeMarkdown(name),
          group: escapeMarkdown(await groupNameOf(ctx, n.groupId, locale)),
        });
        return noticeCard(text);
      });
      return;
    }
  }
}
