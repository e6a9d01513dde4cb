/**
 * One row per poll sent 1:1 to an audience and group that audience names, so a group's portal
 * reads the group's open polls with one indexed query instead of sifting the latest polls of the
 * whole organisation. The target JSON stays the source of truth (a poll's target never changes);
 * polls created before this step are indexed here, page by page.
 */
import { type Kysely, type Migration, sql } from 'kysely';

export const pollAudienceGroupsMigration = (): Migration => ({ up });

const PAGE = 500;

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('poll_audience_groups')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('poll_audience_groups_pk', ['group_id', 'poll_id'])
    .execute();
  await db.schema
    .createIndex('poll_audience_groups_poll')
    .on('poll_audience_groups')
    .column('poll_id')
    .execute();

  for (let after = ''; ; ) {
    const page = await sql<{ id: string; target: string }>`
      select id, target from polls where id > ${after} and target is not null order by id limit ${PAGE}`.execute(
      db,
    );
    for (const row of page.rows) {
      for (const groupId of audienceGroupsOfTarget(row.target)) {
        await sql`insert into poll_audience_groups (group_id, poll_id) values (${groupId}, ${row.id})`.execute(
          db,
        );
      }
    }
    if (page.rows.length < PAGE) break;
    after = page.rows.at(-1)!.id;
  }
}

/** the distinct group ids a poll target JSON's audience names (none for a conversation) */
function audienceGroupsOfTarget(targetJson: string): string[] {
  const target = JSON.parse(targetJson) as { audience?: { groups?: unknown } };
  const groups = Array.isArray(target.audience?.groups) ? target.audience.groups : [];
  return [...new Set(groups.filter((g): g is string => typeof g === 'string'))];
}
