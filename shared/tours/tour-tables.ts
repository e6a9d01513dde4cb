/** The tours tables as Kysely types (migration 008-tours), joined to the core schema. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type TourTables = {
  tours: {
    id: string;
    name: string;
    description: string;
    status: string;
    audience: string;
    triggers: string;
    steps: string;
    version: number;
    built_in: string | null;
    created_by: string | null;
    created_at: string;
    updated_at: string;
  };
  tour_tutorials: {
    id: string;
    title: string;
    url: string;
    kind: string;
    created_at: string;
    updated_at: string;
  };
  tour_resources: { scope: string; value: string; person_id: string; updated_at: string };
  journeys: {
    id: string;
    tour_id: string;
    person_id: string;
    status: string;
    trigger: string;
    steps: string;
    tour_version: number;
    revision: number;
    start_date: string | null;
    started_at: string;
    current_step: number;
    completed_at: string | null;
    stopped_at: string | null;
    updated_at: string;
  };
  journey_steps: {
    journey_id: string;
    step_index: number;
    step_key: string;
    state: string;
    due_at: string | null;
    sent_at: string | null;
    done_at: string | null;
    skipped_at: string | null;
    reminders: number;
    message: string | null;
  };
};

export type TourDb = Kysely<Database & TourTables>;

export const tourDb = (store: Store): TourDb => store.db.withTables<TourTables>();
