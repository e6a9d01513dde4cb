/** Foundation tables: people, identities, roles, conversations, events, jobs, kv. */
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../store.js';

export const foundation = (dialect: Dialect): Migration => ({ up: (db) => up(db, dialect === 'postgres') });

async function up(db: Kysely<unknown>, postgres: boolean): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('department', 'text')
    .addColumn('site', 'text')
    .addColumn('manager_id', 'text')
    .addColumn('start_date', 'text')
    .addColumn('locale', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('member'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_department').on('people').column('department').execute();
  await db.schema.createIndex('people_site').on('people').column('site').execute();

  await db.schema
    .createTable('identities')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('aad_object_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('identities_pk', ['platform', 'tenant_id', 'user_id'])
    .execute();
  await db.schema.createIndex('identities_person').on('identities').column('person_id').execute();
  await db.schema
    .createIndex('identities_aad')
    .on('identities')
    .columns(['platform', 'aad_object_id'])
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('roles_pk', ['person_id', 'role', 'scope'])
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversations_pk', ['platform', 'conversation_id'])
    .execute();
  await db.schema
    .createIndex('conversations_person')
    .on('conversations')
    .columns(['platform', 'person_id'])
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('platform', 'text')
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('data', 'text')
    .execute();
  await db.schema.createIndex('events_type_at').on('events').columns(['type', 'at']).execute();
  await db.schema.createIndex('events_person').on('events').columns(['person_id', 'at']).execute();

  await db.schema
    .createTable('jobs')
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('backoff_ms', 'integer', (c) => c.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('lease_owner', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('jobs_pk', ['queue', 'id'])
    .execute();
  await db.schema.createIndex('jobs_claim').on('jobs').columns(['queue', 'state', 'run_at']).execute();

  await db.schema
    .createTable('kv')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint')
    .execute();
  await db.schema.createIndex('kv_expires').on('kv').column('expires_at').execute();
}
