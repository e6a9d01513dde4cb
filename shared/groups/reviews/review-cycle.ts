/**
 * Access reviews: each review period of a group (review_period_days after its creation, then
 * every period) one review is prepared — the key (group, period) makes it once across instances
 * and sweeps — with one item per guest, snapshotting the charter version they had accepted. Each
 * manager then gets the card (a durable notice job). Unanswered after the group's reminder delay
 * (review_remind_days, 4 by default) a reminder goes; at the due date (review_answer_days, 7) the
 * group's configured action runs on the guests left undecided: remove
 * them, or report to the admins. Every decision is recorded with the event `group.reviewed`.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { removeGuest } from './guest-removal.js';
import { addDays, DAY_MS, type GuestsContext } from './guests-context.js';
import { addNotices, enqueueNotice } from './notices.js';
import { managersOf } from './send-card.js';

/** groups prepared per round: a few statements each round, whatever the number of guests */
const ROUND = 250;

/**
 * Prepares the review of every group whose period came, as of `now`; resolves with how many this
 * call prepared. Set-based, a handful of statements per ROUND groups: the reviews inserted (the
 * (group, period) key drops those already there, so only this call's come back), their items in
 * one insert-select, and one card job per manager.
 */
export async function startDueReviews(ctx: GuestsContext, now: Date): Promise<number> {
  const groups = await ctx.db
    .selectFrom('groups')
    .select(['id', 'created_at', 'review_period_days', 'review_answer_days'])
    .where('archived_at', 'is', null)
    .execute();
  const due = groups.flatMap((g) => {
    const periodMs = Math.max(1, Number(g.review_period_days)) * DAY_MS;
    const period = Math.floor((now.getTime() - Date.parse(g.created_at)) / periodMs);
    return period >= 1 ? [{ groupId: g.id, period, answerDays: Number(g.review_answer_days) }] : [];
  });
  let started = 0;
  for (let i = 0; i < due.length; i += ROUND)
    started += await startReviews(ctx, due.slice(i, i + ROUND), now);
  return started;
}

async function startReviews(
  ctx: GuestsContext,
  due: { groupId: string; period: number; answerDays: number }[],
  now: Date,
): Promise<number> {
  const startedAt = now.toISOString();
  const mine = await ctx.db
    .insertInto('group_reviews')
    .values(
      due.map((d) => ({
        id: randomUUID(),
        group_id: d.groupId,
        period: d.period,
        started_at: startedAt,
        due_at: addDays(startedAt, d.answerDays),
      })),
    )
    .onConflict((oc) => oc.columns(['group_id', 'period']).doNothing())
    .returning(['id', 'group_id'])
    .execute();
  if (mine.length === 0) return 0;
  const ids = mine.map((r) => r.id);
  // every current guest of those groups, with the latest charter version each accepted
  await ctx.db
    .insertInto('group_review_items')
    .columns(['review_id', 'person_id', 'charter_version'])
    .expression(
      ctx.db
        .selectFrom('group_reviews as r')
        .innerJoin('group_members as m', 'm.group_id', 'r.group_id')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .where('r.id', 'in', ids)
        .where('m.removed_at', 'is', null)
        .where('p.kind', '=', 'guest')
        .select([
          'r.id',
          'm.person_id',
          (eb) =>
            eb
              .selectFrom('group_charter_acceptances as a')
              .select(sql<number>`max(a.version)`.as('v'))
              .whereRef('a.group_id', '=', 'm.group_id')
              .whereRef('a.person_id', '=', 'm.person_id')
              .as('charter_version'),
        ]),
    )
    .execute();
  const managers = await ctx.db
    .selectFrom('group_members')
    .select(['group_id', 'person_id'])
    .where(
      'group_id',
      'in',
      mine.map((r) => r.group_id),
    )
    .where('right', '=', 'manager')
    .where('removed_at', 'is', null)
    .execute();
  const reviewOf = new Map(mine.map((r) => [r.group_id, r.id]));
  // this call inserted these reviews: their cards are its own to send, once (job id)
  await addNotices(
    ctx,
    managers.map((m) => ({
      kind: 'review',
      reviewId: reviewOf.get(m.group_id)!,
      managerId: m.person_id,
      reminder: false,
    })),
  );
  return mine.length;
}

