/**
 * Opens the Store: PostgreSQL when a URL is given, else SQLite (WAL) in the data directory, then
 * brings the schema up to date. Several instances may start at once on PostgreSQL: Kysely's
 * migrator takes a lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { type MigrationStep, orderedMigrations } from './migration-steps.js';
import type { Database } from './schema.js';
import { cachingStatements } from './sqlite-statement-cache.js';
import type { Store } from './store.js';

// bigint columns (epoch ms) come back as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export interface StoreOptions {
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir, default relais.db; ':memory:' for throwaway tests */
  sqliteFile?: string;
  /** every schema step to apply: the core's and each capability's (`relaisMigrations`) */
  migrations: readonly MigrationStep[];
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options);
  await migrate(store.db, store.dialect, options.migrations);
  return store;
}

function openPostgres(databaseUrl: string): Store {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

function openSqlite(options: StoreOptions): Store {
  const file = options.sqliteFile ?? 'relais.db';
  const location = file === ':memory:' ? file : path.join(options.dataDir, file);
  if (file !== ':memory:') fs.mkdirSync(options.dataDir, { recursive: true });
  const database = new SqliteDatabase(location);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Several workers in one process share this connection; busy_timeout covers other processes.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
  return {
    db,
    dialect: 'sqlite',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function ping(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

async function migrate(
  db: Kysely<Database>,
  dialect: Store['dialect'],
  steps: readonly MigrationStep[],
): Promise<void> {
  if (dialect === 'postgres') {
    // Kysely looks for its bookkeeping tables in every schema unless told which: on a PostgreSQL
    // database shared by several schemas (other apps, parallel test suites) it would find another
    // schema's kysely_migration and never create ours. Pin them to the schema we migrate. Kysely
    // takes an advisory lock, so instances starting together migrate one after the other.
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    await runMigrations(db, dialect, steps, rows[0]?.schema);
    return;
  }
  // Kysely takes no lock on SQLite and runs migrations outside a transaction: two processes
  // opening one fresh file (the server and a CLI import) would both create the tables. Hold the
  // write lock for the whole run instead; SQLite DDL is transactional, so a failure rolls back.
  await db.connection().execute(async (connection) => {
    await beginImmediate(connection);
    try {
      await runMigrations(connection, dialect, steps, undefined);
      await sql`commit`.execute(connection);
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}

async function runMigrations(
  db: Kysely<Database>,
  dialect: Store['dialect'],
  steps: readonly MigrationStep[],
  schema: string | undefined,
): Promise<void> {
  // migrations take the dialect for the few types the two databases spell differently
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => orderedMigrations(steps, dialect) },
    migrationTableSchema: schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/**
 * BEGIN IMMEDIATE without better-sqlite3's busy wait, which blocks the whole thread: another
 * connection of this same process holding the lock could then never release it. Poll instead.
 */
async function beginImmediate(connection: Kysely<Database>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const { rows } = await sql<{ timeout: number }>`pragma busy_timeout`.execute(connection);
  const busyTimeout = Number(rows[0]?.timeout ?? 5_000);
  await sql`pragma busy_timeout = 0`.execute(connection);
  try {
    for (;;) {
      try {
        await sql`begin immediate`.execute(connection);
        return;
      } catch (error) {
        const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY');
        if (!busy || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  } finally {
    await sql.raw(`pragma busy_timeout = ${busyTimeout}`).execute(connection);
  }
}
