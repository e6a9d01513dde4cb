/** The ambassadors tables as Kysely types (migrations 013-ambassadors, 020-ambassador-recognition, 021-relay-attribution, 039-relay-claims), joined to the core schema. */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type AmbassadorTables = {
  ambassadors: {
    person_id: string;
    status: string;
    sponsors: Generated<string>;
    source: string;
    nominated_by: string | null;
    approved_by: string | null;
    leaderboard_opt_out: Generated<number>;
    created_at: string;
    updated_at: string;
  };
  ambassador_scopes: { person_id: string; kind: string; value: string };
  relay_campaigns: {
    id: string;
    subject_type: string;
    subject_id: string;
    message_fr: string;
    message_en: string;
    relay_date: string;
    scope: string;
    created_by: string | null;
    created_at: string;
  };
  relay_requests: {
    id: string;
    campaign_id: string;
    ambassador_id: string;
    week: string;
    slot: number;
    state: string;
    reason: string | null;
    snoozed_until: string | null;
    message: string | null;
    created_at: string;
    updated_at: string;
    /** the answer sharing it into a channel holds this lease until the copy is posted (migration 039) */
    claim: string | null;
    claimed_until: string | null;
  };
  relays: {
    request_id: string;
    ambassador_id: string;
    kind: string;
    platform: string | null;
    conversation_id: string | null;
    at: string;
    /** members of the channel relayed into, when the platform tells it (migration 020) */
    reach: number | null;
    /** the relayed copy's message id (migration 021) */
    message_id: string | null;
  };
  relay_interactions: { request_id: string; person_id: string; kind: string; at: string };
  ambassador_digests: { ambassador_id: string; week: string; at: string };
  ambassador_assignments: {
    week: string;
    person_id: string;
    ambassador_id: string;
    reason: string;
    state: string;
    at: string;
  };
  ambassador_nudges: {
    week: string;
    person_id: string;
    ambassador_id: string;
    at: string;
    returned_at: string | null;
  };
  ambassador_opt_outs: { person_id: string; at: string };
  ambassador_thanks: { ambassador_id: string; month: string; at: string };
};

export type AmbassadorDb = Kysely<Database & AmbassadorTables>;

export const ambassadorDb = (store: Store): AmbassadorDb => store.db.withTables<AmbassadorTables>();
