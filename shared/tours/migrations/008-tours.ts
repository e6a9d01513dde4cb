/**
 * Welcome tours: tours (steps, audience, triggers as JSON text), the tutorial library, resource
 * people per department or site, journeys (one per tour and person: the unique key makes starts
 * idempotent; the steps snapshot as JSON) and one progress row per journey step, so each state
 * change is one conditional update and the funnel is plain counts.
 */
import type { Kysely, Migration } from 'kysely';

export const toursMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tours')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // 'active' | 'draft' | 'archived'
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON TourAudience
    .addColumn('audience', 'text', (c) => c.notNull())
    // JSON TriggerKind[]
    .addColumn('triggers', 'text', (c) => c.notNull())
    // JSON TourStep[]
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // 'relais-welcome' for the ready-made tour: unique, so two instances starting create it once
    .addColumn('built_in', 'text', (c) => c.unique())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tour_tutorials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // JSON { fr, en }
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    // 'link' | 'video'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tour_resources')
    // 'department' | 'site'
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tour_resources_pk', ['scope', 'value'])
    .execute();

  await db.schema
    .createTable('journeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tour_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 'active' | 'completed' | 'stopped'
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON TourTrigger
    .addColumn('trigger', 'text', (c) => c.notNull())
    // JSON TourStep[]: the snapshot
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('tour_version', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('start_date', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('current_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('completed_at', 'text')
    .addColumn('stopped_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('journeys_tour_person', ['tour_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('journeys_person')
    .on('journeys')
    .columns(['person_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('journey_steps')
    .addColumn('journey_id', 'text', (c) => c.notNull())
    .addColumn('step_index', 'integer', (c) => c.notNull())
    .addColumn('step_key', 'text', (c) => c.notNull())
    // 'pending' | 'sent' | 'done' | 'skipped'
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('done_at', 'text')
    .addColumn('skipped_at', 'text')
    .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON SentMessage of the step's card, to refresh it later
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('journey_steps_pk', ['journey_id', 'step_index'])
    .execute();
}
