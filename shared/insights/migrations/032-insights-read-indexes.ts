/**
 * Indexes for the rollup's and the dashboard's reads at 100,000 people and 10 million events:
 * - `news_signals(at)`: the daily rollup finds the strategic items read or acknowledged on a day;
 *   without it, every day's rollup read every signal ever recorded.
 * - `insights_totals(platform, day)`: bars by department or by site read one period's rows of
 *   every department (or site); the primary key starts with the department, so those questions
 *   read every day of the 13 months.
 * - `insights_cells(platform, site, kind, day)`: a question filtered by site (or a communicator
 *   scoped to sites) reads only that site's cells; the primary key serves departments.
 */
import type { Kysely, Migration } from 'kysely';

export const insightsReadIndexesMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('news_signals_at').on('news_signals').column('at').execute();
  await db.schema
    .createIndex('insights_totals_day')
    .on('insights_totals')
    .columns(['platform', 'day'])
    .execute();
  await db.schema
    .createIndex('insights_cells_site')
    .on('insights_cells')
    .columns(['platform', 'site', 'kind', 'day'])
    .execute();
}
