/**
 * The Store: a Kysely database on SQLite (embedded default, WAL, in DATA_DIR) or PostgreSQL
 * (DATABASE_URL). Migrations run on open.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite only: the version of the people, identities and roles tables; equal twice = none of
   * their rows changed in between, by anyone (sqlite-people-version.ts)
   */
  peopleVersion?: () => string;
  /** true when the database answers (readiness) */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export const nowIso = (): string => new Date().toISOString();
