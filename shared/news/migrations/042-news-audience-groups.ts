/**
 * One row per news item and group its audience names, so a group's portal reads the group's own
 * items with one indexed query instead of sifting the latest items of the whole organisation (a
 * busy organisation buried a group's items). The audience JSON stays the source of truth; the
 * rows are written beside it. Items written before this step are indexed here, page by page.
 */
import { type Kysely, type Migration, sql } from 'kysely';

export const newsAudienceGroupsMigration = (): Migration => ({ up });

const PAGE = 500;

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('news_audience_groups')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('news_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('news_audience_groups_pk', ['group_id', 'news_id'])
    .execute();
  // replacing a draft's groups when its audience changes
  await db.schema
    .createIndex('news_audience_groups_news')
    .on('news_audience_groups')
    .column('news_id')
    .execute();

  for (let after = ''; ; ) {
    const page = await sql<{ id: string; audience: string }>`
      select id, audience from news where id > ${after} order by id limit ${PAGE}`.execute(db);
    for (const row of page.rows) {
      for (const groupId of groupsNamed(row.audience)) {
        await sql`insert into news_audience_groups (group_id, news_id) values (${groupId}, ${row.id})`.execute(
          db,
        );
      }
    }
    if (page.rows.length < PAGE) break;
    after = page.rows.at(-1)!.id;
  }
}

/** the distinct group ids an audience JSON names (none when it names no groups) */
function groupsNamed(audienceJson: string): string[] {
  const audience = JSON.parse(audienceJson) as { groups?: unknown };
  const groups = Array.isArray(audience.groups) ? audience.groups : [];
  return [...new Set(groups.filter((g): g is string => typeof g === 'string'))];
}