/** Reminders and closings due as of `now`, each once (compare-and-set on the review's row). */
export async function advanceOpenReviews(ctx: GuestsContext, now: Date): Promise<void> {
  const open = await ctx.db
    .selectFrom('group_reviews as r')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .selectAll('r')
    .select('g.review_remind_days')
    .where('r.closed_at', 'is', null)
    .execute();
  const at = now.toISOString();
  for (const review of open) {
    const undecided = await undecidedOf(ctx, review.id);
    if (undecided.length === 0) {
      await close(ctx, review.id, 'answered', at);
      continue;
    }
    if (at >= review.due_at) {
      if (!(await close(ctx, review.id, 'pending', at))) continue;
      await applyUnanswered(ctx, review.id, review.group_id, undecided, now);
      continue;
    }
    if (review.reminded_at === null && at >= addDays(review.started_at, Number(review.review_remind_days))) {
      const claimed = await ctx.db
        .updateTable('group_reviews')
        .set({ reminded_at: at })
        .where('id', '=', review.id)
        .where('reminded_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) continue;
      for (const managerId of await managersOf(ctx, review.group_id)) {
        await enqueueNotice(ctx, { kind: 'review', reviewId: review.id, managerId, reminder: true });
      }
    }
  }
}

const undecidedOf = async (ctx: GuestsContext, reviewId: string): Promise<string[]> =>
  (
    await ctx.db
      .selectFrom('group_review_items as i')
      .innerJoin('group_reviews as r', 'r.id', 'i.review_id')
      .innerJoin('group_members as m', (j) =>
        j.onRef('m.group_id', '=', 'r.group_id').onRef('m.person_id', '=', 'i.person_id'),
      )
      .select('i.person_id')
      .where('i.review_id', '=', reviewId)
      .where('i.decision', 'is', null)
      // a guest removed meanwhile (expiry, charter) needs no decision
      .where('m.removed_at', 'is', null)
      .execute()
  ).map((r) => r.person_id);

async function close(ctx: GuestsContext, reviewId: string, outcome: string, at: string): Promise<boolean> {
  const done = await ctx.db
    .updateTable('group_reviews')
    .set({ closed_at: at, outcome })
    .where('id', '=', reviewId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

async function applyUnanswered(
  ctx: GuestsContext,
  reviewId: string,
  groupId: string,
  undecided: string[],
  now: Date,
): Promise<void> {
  const group = await ctx.db
    .selectFrom('groups')
    .select('unreviewed_action')
    .where('id', '=', groupId)
    .executeTakeFirst();
  const action = group?.unreviewed_action === 'remove' ? 'remove' : 'report';
  await ctx.db
    .updateTable('group_reviews')
    .set({ outcome: action === 'remove' ? 'removed' : 'reported' })
    .where('id', '=', reviewId)
    .execute();
  for (const personId of undecided) {
    await ctx.events.track({
      type: 'group.reviewed',
      personId,
      subjectType: 'group',
      subjectId: groupId,
      data: { reviewId, decision: 'unanswered', action },
    });
    if (action === 'remove') {
      await ctx.db
        .updateTable('group_review_items')
        .set({ decision: 'remove', decided_at: now.toISOString() })
        .where('review_id', '=', reviewId)
        .where('person_id', '=', personId)
        .where('decision', 'is', null)
        .execute();
      await removeGuest(ctx, groupId, personId, 'review', now);
    }
  }
  if (action === 'report') {
    const admins = await ctx.db
      .selectFrom('roles')
      .select('person_id')
      .where('role', '=', 'admin')
      .where('scope', '=', '')
      .execute();
    for (const admin of admins) {
      await enqueueNotice(ctx, {
        kind: 'review_report',
        reviewId,
        adminId: admin.person_id,
        count: undecided.length,
      });
    }
  }
}
