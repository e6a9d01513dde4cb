/**
 * The durable daily rollup: one job per day (job id `insights-rollup:<day>`), so however many
 * instances plan it, it runs once; run shortly after the day ends (UTC), it rolls the day up
 * (rollup.ts: resumable, idempotent) and plans the next day. At start every instance plans the
 * days missed since the last finished one (at most 31, in order, each job waiting for none: a
 * day's week- and month-to-date counts read earlier days' bitmaps, so a missed day is caught up
 * before the days after it are planned). A first start rolls the event log's history up the same way.
 */

import type { InsightsContext } from './insights-context.js';
import { addDays, dayOf, startOfDay } from './insights-day.js';
import { lastRolledUpDay, rollupDay } from './rollup.js';

export const ROLLUP_QUEUE = 'insights.rollup';
export interface RollupJob {
  day: string;
}

/** after midnight UTC, when late events of the day (retried platform calls) have arrived */
const RUN_AFTER_MS = 30 * 60_000;
const CATCH_UP_DAYS = 31;

export const rollupJobId = (day: string) => `insights-rollup:${day}`;

export async function planRollup(ctx: InsightsContext, day: string): Promise<void> {
  await ctx.jobs.add<RollupJob>(
    ROLLUP_QUEUE,
    { day },
    { jobId: rollupJobId(day), runAt: new Date(startOfDay(addDays(day, 1)).getTime() + RUN_AFTER_MS) },
  );
}

/**
 * At start: the first day not rolled up yet (within a month), or, on a first start, the first
 * day of the event log still within the retention (history is rolled up, one day after another).
 */
export async function planAtStart(ctx: InsightsContext): Promise<void> {
  const today = dayOf(ctx.now());
  const last = await lastRolledUpDay(ctx.db);
  const oldest = addDays(today, -CATCH_UP_DAYS);
  let next = last && last >= oldest ? addDays(last, 1) : oldest;
  if (!last) {
    const first = await ctx.db
      .selectFrom('events')
      .select((eb) => eb.fn.min('at').as('at'))
      .executeTakeFirst();
    const kept = addDays(today, -ctx.settings.retentionDays);
    const firstDay = first?.at ? String(first.at).slice(0, 10) : today;
    next = [firstDay, kept].sort()[1]!;
  }
  // days compare as text (YYYY-MM-DD): the earlier of the two
  await planRollup(ctx, [next, today].sort()[0]!);
}

export async function runRollupJob(ctx: InsightsContext, job: RollupJob): Promise<void> {
  // milliseconds per phase in the log: where a slow day's time went, without a profiler
  const phaseMs: Record<string, number> = {};
  let since = performance.now();
  await rollupDay(ctx.db, job.day, {
    retentionDays: ctx.settings.retentionDays,
    minGroupSize: ctx.settings.minGroupSize,
    now: ctx.now(),
    afterPhase: (phase) => {
      const now = performance.now();
      phaseMs[phase] = Math.round(now - since);
      since = now;
    },
  });
  ctx.logger.info({ day: job.day, phaseMs }, 'insights rolled up');
  const next = addDays(job.day, 1);
  await planRollup(ctx, next);
}
