/**
 * Extranet guest groups: the group (names fr/en, kind, its space on each platform, domain rules
 * and the guest settings), one row per member and group (the right, when they joined, when a
 * guest expires, when last active, and the removal kept rather than deleted so the history and
 * the console's status stay readable), the charter's versions (texts and their hash) and one
 * acceptance per person, group and version, so a charter edited later keeps, for each guest,
 * the version they accepted.
 */
import type { Kysely, Migration } from 'kysely';

export const groupsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // one language is enough: the other is null
    .addColumn('name_fr', 'text')
    .addColumn('name_en', 'text')
    .addColumn('description_fr', 'text')
    .addColumn('description_en', 'text')
    // 'partners' | 'providers' | 'clients' | 'project'
    .addColumn('kind', 'text', (c) => c.notNull())
    // the group's space: a Teams team or shared channel and/or a Slack channel
    .addColumn('teams_tenant_id', 'text')
    .addColumn('teams_team_id', 'text')
    .addColumn('teams_channel_id', 'text')
    .addColumn('slack_team_id', 'text')
    .addColumn('slack_channel_id', 'text')
    // JSON string[] of lower-cased domains
    .addColumn('allowed_domains', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('blocked_domains', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('guest_expiry_days', 'integer', (c) => c.notNull().defaultTo(180))
    .addColumn('review_period_days', 'integer', (c) => c.notNull().defaultTo(90))
    .addColumn('charter_deadline_days', 'integer', (c) => c.notNull().defaultTo(14))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();

  await db.schema
    .createTable('group_members')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    // 'member' | 'contributor' | 'manager'
    .addColumn('right', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    // first seen in the space or first contact with the bot
    .addColumn('joined_at', 'text')
    // guests only: when their access ends unless extended
    .addColumn('expires_at', 'text')
    .addColumn('last_active_at', 'text')
    // null while in the group; the row stays for the history and the status
    .addColumn('removed_at', 'text')
    .addColumn('removed_reason', 'text')
    .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'person_id'])
    .execute();
  // "my groups" and the audience resolution read by person
  await db.schema.createIndex('group_members_person').on('group_members').column('person_id').execute();

  await db.schema
    .createTable('group_charters')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text_fr', 'text')
    .addColumn('text_en', 'text')
    // sha256 of the texts: what an acceptance records it agreed to
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_charters_pk', ['group_id', 'version'])
    .execute();

  await db.schema
    .createTable('group_charter_acceptances')
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addColumn('platform', 'text')
    .addPrimaryKeyConstraint('group_charter_acceptances_pk', ['group_id', 'person_id', 'version'])
    .execute();
}
