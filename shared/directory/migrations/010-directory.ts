/**
 * The directory: where each source's sync stands (its cursor), the runs, the one-run-at-a-time
 * lease, the value each source gives each person's fields (the person row holds the winner), and
 * the conflicts a sync found and did not merge.
 */
import type { Kysely, Migration } from 'kysely';

export const directoryMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('directory_cursors')
    // 'entra:<tenant>' or 'slack:<team>'
    .addColumn('source', 'text', (c) => c.primaryKey())
    // the next page to read (a Graph nextLink, a Slack cursor), or the deltaLink of the last round
    .addColumn('cursor', 'text')
    // 'paging' while a round is under way, 'done' once its last page landed
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('directory_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('duration_ms', 'integer')
    .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('seen', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deactivated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conflicts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: { reason: count }
    .addColumn('skipped_reasons', 'text', (c) => c.notNull())
    // JSON: string[]
    .addColumn('errors', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('directory_runs_started').on('directory_runs').column('started_at').execute();

  await db.schema
    .createTable('directory_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('until_ms', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('person_sources')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // 'hr', 'entra' or 'slack'
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_sources_pk', ['person_id', 'source', 'field'])
    .execute();

  await db.schema
    .createTable('directory_conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // 'email_claimed' | 'kind_mismatch'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // the account that raised it (an Entra object id, a Slack team:user)
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('directory_conflicts_subject')
    .on('directory_conflicts')
    .columns(['kind', 'source', 'subject'])
    .unique()
    .execute();

  // whether a person can be reached on a platform, and why not (Teams proactive install)
  await db.schema
    .createTable('person_reach')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    // 'reachable' | 'unreachable'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_reach_pk', ['person_id', 'platform'])
    .execute();
}
