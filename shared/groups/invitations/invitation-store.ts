/**
 * The invitation rows, in SQL (SQLite and PostgreSQL). A row is claimed ('planned' → 'sending')
 * by one conditional update right before its platform call and settled by another right after,
 * so a crash leaves at most the rows under way in 'sending', found again by the wave's next run.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { type InvitationDb, type InvitationRow, invitationDb, type WaveRow } from './invitation-tables.js';

/** statements stay well under both databases' parameter limits */
const CHUNK = 500;

/** statuses where the address is already on its way in: planning it again sends nothing */
export const pendingStatuses = ['planned', 'sending', 'invited', 'joined'] as const;

export type NewInvitation = Pick<
  InvitationRow,
  'group_id' | 'address' | 'display_name' | 'company' | 'platform' | 'wave_id' | 'due_at' | 'created_by'
>;

export function createInvitationStore(store: Store) {
  const db: InvitationDb = invitationDb(store);
  const now = () => new Date().toISOString();

  return {
    db,

    async addWave(wave: Omit<WaveRow, 'created_at'>): Promise<void> {
      await db
        .insertInto('group_invitation_waves')
        .values({ ...wave, created_at: now() })
        .execute();
    },

    async wave(id: string): Promise<WaveRow | undefined> {
      return db.selectFrom('group_invitation_waves').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async waves(groupId: string): Promise<WaveRow[]> {
      return db
        .selectFrom('group_invitation_waves')
        .selectAll()
        .where('group_id', '=', groupId)
        .orderBy('due_at')
        .orderBy('id')
        .execute();
    },

    /** the group's rows for these addresses */
    async byAddresses(groupId: string, addresses: readonly string[]): Promise<InvitationRow[]> {
      const rows: InvitationRow[] = [];
      for (let i = 0; i < addresses.length; i += CHUNK) {
        const part = addresses.slice(i, i + CHUNK);
        rows.push(
          ...(await db
            .selectFrom('group_invitations')
            .selectAll()
            .where('group_id', '=', groupId)
            .where('address', 'in', part)
            .execute()),
        );
      }
      return rows;
    },

    /** the people with these emails who are members of the organisation */
    async members(addresses: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < addresses.length; i += CHUNK) {
        const rows = await db
          .selectFrom('people')
          .select('email')
          .where('email', 'in', addresses.slice(i, i + CHUNK))
          .where('kind', '=', 'member')
          .execute();
        for (const row of rows) if (row.email) found.add(row.email);
      }
      return found;
    },

    /**
     * New rows; an address another request planned meanwhile is left to it (the unique key):
     * answers the addresses inserted.
     */
    async insert(rows: readonly NewInvitation[]): Promise<Set<string>> {
      const inserted = new Set<string>();
      const at = now();
      for (let i = 0; i < rows.length; i += 50) {
        const part = rows.slice(i, i + 50).map((row) => ({
          ...row,
          id: randomUUID(),
          status: 'planned' as const,
          attempts: 0,
          created_at: at,
          updated_at: at,
        }));
        const done = await db
          .insertInto('group_invitations')
          .values(part)
          .onConflict((oc) => oc.columns(['group_id', 'address']).doNothing())
          .returning('address')
          .execute();
        for (const row of done) inserted.add(row.address);
      }
      return inserted;
    },

    /** a settled row planned again (resend, or a new request for a failed address) */
    async replan(
      id: string,
      fields: { wave_id: string; due_at: string; display_name?: string | null; company?: string | null },
      from: readonly InvitationRow['status'][],
    ): Promise<boolean> {
      const result = await db
        .updateTable('group_invitations')
        .set({ ...fields, status: 'planned', attempts: 0, updated_at: now() })
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** the next due row of the wave, now 'sending' (undefined: none due) */
    async claim(waveId: string): Promise<InvitationRow | undefined> {
      for (;;) {
        const at = now();
        const next = await db
          .selectFrom('group_invitations')
          .select('id')
          .where('wave_id', '=', waveId)
          .where('status', '=', 'planned')
          .where('due_at', '<=', at)
          .orderBy('due_at')
          .orderBy('id')
          .limit(1)
          .executeTakeFirst();
        if (!next) return undefined;
        const claimed = await db
          .updateTable('group_invitations')
          .set((eb) => ({
            status: 'sending',
            attempts: eb('attempts', '+', 1),
            sending_at: at,
            updated_at: at,
          }))
          .where('id', '=', next.id)
          .where('status', '=', 'planned')
          .returningAll()
          .executeTakeFirst();
        // another lane took it between the two statements: the next one
        if (claimed) return claimed;
      }
    },

    /** rows a crash left 'sending' in this wave */
    async orphans(waveId: string): Promise<InvitationRow[]> {
      return db
        .selectFrom('group_invitations')
        .selectAll()
        .where('wave_id', '=', waveId)
        .where('status', '=', 'sending')
        .execute();
    },

    /** the earliest due time still planned in the wave (a retry waiting) */
    async nextDue(waveId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('group_invitations')
        .select((eb) => eb.fn.min('due_at').as('due'))
        .where('wave_id', '=', waveId)
        .where('status', '=', 'planned')
        .executeTakeFirst();
      return (row?.due as string | null) ?? undefined;
    },

    /** settles a row that is 'sending' (or, from `from`, another state) */
    async settle(
      id: string,
      fields: Partial<Omit<InvitationRow, 'id' | 'group_id' | 'address'>>,
      from: readonly InvitationRow['status'][] = ['sending'],
    ): Promise<boolean> {
      const result = await db
        .updateTable('group_invitations')
        .set({ ...fields, updated_at: now() })
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async get(id: string): Promise<InvitationRow | undefined> {
      return db.selectFrom('group_invitations').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async list(groupId: string, limit = 5_000): Promise<InvitationRow[]> {
      return db
        .selectFrom('group_invitations')
        .selectAll()
        .where('group_id', '=', groupId)
        .orderBy('created_at')
        .orderBy('address')
        .limit(limit)
        .execute();
    },

    /** invitations waiting for this Entra guest (their object id, returned by POST /invitations) */
    async byInvitedUser(invitedUserId: string): Promise<InvitationRow[]> {
      return db
        .selectFrom('group_invitations')
        .selectAll()
        .where('invited_user_id', '=', invitedUserId)
        .where('platform', '=', 'teams')
        .execute();
    },

    /** Slack invitations of an address, across groups */
    async slackByAddress(address: string): Promise<InvitationRow[]> {
      return db
        .selectFrom('group_invitations')
        .selectAll()
        .where('address', '=', address)
        .where('platform', '=', 'slack')
        .execute();
    },

    /** the person's Slack user id in a workspace, or their Entra object id (Teams) */
    async platformIds(personId: string): Promise<{ slack: Map<string, string>; aadObjectId?: string }> {
      const rows = await db
        .selectFrom('identities')
        .select(['platform', 'tenant_id', 'user_id', 'aad_object_id'])
        .where('person_id', '=', personId)
        .execute();
      const slack = new Map(rows.filter((r) => r.platform === 'slack').map((r) => [r.tenant_id, r.user_id]));
      const aadObjectId =
        rows.find((r) => r.platform === 'teams' && r.aad_object_id)?.aad_object_id ?? undefined;
      return { slack, aadObjectId };
    },

    async ofPerson(groupId: string, personId: string): Promise<InvitationRow | undefined> {
      return db
        .selectFrom('group_invitations')
        .selectAll()
        .where('group_id', '=', groupId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
    },
  };
}

export type InvitationStore = ReturnType<typeof createInvitationStore>;
