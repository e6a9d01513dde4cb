/** The directory tables as Kysely types (migration 010-directory), joined to the core schema. */
import type { Kysely, Transaction } from 'kysely';
import type { PersonSourcesTable } from '../people/person-sources-store.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type DirectoryTables = {
  directory_cursors: { source: string; cursor: string | null; state: 'paging' | 'done'; updated_at: string };
  directory_runs: {
    id: string;
    trigger: string;
    sources: string;
    status: 'running' | 'succeeded' | 'failed';
    started_at: string;
    finished_at: string | null;
    duration_ms: number | null;
    pages: number;
    seen: number;
    created: number;
    updated: number;
    deactivated: number;
    conflicts: number;
    skipped: number;
    skipped_reasons: string;
    errors: string;
  };
  directory_leases: { name: string; owner: string; until_ms: number | string };
  person_sources: PersonSourcesTable['person_sources'];
  person_reach: { person_id: string; platform: string; status: string; reason: string; updated_at: string };
  directory_conflicts: {
    id: string;
    kind: string;
    source: string;
    subject: string;
    person_id: string | null;
    detail: string;
    first_seen_at: string;
    last_seen_at: string;
  };
};

export type DirectoryDb = Kysely<Database & DirectoryTables>;
export type DirectoryTrx = Transaction<Database & DirectoryTables>;

export const directoryDb = (store: Store): DirectoryDb => store.db.withTables<DirectoryTables>();
