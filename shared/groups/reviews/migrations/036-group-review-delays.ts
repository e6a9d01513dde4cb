/**
 * Each group's access-review delays, beside its unreviewed action (024): the reminder goes this
 * many days after a review starts, and the review is due (the action runs) this many days after.
 * Existing groups keep the delays they had (4 and 7 days).
 */
import type { Kysely, Migration } from 'kysely';

export const groupReviewDelaysMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    .addColumn('review_remind_days', 'integer', (c) => c.notNull().defaultTo(4))
    .execute();
  await db.schema
    .alterTable('groups')
    .addColumn('review_answer_days', 'integer', (c) => c.notNull().defaultTo(7))
    .execute();
}
