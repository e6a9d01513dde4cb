/**
 * Access reviews of extranet groups: one review per group and period (the primary key is what
 * makes "once per group per period" hold across instances: whoever inserts it sends the cards),
 * one item per guest reviewed, with the charter version they had accepted when the review began
 * (a charter edited during the review leaves it as it was), and the manager's decision.
 * Plus the group's setting for an unanswered review: remove the guests or report to admins.
 */
import type { Kysely, Migration } from 'kysely';

export const groupReviewsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('groups')
    // 'report' | 'remove': what an unanswered review does once its reminder went unheeded
    .addColumn('unreviewed_action', 'text', (c) => c.notNull().defaultTo('report'))
    .execute();

  await db.schema
    .createTable('group_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    // 1 for the first review period after the group's creation, 2 for the next…
    .addColumn('period', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('reminded_at', 'text')
    .addColumn('closed_at', 'text')
    // 'answered' | 'removed' | 'reported' once closed
    .addColumn('outcome', 'text')
    .execute();
  await db.schema
    .createIndex('group_reviews_once')
    .on('group_reviews')
    .columns(['group_id', 'period'])
    .unique()
    .execute();

  await db.schema
    .createTable('group_review_items')
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    // the charter version the guest had accepted when the review began (null: none)
    .addColumn('charter_version', 'integer')
    // 'keep' | 'remove', null while undecided
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addPrimaryKeyConstraint('group_review_items_pk', ['review_id', 'person_id'])
    .execute();
}
