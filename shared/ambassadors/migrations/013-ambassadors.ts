/**
 * Ambassadors: the roster (one row per person, scope rows per department / site so "the
 * ambassadors of my department" is an index lookup), relay campaigns and one request per
 * ambassador, relays, weekly digests, assignments, nudges and opt-outs. Every "at most" of the
 * feature is a key, not a read-then-write: a request takes one of the week's numbered slots
 * (unique per ambassador, week and slot; slots above the cap are never tried), a colleague is
 * assigned once a week (key week + person), nudged once a week (same), a digest goes once per
 * ambassador and week, a request is relayed once.
 */
import type { Kysely, Migration } from 'kysely';

export const ambassadorsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ambassadors')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    // 'nominated' | 'active' | 'paused' | 'stepped_down' | 'refused'
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON person ids of the sponsors (leadership)
    .addColumn('sponsors', 'text', (c) => c.notNull().defaultTo('[]'))
    // 'console' | 'import' | 'self' | 'proposed'
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('nominated_by', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('leaderboard_opt_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ambassador_scopes')
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 'department' | 'site'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ambassador_scopes_pk', ['kind', 'value', 'person_id'])
    .execute();
  await db.schema
    .createIndex('ambassador_scopes_person')
    .on('ambassador_scopes')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('relay_campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'news' | 'poll' | 'survey' | 'quiz'
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('message_fr', 'text', (c) => c.notNull())
    .addColumn('message_en', 'text', (c) => c.notNull())
    // YYYY-MM-DD: the day the communicator suggests relaying
    .addColumn('relay_date', 'text', (c) => c.notNull())
    // JSON { departments, sites }
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('relay_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    // ISO week (2026-W50) and the slot taken in it: 1..cap
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('slot', 'integer', (c) => c.notNull())
    // 'asked' | 'snoozed' | 'relayed' | 'declined'
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('snoozed_until', 'text')
    // JSON SentMessage of the request card, to refresh it
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('relay_requests_once', ['campaign_id', 'ambassador_id'])
    .addUniqueConstraint('relay_requests_cap', ['ambassador_id', 'week', 'slot'])
    .execute();

  await db.schema
    .createTable('relays')
    // one relay per request: a double click or a retried request records nothing more
    .addColumn('request_id', 'text', (c) => c.primaryKey())
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    // 'channel' | 'elsewhere'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('platform', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ambassador_digests')
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ambassador_digests_pk', ['ambassador_id', 'week'])
    .execute();

  await db.schema
    .createTable('ambassador_assignments')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    // 'tour' | 'inactive'
    .addColumn('reason', 'text', (c) => c.notNull())
    // 'listed' | 'helping' | 'done'
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ambassador_assignments_pk', ['week', 'person_id'])
    .execute();
  await db.schema
    .createIndex('ambassador_assignments_ambassador')
    .on('ambassador_assignments')
    .columns(['ambassador_id', 'week'])
    .execute();

  await db.schema
    .createTable('ambassador_nudges')
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ambassador_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    // set once the colleague interacted with Relais after the nudge
    .addColumn('returned_at', 'text')
    .addPrimaryKeyConstraint('ambassador_nudges_pk', ['week', 'person_id'])
    .execute();

  await db.schema
    .createTable('ambassador_opt_outs')
    .addColumn('person_id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
}
