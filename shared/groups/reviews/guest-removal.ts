/**
 * Removing a guest for the charter deadline, a review or expiry: recorded in Relais at once
 * (removed_at and the reason, compare-and-set so two instances remove once; the event
 * `group.removed`, and `group.expired` for an expiry), then taken out of the group's space on the
 * platforms by a durable job through the invitations' port (Graph remove member, Slack
 * conversations.kick). Without that port the removal stays recorded and the job logs it.
 */
import type { JobInfo } from '../../jobs/queue.js';
import { CHARTER_HOLD, pendingCharters } from '../charter/charter-queries.js';
import type { GuestsContext } from './guests-context.js';

export type GuestRemovalReason = 'charter_deadline' | 'review' | 'expired';

export const SPACE_REMOVAL_QUEUE = 'groups.guests.space-removal';
export interface SpaceRemovalJob {
  groupId: string;
  personId: string;
  reason: GuestRemovalReason;
}

/** true when this call removed them (false: already gone) */
export async function removeGuest(
  ctx: GuestsContext,
  groupId: string,
  personId: string,
  reason: GuestRemovalReason,
  at: Date,
): Promise<boolean> {
  const done = await ctx.db
    .updateTable('group_members')
    .set({ removed_at: at.toISOString(), removed_reason: reason })
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return false;
  const event = { personId, subjectType: 'group', subjectId: groupId, data: { reason } };
  await ctx.events.track({ type: 'group.removed', ...event });
  if (reason === 'expired') await ctx.events.track({ type: 'group.expired', ...event });
  await dropHeldCopies(ctx, personId, at);
  await ctx.jobs.add<SpaceRemovalJob>(
    SPACE_REMOVAL_QUEUE,
    { groupId, personId, reason },
    { jobId: `space-removal:${groupId}:${personId}:${at.toISOString()}` },
  );
  return true;
}

/**
 * Copies held for a charter the guest never accepted: once no charter holds them any more, they
 * are cancelled rather than sent, so nothing reaches a guest removed before accepting. (Held
 * copies are not tied to one group; a guest still held elsewhere keeps theirs.)
 */
async function dropHeldCopies(ctx: GuestsContext, personId: string, at: Date): Promise<void> {
  if ((await pendingCharters(ctx.db, personId)).length > 0) return;
  await ctx.store.db
    .updateTable('deliveries')
    .set({
      status: 'cancelled',
      last_error: `${CHARTER_HOLD}: removed from the group`,
      updated_at: at.toISOString(),
    })
    .where('person_id', '=', personId)
    .where('status', '=', 'queued')
    .where('last_error', '=', CHARTER_HOLD)
    .execute();
}

export async function runSpaceRemoval(ctx: GuestsContext, job: JobInfo<SpaceRemovalJob>): Promise<void> {
  const { groupId, personId, reason } = job.data;
  const removal = ctx.spaceRemoval();
  if (!removal) {
    ctx.logger.info({ groupId, personId, reason }, 'guest removed in Relais; no platform removal port yet');
    return;
  }
  // the port finds the person's platform ids itself (their invitation, else their immutable
  // accounts); the removal event is this part's, with its reason
  const result = await removal.removeFromSpace(groupId, personId, { track: false });
  if (!result.ok)
    ctx.logger.warn({ groupId, personId, reason, code: result.code }, 'guest not removed from the space');
}
