/**
 * A group's portal (issue 14, item 7): one row per group holding its welcome content as its
 * managers wrote it — the welcome text (fr/en), the resource sections with their links, the news
 * items pinned to the group — and the group's tour, when it has one. A group without a row shows
 * its kind's page template (portal-templates.ts), so the template is what a new group starts with.
 */
import type { Kysely, Migration } from 'kysely';

export const groupPortalMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('group_portals')
    .addColumn('group_id', 'text', (c) => c.primaryKey())
    .addColumn('welcome_fr', 'text')
    .addColumn('welcome_en', 'text')
    // JSON: [{ title: { fr?, en? }, resources: [{ title: { fr?, en? }, url }] }]
    .addColumn('sections', 'text', (c) => c.notNull())
    // JSON: news ids, in the order shown
    .addColumn('pinned_news', 'text', (c) => c.notNull())
    // the tours capability's tour started for a guest of the group (charter accepted or joined)
    .addColumn('tour_id', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
