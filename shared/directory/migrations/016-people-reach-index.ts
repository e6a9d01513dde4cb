/**
 * The People page filters by reach: "is there a Teams (or Slack) identity for this person" for
 * every person a filter scans. With the platform beside the person id, the index answers it alone,
 * without reading each identity row (bench/people-page.ts).
 */
import type { Kysely, Migration } from 'kysely';

export const peopleReachIndexMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('identities_person_platform')
    .on('identities')
    .columns(['person_id', 'platform'])
    .execute();
}
