/** The invitation tables as Kysely types (migration 023-group-invitations), beside the core schema. */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';

export const invitationStatuses = [
  'planned',
  'sending',
  'invited',
  'joined',
  'failed',
  'refused',
  'cancelled',
  'removed',
] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];
export type InvitationPlatform = 'teams' | 'slack';

export interface InvitationRow {
  id: string;
  group_id: string;
  address: string;
  display_name: string | null;
  company: string | null;
  platform: InvitationPlatform;
  wave_id: string | null;
  status: InvitationStatus;
  due_at: string;
  attempts: number;
  answer_code: string | null;
  answer_message: string | null;
  invited_user_id: string | null;
  membership_id: string | null;
  person_id: string | null;
  created_by: string | null;
  created_at: string;
  sending_at: string | null;
  sent_at: string | null;
  joined_at: string | null;
  updated_at: string;
}

export interface WaveRow {
  id: string;
  group_id: string;
  due_at: string;
  size: number;
  created_by: string | null;
  created_at: string;
}

export type InvitationTables = {
  group_invitations: InvitationRow;
  group_invitation_waves: WaveRow;
};

export type InvitationDb = Kysely<Database & InvitationTables>;

export const invitationDb = (store: Store): InvitationDb => store.db.withTables<InvitationTables>();
