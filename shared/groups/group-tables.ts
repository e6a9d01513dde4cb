/** The groups tables as Kysely types (migration 022-groups), joined to the core schema. */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type GroupTables = {
  groups: {
    id: string;
    name_fr: string | null;
    name_en: string | null;
    description_fr: string | null;
    description_en: string | null;
    kind: string;
    teams_tenant_id: string | null;
    teams_team_id: string | null;
    teams_channel_id: string | null;
    slack_team_id: string | null;
    slack_channel_id: string | null;
    /** JSON string[] */
    allowed_domains: Generated<string>;
    /** JSON string[] */
    blocked_domains: Generated<string>;
    guest_expiry_days: Generated<number>;
    review_period_days: Generated<number>;
    charter_deadline_days: Generated<number>;
    created_by: string | null;
    created_at: string;
    archived_at: string | null;
  };
  group_members: {
    group_id: string;
    person_id: string;
    right: string;
    added_by: string | null;
    added_at: string;
    joined_at: string | null;
    expires_at: string | null;
    last_active_at: string | null;
    removed_at: string | null;
    removed_reason: string | null;
  };
  group_charters: {
    group_id: string;
    version: number;
    text_fr: string | null;
    text_en: string | null;
    hash: string;
    created_by: string | null;
    created_at: string;
  };
  group_charter_acceptances: {
    group_id: string;
    person_id: string;
    version: number;
    hash: string;
    accepted_at: string;
    platform: string | null;
  };
};

export type GroupDb = Kysely<Database & GroupTables>;

export const groupDb = (store: Store): GroupDb => store.db.withTables<GroupTables>();
