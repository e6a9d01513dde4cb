/**
 * Teams redelivers an invoke it got no timely answer for, under the same activity id, possibly
 * to another instance behind the load balancer. The first delivery claims the id through the
 * core's OnceGuard (atomic across instances, like Slack's dedupe); a redelivery finds it taken.
 */
import { createHash } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { OnceGuard } from '../../../shared/kv/once-guard.js';

/** the guard's key space is shared by every adapter: Teams' claims start with this */
export const TEAMS_CLAIM_PREFIX = 'teams:';
/** far longer than Teams keeps redelivering an unanswered invoke */
export const INVOKE_DEDUPE_TTL_MS = 60 * 60 * 1000;

/**
 * true for the first delivery of this invoke, false for a redelivery. An activity id is unique
 * within its conversation; the claim stores a digest, of bounded length, and names nobody.
 */
export async function firstDelivery(guard: OnceGuard, activity: Partial<Activity>): Promise<boolean> {
  if (!activity.id) return true; // nothing to recognise a redelivery by
  const id = createHash('sha256')
    .update(`${activity.conversation?.id ?? ''}\u0000${activity.id}`)
    .digest('base64url');
  return guard.claim(`${TEAMS_CLAIM_PREFIX}invoke:${id}`, INVOKE_DEDUPE_TTL_MS);
}
