/** The access review as a manager's card shows it: each guest, who invited them, since when, last activity, decision. */
import type { Locale } from '../../i18n/i18n.js';
import type { GuestsContext } from './guests-context.js';
import type { ReviewedGuest, ReviewView } from './review-cards.js';
import { groupNameOf } from './send-card.js';

/** The review as a manager's card shows it. */
export async function reviewView(
  ctx: GuestsContext,
  reviewId: string,
  locale: Locale,
  reminder: boolean,
): Promise<ReviewView | undefined> {
  const review = await ctx.db
    .selectFrom('group_reviews as r')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .select(['r.id', 'r.group_id', 'r.due_at', 'r.closed_at', 'g.unreviewed_action'])
    .where('r.id', '=', reviewId)
    .executeTakeFirst();
  if (!review) return undefined;
  const rows = await ctx.db
    .selectFrom('group_review_items as i')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .innerJoin('group_members as m', (j) =>
      j.on('m.group_id', '=', review.group_id).onRef('m.person_id', '=', 'i.person_id'),
    )
    .leftJoin('people as inviter', 'inviter.id', 'm.added_by')
    .select([
      'i.person_id as personId',
      'p.display_name as name',
      'inviter.display_name as invitedBy',
      'm.added_at as addedAt',
      'm.joined_at as joinedAt',
      'm.last_active_at as lastActiveAt',
      'm.removed_at as removedAt',
      'i.charter_version as charterVersion',
      'i.decision as decision',
    ])
    .where('i.review_id', '=', reviewId)
    .orderBy('p.display_name')
    .execute();
  const guests: ReviewedGuest[] = rows.map((r) => ({
    personId: r.personId,
    name: r.name,
    invitedBy: r.invitedBy,
    since: r.joinedAt ?? r.addedAt,
    lastActiveAt: r.lastActiveAt,
    charterVersion: r.charterVersion === null ? null : Number(r.charterVersion),
    // removed meanwhile: shown as removed, no button
    decision: r.decision ?? (r.removedAt ? 'remove' : null),
  }));
  return {
    reviewId,
    group: await groupNameOf(ctx, review.group_id, locale),
    dueAt: review.due_at,
    action: review.unreviewed_action,
    closed: review.closed_at !== null,
    reminder,
    guests,
  };
}
