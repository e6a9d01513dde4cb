/**
 * Re-pooling the days already rolled up: the privacy phase pools a day's cells at the
 * INSIGHTS_MIN_GROUP_SIZE of the day it ran, so days rolled before pooling existed (migration 037
 * finds them with no size) or under a smaller size than the one configured now would still show a
 * segment under it. Their raw events may be gone (retention), so they are pooled again from their
 * rolled rows, which is exact: a pooled row only merges with more rows. At start every instance
 * plans the same one-off job when such a day exists; it pools each of those days, then every
 * strategic item's, satisfaction survey's and tour's rows (not kept per day).
 *
 * A lower size than a day's own leaves that day as it is: un-pooling would need the raw events.
 */
import type { InsightsContext } from './insights-context.js';
import type { InsightsDb } from './insights-tables.js';
import { repoolDay, repoolRows } from './rollup-privacy.js';

export const REPOOL_QUEUE = 'insights.repool';
export const repoolJobId = (min: number) => `insights-repool:${min}`;
export interface RepoolJob {
  minGroupSize: number;
}

/** finished days pooled at a smaller size than `min` (or before sizes were recorded) */
const daysToRepool = (db: InsightsDb, min: number) =>
  db
    .selectFrom('insights_runs')
    .select('day')
    .where('finished_at', 'is not', null)
    .where((eb) => eb.or([eb('pooled_at', 'is', null), eb('pooled_at', '<', min)]))
    .orderBy('day');

/** plans the job when a finished day was pooled under the size configured now; says whether it did */
export async function planRepoolAtStart(
  ctx: Pick<InsightsContext, 'db' | 'jobs'> & { settings: { minGroupSize: number } },
): Promise<boolean> {
  const min = ctx.settings.minGroupSize;
  if (!(await daysToRepool(ctx.db, min).limit(1).executeTakeFirst())) return false;
  await ctx.jobs.add<RepoolJob>(REPOOL_QUEUE, { minGroupSize: min }, { jobId: repoolJobId(min) });
  return true;
}

/** Pools again every day rolled under `min`, then the items, surveys and tours; returns the days. */
export async function repoolRolledDays(db: InsightsDb, min: number): Promise<number> {
  const days = (await daysToRepool(db, min).execute()).map((r) => r.day);
  // one transaction a day: a job stopped midway resumes with the days left
  for (const day of days) await repoolDay(db, day, min);
  if (days.length > 0) await repoolRows(db, min);
  return days.length;
}

export async function runRepoolJob(ctx: InsightsContext, job: RepoolJob): Promise<void> {
  const started = performance.now();
  const days = await repoolRolledDays(ctx.db, job.minGroupSize);
  ctx.logger.info(
    { minGroupSize: job.minGroupSize, days, ms: Math.round(performance.now() - started) },
    'insights days pooled again',
  );
}
