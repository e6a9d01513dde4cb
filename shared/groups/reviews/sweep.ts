/**
 * The guests' sweep, a durable job every hour: charter deadlines, reviews to prepare, remind and
 * close, expiry warnings and removals, each as of the sweep's time. Each sweep plans the next
 * (job id = the hour: instances and restarts add it once); every step is idempotent, so a sweep
 * run twice, or by two instances at once, acts once. The REST route runs one as of a given time
 * (automation and tests: a fake clock without waiting days).
 */
import { runCharterDeadlines } from '../charter/charter-deadlines.js';
import { runExpiry } from './expiry.js';
import type { GuestsContext } from './guests-context.js';
import { advanceOpenReviews, startDueReviews } from './review-cycle.js';

export const SWEEP_QUEUE = 'groups.guests.sweep';
const HOUR_MS = 3_600_000;

export interface SweepJob {
  hour: number;
}

export interface SweepResult {
  charterRemoved: number;
  reviewsStarted: number;
  expiryWarned: number;
  expired: number;
}

export async function sweep(ctx: GuestsContext, now: Date): Promise<SweepResult> {
  const charterRemoved = await runCharterDeadlines(ctx, now);
  const reviewsStarted = await startDueReviews(ctx, now);
  await advanceOpenReviews(ctx, now);
  const { warned, expired } = await runExpiry(ctx, now);
  return { charterRemoved, reviewsStarted, expiryWarned: warned, expired };
}

export async function planNextSweep(ctx: GuestsContext, now = new Date()): Promise<void> {
  const hour = Math.floor(now.getTime() / HOUR_MS) + 1;
  await ctx.jobs.add<SweepJob>(
    SWEEP_QUEUE,
    { hour },
    { jobId: `groups-guests-sweep:${hour}`, runAt: new Date(hour * HOUR_MS) },
  );
}

export async function runSweepJob(ctx: GuestsContext): Promise<void> {
  try {
    await sweep(ctx, new Date());
  } finally {
    await planNextSweep(ctx);
  }
}
