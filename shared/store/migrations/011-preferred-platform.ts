/**
 * Each person's preferred chat platform (set by the person or an admin): a person on both Teams
 * and Slack gets one copy of a broadcast, there (shared/audiences/platform-choice.ts).
 */
import type { Kysely, Migration } from 'kysely';

export const preferredPlatform = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('preferred_platforms')
    .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
