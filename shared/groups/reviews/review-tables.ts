/** The access review tables (migration 024-group-reviews) joined to the groups' and the core's. */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Store } from '../../store/store.js';
import type { GroupTables } from '../group-tables.js';

export type ReviewTables = {
  group_reviews: {
    id: string;
    group_id: string;
    period: number;
    started_at: string;
    due_at: string;
    reminded_at: string | null;
    closed_at: string | null;
    outcome: string | null;
  };
  group_review_items: {
    review_id: string;
    person_id: string;
    charter_version: number | null;
    decision: string | null;
    decided_by: string | null;
    decided_at: string | null;
  };
};

/** The groups table plus the review settings 024 and 036 add to it. */
type GuestTables = Omit<GroupTables, 'groups'> & {
  groups: GroupTables['groups'] & {
    /** 'report' | 'remove' */
    unreviewed_action: Generated<string>;
    review_remind_days: Generated<number>;
    review_answer_days: Generated<number>;
  };
};

export type GuestDb = Kysely<Database & GuestTables & ReviewTables>;

export const guestDb = (store: Store): GuestDb => store.db.withTables<GuestTables & ReviewTables>();
