/**
 * Relays of polls, surveys and quizzes, and what comes through a relayed copy: the copy's message
 * (so a click on it is known as coming through that relay), and one row per person, relay and
 * kind of interaction (read, acknowledged, voted, answered) under a key, so a double click or a
 * retried click counts once. An index finds an item's campaigns.
 */
import type { Kysely, Migration } from 'kysely';

export const relayAttributionMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  // the relayed copy's message id on its platform (Teams activity id, Slack ts)
  await db.schema.alterTable('relays').addColumn('message_id', 'text').execute();
  await db.schema
    .createIndex('relays_message')
    .on('relays')
    .columns(['platform', 'conversation_id', 'message_id'])
    .execute();
  // an item's campaigns, for its page in the console
  await db.schema
    .createIndex('relay_campaigns_subject')
    .on('relay_campaigns')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createTable('relay_interactions')
    .addColumn('request_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 'read' | 'acknowledged' | 'voted' | 'answered'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('relay_interactions_pk', ['request_id', 'person_id', 'kind'])
    .execute();
}
