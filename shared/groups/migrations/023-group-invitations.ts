/**
 * Group invitations (issue 14): one row per address invited to a group, whatever becomes of it,
 * with the platform's last answer; and the waves that pace a long list ("50 today, the rest
 * Monday 09:00"). UNIQUE(group_id, address): inviting a pending address again adds nothing.
 */
import type { Kysely, Migration } from 'kysely';

export const groupInvitationsMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('group_invitation_waves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    // invitations planned in this wave
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('group_invitation_waves_group')
    .on('group_invitation_waves')
    .column('group_id')
    .execute();

  await db.schema
    .createTable('group_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) => c.notNull())
    // lowercased
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text')
    .addColumn('company', 'text')
    // 'teams' | 'slack'
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('wave_id', 'text')
    // planned | sending | invited | joined | failed | refused | cancelled | removed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // the platform's last answer: HTTP status or Slack error, and its words
    .addColumn('answer_code', 'text')
    .addColumn('answer_message', 'text')
    // Entra object id of the invited guest, or the Slack Connect invite id
    .addColumn('invited_user_id', 'text')
    // the Teams membership id (DELETE /teams/{id}/members/{membership-id})
    .addColumn('membership_id', 'text')
    .addColumn('person_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    // when the last attempt began (a row left 'sending' by a crash is found by it)
    .addColumn('sending_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('joined_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('group_invitations_address', ['group_id', 'address'])
    .execute();
  await db.schema
    .createIndex('group_invitations_wave')
    .on('group_invitations')
    .columns(['wave_id', 'status'])
    .execute();
  await db.schema
    .createIndex('group_invitations_invited_user')
    .on('group_invitations')
    .column('invited_user_id')
    .execute();
}
