/**
 * Polls: the poll, its options, one ballot per voter and poll, and the messages that carry its
 * card. A ballot is one row keyed (poll_id, voter_key) holding a bitmask of the chosen option
 * positions: one vote per person is the primary key, a vote or a change of vote is one upsert,
 * and counts are one aggregate over the (poll_id, choices) index. On anonymous polls voter_key is
 * an HMAC with a secret kept outside the database and the row holds no person id and no time;
 * on SQLite the table has no rowid, so not even the insertion order is kept.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../../store/store.js';

export const pollsMigration = (dialect: Dialect): Migration => ({ up: (db) => up(db, dialect === 'sqlite') });

async function up(db: Kysely<unknown>, sqlite: boolean): Promise<void> {
  await db.schema
    .createTable('polls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('max_choices', 'integer', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull())
    .addColumn('result_visibility', 'text', (c) => c.notNull())
    .addColumn('allow_add_options', 'integer', (c) => c.notNull())
    .addColumn('closes_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('author_id', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    // JSON: { conversation } or { audience }, or null when created without a target
    .addColumn('target', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('polls_author').on('polls').columns(['author_id', 'created_at']).execute();

  await db.schema
    .createTable('poll_options')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // the label without case, accents and extra spaces: two voters adding "Lyon" make one option
    .addColumn('label_key', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_options_pk', ['poll_id', 'position'])
    .addUniqueConstraint('poll_options_label', ['poll_id', 'label_key'])
    .execute();

  let ballots = db.schema
    .createTable('poll_ballots')
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    // bit i set = the option at position i chosen
    .addColumn('choices', 'integer', (c) => c.notNull())
    // named polls only (null on anonymous ones)
    .addColumn('person_id', 'text')
    .addColumn('updated_at', 'text')
    .addPrimaryKeyConstraint('poll_ballots_pk', ['poll_id', 'voter_key']);
  if (sqlite) ballots = ballots.modifyEnd(sql`without rowid`);
  await ballots.execute();
  // covering index for the counts: one index-only pass over the poll's ballots
  await db.schema
    .createIndex('poll_ballots_count')
    .on('poll_ballots')
    .columns(['poll_id', 'choices'])
    .execute();

  await db.schema
    .createTable('poll_messages')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('poll_id', 'text', (c) => c.notNull().references('polls.id').onDelete('cascade'))
    // someone's 1:1 copy (their view only), or null for a message everyone in the conversation sees
    .addColumn('person_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poll_messages_pk', ['platform', 'conversation_id', 'message_id'])
    .execute();
  await db.schema.createIndex('poll_messages_poll').on('poll_messages').columns(['poll_id']).execute();
}
