/**
 * The charter deadline: a guest who has not accepted the current charter `charter_deadline_days`
 * after joining (or after that version came, whichever is later) is removed from the group, and
 * its managers and the guest are told.
 */

import { removeGuest } from '../reviews/guest-removal.js';
import { DAY_MS, type GuestsContext } from '../reviews/guests-context.js';
import { enqueueNotice } from '../reviews/notices.js';
import { managersOf } from '../reviews/send-card.js';
import { pendingCharters } from './charter-queries.js';

/** Guests of any group with a charter pending: the people to check (one statement). */
async function guestsWithPendingCharters(ctx: GuestsContext): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('group_charters as c', 'c.group_id', 'm.group_id')
    .leftJoin('group_charter_acceptances as a', (j) =>
      j
        .onRef('a.group_id', '=', 'm.group_id')
        .onRef('a.person_id', '=', 'm.person_id')
        .onRef('a.version', '=', 'c.version'),
    )
    .select('m.person_id')
    .distinct()
    .where('m.removed_at', 'is', null)
    .where('p.kind', '=', 'guest')
    .where('a.person_id', 'is', null)
    .execute();
  return rows.map((r) => r.person_id);
}

export async function runCharterDeadlines(ctx: GuestsContext, now: Date): Promise<number> {
  let removed = 0;
  for (const personId of await guestsWithPendingCharters(ctx)) {
    for (const pending of await pendingCharters(ctx.db, personId)) {
      if (Date.parse(pending.since) + pending.deadlineDays * DAY_MS > now.getTime()) continue;
      if (!(await removeGuest(ctx, pending.groupId, personId, 'charter_deadline', now))) continue;
      removed++;
      const days = pending.deadlineDays;
      await enqueueNotice(ctx, {
        kind: 'charter_removed',
        groupId: pending.groupId,
        personId,
        to: personId,
        days,
      });
      for (const managerId of await managersOf(ctx, pending.groupId)) {
        await enqueueNotice(ctx, {
          kind: 'charter_removed',
          groupId: pending.groupId,
          personId,
          to: managerId,
          days,
        });
      }
    }
  }
  return removed;
}
