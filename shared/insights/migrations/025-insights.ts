/**
 * Adoption insights: rollups the dashboard reads instead of the raw event log.
 * - `insights_active_days`: per person and month, a bitmap of the days they were active (bit d-1
 *   for day d), on any platform and per platform. Weekly and monthly actives are distinct counts
 *   and cannot be summed from daily ones; the bitmaps make them exact (100k people × 13 months is
 *   a few million integers).
 * - `insights_cells`: per day and cell (department × site × kind × platform, platform '*' = any),
 *   counters. Department, site and kind partition the people, so any filter on them sums cells
 *   and distinct counts stay exact; platform is not a partition (one person on both), so it is a
 *   key of its own and '*' holds the distinct count over every platform.
 * - `insights_totals`: the same counters summed per day over everyone, per department, per site
 *   and per kind (the others '*'): what the dashboard reads when at most one of them is filtered,
 *   one row a day instead of every cell (13 months of a month's trend in a few hundred rows).
 * - `insights_items`: strategic news items per cell: delivered, read, acknowledged, and a
 *   histogram of the time to acknowledge (medians cannot be summed; histograms can).
 * - `insights_tours`: per tour and cell: started, completed, days to complete (histogram), where
 *   unfinished journeys stopped (per step).
 * - indexes on events(at) and deliveries(sent_at): the rollup reads one day of each.
 * - `insights_runs`: the daily job's progress per day (resumable; a rerun replaces the day).
 */
import type { Kysely, Migration } from 'kysely';

export const insightsMigration = (): Migration => ({ up });

const counters = [
  'people',
  'reachable',
  'installed',
  'active',
  'active_week',
  'active_month',
  'tab_minutes',
  'delivered',
  'strategic_delivered',
  'reads',
  'acks',
  'reactions',
  'clicks',
  'votes',
  'answers',
  'commands',
  'relays',
  'helped',
  'returned',
] as const;

async function up(db: Kysely<unknown>): Promise<void> {
  // the rollup reads one day of events and of sent copies, and retention deletes by age
  await db.schema.createIndex('events_at').on('events').column('at').execute();
  await db.schema.createIndex('deliveries_sent_at').on('deliveries').column('sent_at').execute();
  await db.schema
    .createTable('insights_active_days')
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 2026-11
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('days_any', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('days_teams', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('days_slack', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('days_tab', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('insights_active_days_pk', ['month', 'person_id'])
    .execute();

  for (const table of ['insights_cells', 'insights_totals']) {
    let cells = db.schema
      .createTable(table)
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('department', 'text', (c) => c.notNull())
      .addColumn('site', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull());
    for (const name of counters) cells = cells.addColumn(name, 'integer', (c) => c.notNull().defaultTo(0));
    await cells
      .addPrimaryKeyConstraint(`${table}_pk`, ['platform', 'department', 'site', 'kind', 'day'])
      .execute();
  }
  // a scoped or combined question reads a range of days of the cells
  await db.schema
    .createIndex('insights_cells_day')
    .on('insights_cells')
    .columns(['day', 'platform'])
    .execute();

  await db.schema
    .createTable('insights_items')
    .addColumn('news_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('delivered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acknowledged', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON array: acknowledgements per bucket of minutes after delivery (rollup-items.ts)
    .addColumn('ack_histogram', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('first_sent', 'text')
    .addPrimaryKeyConstraint('insights_items_pk', ['news_id', 'platform', 'department', 'site', 'kind'])
    .execute();
  await db.schema
    .createIndex('insights_items_first_sent')
    .on('insights_items')
    .column('first_sent')
    .execute();

  await db.schema
    .createTable('insights_tours')
    .addColumn('tour_id', 'text', (c) => c.notNull())
    // the month journeys started, 2026-11
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON arrays: completions per whole day taken; unfinished journeys per step they stopped at
    .addColumn('days_histogram', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('stopped_at_step', 'text', (c) => c.notNull().defaultTo('[]'))
    .addPrimaryKeyConstraint('insights_tours_pk', ['tour_id', 'month', 'department', 'site', 'kind'])
    .execute();

  await db.schema
    .createTable('insights_runs')
    .addColumn('day', 'text', (c) => c.primaryKey())
    // the last phase finished (0 = none); a rerun starts again at 0
    .addColumn('phase', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await db.schema
    .createTable('insights_digest_subscribers')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}

export const cellCounters = counters;
