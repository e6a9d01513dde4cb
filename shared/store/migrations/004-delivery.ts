/**
 * Delivery: one row per broadcast subject (its audience and resolution state), one row per
 * (subject, recipient, platform) delivery — the UNIQUE constraint makes a resumed fan-out insert
 * nothing twice — and the pacer's shared budgets (one row per Teams tenant / Slack workspace).
 */
import type { Kysely, Migration } from 'kysely';

export const delivery = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delivery_subjects')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    // 'resolving' until every recipient has a row (and a job), then 'ready'; 'cancelled'
    .addColumn('state', 'text', (c) => c.notNull())
    // bumped by each refreshAll: the refresh jobs' ids carry it, so each edit runs once per copy
    .addColumn('refresh_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refresh_mode', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_subjects_pk', ['subject_type', 'subject_id'])
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // the person id, or 'channel:<tenant>:<conversation>' for a channel post
    .addColumn('recipient_key', 'text', (c) => c.notNull())
    // '' for a person with no chat account
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('person_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('aad_object_id', 'text')
    .addColumn('conversation_id', 'text')
    .addColumn('channel_name', 'text')
    .addColumn('message_id', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    // the refresh generation this copy was last updated to
    .addColumn('refreshed_generation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deliveries_recipient', ['subject_type', 'subject_id', 'recipient_key', 'platform'])
    .execute();
  await db.schema
    .createIndex('deliveries_subject_status')
    .on('deliveries')
    .columns(['subject_type', 'subject_id', 'status'])
    .execute();
  await db.schema
    .createIndex('deliveries_message')
    .on('deliveries')
    .columns(['platform', 'conversation_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('deliveries_person')
    .on('deliveries')
    .columns(['person_id', 'subject_type', 'created_at'])
    .execute();

  await db.schema
    .createTable('pacer_budgets')
    // '<platform>:<tenant id>'
    .addColumn('key', 'text', (c) => c.primaryKey())
    // theoretical arrival time of the next free slot, epoch microseconds
    .addColumn('tat_us', 'bigint', (c) => c.notNull())
    // start of the last slot granted (-1 when the last request was refused for waiting too long)
    .addColumn('granted_us', 'bigint', (c) => c.notNull())
    // 429: nothing before this, epoch ms
    .addColumn('paused_until', 'bigint', (c) => c.notNull())
    // adaptive rate: the rate at the last change (messages per 1000 s) and when it changed
    .addColumn('base_rate_milli', 'bigint', (c) => c.notNull())
    .addColumn('rate_changed_at', 'bigint', (c) => c.notNull())
    .execute();
}
