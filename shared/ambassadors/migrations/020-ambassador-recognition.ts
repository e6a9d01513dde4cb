/**
 * Recognition: how many people a channel relay reached (the channel's member count when the
 * platform tells it; null where unknown), and the monthly thank-you card, sent once per
 * ambassador and month whatever the number of instances or retries (key ambassador + month).
 */
import type { Kysely, Migration } from 'kysely';

export const ambassadorRecognitionMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('relays').addColumn('reach', 'integer').execute();
  await db.schema
    .createTable('ambassador_thanks')
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    // the month thanked, 2026-11
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ambassador_thanks_pk', ['ambassador_id', 'month'])
    .execute();
}
