/**
 * The polls tables as Kysely types (created by migrations/006-polls.ts), added to the core
 * schema with `withTables` so the shared schema file stays the foundation's.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

// a type alias, not an interface: withTables needs its implicit index signature
export type PollTables = {
  polls: {
    id: string;
    question: string;
    max_choices: number;
    /** 0/1 */
    anonymous: number;
    result_visibility: string;
    /** 0/1 */
    allow_add_options: number;
    closes_at: string | null;
    closed_at: string | null;
    author_id: string | null;
    locale: string;
    /** JSON PollTarget */
    target: string | null;
    created_at: string;
    updated_at: string;
  };
  poll_options: {
    poll_id: string;
    position: number;
    label: string;
    label_key: string;
    added_by: string | null;
    created_at: string;
  };
  poll_ballots: {
    poll_id: string;
    voter_key: string;
    choices: number;
    person_id: string | null;
    updated_at: string | null;
  };
  poll_messages: {
    platform: string;
    conversation_id: string;
    message_id: string;
    tenant_id: string;
    poll_id: string;
    person_id: string | null;
    created_at: string;
  };
  /** one row per poll sent to an audience and group it names (migration 043) */
  poll_audience_groups: { group_id: string; poll_id: string };
};

export type PollDb = Kysely<Database & PollTables>;

export const pollDb = (store: Store): PollDb => store.db.withTables<PollTables>();
