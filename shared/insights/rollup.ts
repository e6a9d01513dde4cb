/**
 * The daily rollup of one day, in phases: active days (bitmaps), cells, strategic items, tours,
 * retention of raw events. Each phase replaces what it wrote for the day, so a rerun gives the
 * same rows; `insights_runs` records the last phase finished, so a job retried after a crash
 * resumes after it instead of starting again. A rerun asked on purpose (`fresh`) starts at 0.
 *
 * A day's week-to-date and month-to-date actives read the bitmaps of the days before it: a
 * rebuild goes in day order (rebuild()).
 */
import { sql } from 'kysely';
import { defaultInsightsConfig } from './insights-config.js';
import { addDays, DAY_MS, dayOf, startOfDay } from './insights-day.js';
import type { InsightsDb } from './insights-tables.js';
import { rollupActiveDays } from './rollup-activity.js';
import { rollupCells } from './rollup-cells.js';
import { rollupGroups } from './rollup-groups.js';
import { rollupItems } from './rollup-items.js';
import { rollupPrivacy } from './rollup-privacy.js';
import { rollupSatisfaction } from './rollup-satisfaction.js';
import { rollupTours } from './rollup-tours.js';
import { loadSegments, type Segments } from './segments.js';

// privacy comes after every phase writing rows it pools (cells, items, tours)
export const PHASES = [
  'active_days',
  'cells',
  'items',
  'tours',
  'satisfaction',
  'groups',
  'privacy',
  'retention',
] as const;
export type Phase = (typeof PHASES)[number];

export interface RollupOptions {
  retentionDays: number;
  /** INSIGHTS_MIN_GROUP_SIZE: smaller cells are pooled (privacy-pool.ts); default 5 */
  minGroupSize?: number;
  /** a rerun on purpose: every phase again, not only those after the last finished */
  fresh?: boolean;
  /** the directory per segment, counted once for many days (a rebuild) */
  segments?: Segments;
  /** called after each phase (tests stop a run midway here) */
  afterPhase?: (phase: Phase) => void | Promise<void>;
  /** tours and retention once per rebuild, not per day */
  skip?: readonly Phase[];
  now?: Date;
}

const BATCH_DELETE = 5_000;

/** Deletes raw events older than the retention, never of a day not yet rolled up. */
export async function applyRetention(
  db: InsightsDb,
  upToDay: string,
  retentionDays: number,
  now: Date,
): Promise<number> {
  const byAge = startOfDay(dayOf(new Date(now.getTime() - retentionDays * DAY_MS)));
  const rolled = startOfDay(addDays(upToDay, 1));
  let cutoff = new Date(Math.min(byAge.getTime(), rolled.getTime())).toISOString();
  // never past a day whose rollup did not finish (a gap the catch-up has not filled yet)
  const first = await db
    .selectFrom('events')
    .select((eb) => eb.fn.min('at').as('at'))
    .executeTakeFirst();
  if (!first?.at || String(first.at) >= cutoff) return 0;
  const finished = new Set(
    (
      await db
        .selectFrom('insights_runs')
        .select('day')
        .where('day', '>=', String(first.at).slice(0, 10))
        .where('day', '<', cutoff.slice(0, 10))
        .where('finished_at', 'is not', null)
        .execute()
    ).map((r) => r.day),
  );
  for (let day = String(first.at).slice(0, 10); day < cutoff.slice(0, 10); day = addDays(day, 1)) {
    if (!finished.has(day) && day !== upToDay) {
      cutoff = startOfDay(day).toISOString();
      break;
    }
  }
  let deleted = 0;
  // in slices: one huge delete would hold the write lock (SQLite) for seconds
  for (;;) {
    const slice = db.selectFrom('events').select('id').where('at', '<', cutoff).limit(BATCH_DELETE);
    const result = await db.deleteFrom('events').where('id', 'in', slice).executeTakeFirst();
    const n = Number(result.numDeletedRows);
    deleted += n;
    if (n < BATCH_DELETE) return deleted;
  }
}

export async function rollupDay(db: InsightsDb, day: string, options: RollupOptions): Promise<void> {
  const now = options.now ?? new Date();
  const existing = await db
    .selectFrom('insights_runs')
    .select('phase')
    .where('day', '=', day)
    .executeTakeFirst();
  const resumeAfter = options.fresh || !existing ? 0 : Number(existing.phase);
  if (!existing) {
    await db
      .insertInto('insights_runs')
      .values({ day, phase: 0, started_at: now.toISOString(), finished_at: null })
      .onConflict((oc) => oc.column('day').doNothing())
      .execute();
  } else if (options.fresh) {
    await db
      .updateTable('insights_runs')
      .set({ phase: 0, started_at: now.toISOString(), finished_at: null, pooled_at: null })
      .where('day', '=', day)
      .execute();
  }
  let segments = options.segments;
  const segmentsNow = async () => {
    segments ??= await loadSegments(db);
    return segments;
  };
  for (let i = resumeAfter; i < PHASES.length; i++) {
    const phase = PHASES[i]!;
    if (!options.skip?.includes(phase)) {
      if (phase === 'active_days') await rollupActiveDays(db, day);
      if (phase === 'cells') await rollupCells(db, day, await segmentsNow());
      if (phase === 'items') await rollupItems(db, day);
      if (phase === 'tours') await rollupTours(db);
      if (phase === 'satisfaction') await rollupSatisfaction(db, day);
      if (phase === 'groups') await rollupGroups(db, day);
      if (phase === 'privacy')
        await rollupPrivacy(db, day, {
          minGroupSize: options.minGroupSize ?? defaultInsightsConfig.minGroupSize,
          // pooling is idempotent: the tours' rows again whenever their phase is not skipped
          tours: !options.skip?.includes('tours'),
        });
      if (phase === 'retention') await applyRetention(db, day, options.retentionDays, now);
    }
    await db
      .updateTable('insights_runs')
      .set({ phase: i + 1, finished_at: i + 1 === PHASES.length ? new Date().toISOString() : null })
      .where('day', '=', day)
      .execute();
    await options.afterPhase?.(phase);
  }
}

/** Every day from the first raw event to `lastDay`, in order, from empty bitmaps. */
export async function rebuild(
  db: InsightsDb,
  lastDay: string,
  options: Pick<RollupOptions, 'retentionDays' | 'now' | 'minGroupSize' | 'afterPhase'> & {
    onDay?: (day: string) => void;
  },
): Promise<number> {
  const first = await db
    .selectFrom('events')
    .select((eb) => eb.fn.min('at').as('at'))
    .executeTakeFirst();
  if (!first?.at) return 0;
  await db.deleteFrom('insights_active_days').execute();
  await db.deleteFrom('insights_cells').execute();
  await db.deleteFrom('insights_totals').execute();
  await db.deleteFrom('insights_runs').execute();
  const segments = await loadSegments(db);
  let days = 0;
  for (let day = String(first.at).slice(0, 10); day <= lastDay; day = addDays(day, 1)) {
    await rollupDay(db, day, {
      ...options,
      fresh: true,
      segments,
      skip: day === lastDay ? [] : ['tours', 'retention'],
    });
    options.onDay?.(day);
    days++;
  }
  return days;
}

/** the last day whose rollup finished, if any */
export async function lastRolledUpDay(db: InsightsDb): Promise<string | undefined> {
  const row = await db
    .selectFrom('insights_runs')
    .select(sql<string>`max(day)`.as('day'))
    .where('finished_at', 'is not', null)
    .executeTakeFirst();
  return row?.day ?? undefined;
}
