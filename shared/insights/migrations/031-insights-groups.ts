/**
 * Extranet groups in the rollups.
 * - Two counters more on the day's cells and totals: invitations accepted (a guest joined a group)
 *   and charters accepted, counted in the segment of the person who did it, so they add up and
 *   are pooled like every other counter.
 * - `insights_groups`: per day and group, its members and guests (as the day is rolled up) and
 *   the day's invitations sent, invitations accepted and charters accepted. These are the group's
 *   own figures (what its managers see in its member list), not people's activity: groups overlap,
 *   so a group's activity could be subtracted from another's or from the guests' total.
 */
import type { Kysely, Migration } from 'kysely';

export const groupCellCounters = ['invitations_accepted', 'charters_accepted'] as const;
export const groupDayCounters = [
  'members',
  'guests',
  'invited',
  'invitations_accepted',
  'charters_accepted',
] as const;

export const insightsGroupsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['insights_cells', 'insights_totals'])
    for (const name of groupCellCounters)
      await db.schema
        .alterTable(table)
        .addColumn(name, 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
  let groups = db.schema
    .createTable('insights_groups')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('group_id', 'text', (c) => c.notNull());
  for (const name of groupDayCounters)
    groups = groups.addColumn(name, 'integer', (c) => c.notNull().defaultTo(0));
  await groups.addPrimaryKeyConstraint('insights_groups_pk', ['group_id', 'day']).execute();
  await db.schema.createIndex('insights_groups_day').on('insights_groups').column('day').execute();
}
