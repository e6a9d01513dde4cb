/**
 * A manager's answers on the review and expiry cards: Keep / Remove one guest, Keep all active
 * (every undecided guest active within the review period), Extend a guest's access. Only a
 * manager of the group (or an organisation admin) decides; each decision is recorded once, with
 * the event `group.reviewed`, and a review whose guests are all decided is closed.
 */
import type { ActionResult } from '../../actions/dispatcher.js';
import { escapeMarkdown } from '../../cards/markdown.js';
import type { Locale } from '../../i18n/i18n.js';
import { translator } from '../../i18n/i18n.js';
import type { Person } from '../../people/person.js';
import { shortDate } from '../charter/charter-card.js';
import { extendGuest } from './expiry.js';
import { removeGuest } from './guest-removal.js';
import { DAY_MS, type GuestsContext } from './guests-context.js';
import { noticeCard, reviewCard } from './review-cards.js';
import { reviewView } from './review-view.js';
import { isManager } from './send-card.js';

interface Actor {
  person: Person;
  locale: Locale;
}

const reviewOf = (ctx: GuestsContext, reviewId: string) =>
  ctx.db.selectFrom('group_reviews').selectAll().where('id', '=', reviewId).executeTakeFirst();

async function record(
  ctx: GuestsContext,
  review: { id: string; group_id: string },
  personId: string,
  decision: 'keep' | 'remove',
  by: string,
  now: Date,
): Promise<boolean> {
  const done = await ctx.db
    .updateTable('group_review_items')
    .set({ decision, decided_by: by, decided_at: now.toISOString() })
    .where('review_id', '=', review.id)
    .where('person_id', '=', personId)
    .where('decision', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return false;
  await ctx.events.track({
    type: 'group.reviewed',
    personId,
    subjectType: 'group',
    subjectId: review.group_id,
    data: { reviewId: review.id, decision, by },
  });
  if (decision === 'remove') await removeGuest(ctx, review.group_id, personId, 'review', now);
  return true;
}

/** closes the review once nobody is left undecided */
async function closeIfAnswered(ctx: GuestsContext, reviewId: string, now: Date): Promise<void> {
  const open = await ctx.db
    .selectFrom('group_review_items')
    .select('person_id')
    .where('review_id', '=', reviewId)
    .where('decision', 'is', null)
    .limit(1)
    .execute();
  if (open.length > 0) return;
  await ctx.db
    .updateTable('group_reviews')
    .set({ closed_at: now.toISOString(), outcome: 'answered' })
    .where('id', '=', reviewId)
    .where('closed_at', 'is', null)
    .execute();
}

async function refreshed(ctx: GuestsContext, reviewId: string, locale: Locale): Promise<ActionResult> {
  const view = await reviewView(ctx, reviewId, locale, false);
  return view ? { card: reviewCard(view, locale) } : {};
}

export async function decide(
  ctx: GuestsContext,
  actor: Actor,
  input: { reviewId: string; personId: string; decision: 'keep' | 'remove' },
  now = new Date(),
): Promise<ActionResult> {
  const t = translator(actor.locale);
  const review = await reviewOf(ctx, input.reviewId);
  if (!review) return { notice: t('groups.review.closed') };
  if (!(await isManager(ctx, review.group_id, actor.person)))
    return { notice: t('groups.guests.manager_only') };
  if (review.closed_at === null) {
    await record(ctx, review, input.personId, input.decision, actor.person.id, now);
    await closeIfAnswered(ctx, review.id, now);
  }
  return refreshed(ctx, review.id, actor.locale);
}

export async function keepAllActive(
  ctx: GuestsContext,
  actor: Actor,
  reviewId: string,
  now = new Date(),
): Promise<ActionResult> {
  const t = translator(actor.locale);
  const review = await reviewOf(ctx, reviewId);
  if (!review) return { notice: t('groups.review.closed') };
  if (!(await isManager(ctx, review.group_id, actor.person)))
    return { notice: t('groups.guests.manager_only') };
  if (review.closed_at === null) {
    const group = await ctx.db
      .selectFrom('groups')
      .select('review_period_days')
      .where('id', '=', review.group_id)
      .executeTakeFirst();
    // active: seen within the review period before the review began
    const since = new Date(
      Date.parse(review.started_at) - Number(group?.review_period_days ?? 90) * DAY_MS,
    ).toISOString();
    const active = await ctx.db
      .selectFrom('group_review_items as i')
      .innerJoin('group_members as m', (j) =>
        j.on('m.group_id', '=', review.group_id).onRef('m.person_id', '=', 'i.person_id'),
      )
      .select('i.person_id')
      .where('i.review_id', '=', review.id)
      .where('i.decision', 'is', null)
      .where('m.removed_at', 'is', null)
      .where('m.last_active_at', '>=', since)
      .execute();
    for (const row of active) await record(ctx, review, row.person_id, 'keep', actor.person.id, now);
    await closeIfAnswered(ctx, review.id, now);
  }
  return refreshed(ctx, review.id, actor.locale);
}

export async function extend(
  ctx: GuestsContext,
  actor: Actor,
  input: { groupId: string; personId: string },
  now = new Date(),
): Promise<ActionResult> {
  const t = translator(actor.locale);
  if (!(await isManager(ctx, input.groupId, actor.person)))
    return { notice: t('groups.guests.manager_only') };
  const expiresAt = await extendGuest(ctx, input.groupId, input.personId, actor.person.id, now);
  if (!expiresAt) return { notice: t('groups.charter.not_member') };
  const name = (await ctx.people.get(input.personId))?.displayName ?? input.personId;
  const text = t('groups.expiry.extended', {
    name: escapeMarkdown(name),
    date: shortDate(expiresAt, actor.locale),
  });
  return { card: noticeCard(text) };
}
