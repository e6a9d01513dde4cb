/**
 * Opens the Store: PostgreSQL when a URL is given, else SQLite (WAL) in the data directory, then
 * brings the schema up to date. Several instances may start at once on PostgreSQL: Kysely's
 * migrator takes a lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { pgDriver } from './backend-drivers.js';
import { type MigrationStep, orderedMigrations } from './migration-steps.js';
import { preparedStatementsPool } from './prepared-statements-pool.js';
import type { Database } from './schema.js';
import { checkpointInBackground } from './sqlite-checkpointer.js';
import { sqliteDialect } from './sqlite-dialect.js';
import { sqlitePeopleVersion } from './sqlite-people-version.js';
import { cachingStatements } from './sqlite-statement-cache.js';
import type { Store } from './store.js';

export interface StoreOptions {
  databaseUrl?: string;
  /** PostgreSQL: name each statement text so a connection parses it once (default true) */
  preparedStatements?: boolean;
  dataDir: string;
  /** SQLite file name inside dataDir, default relais.db; ':memory:' for throwaway tests */
  sqliteFile?: string;
  /** every schema step to apply: the core's and each capability's (`relaisMigrations`) */
  migrations: readonly MigrationStep[];
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const store = openPostgres(options.databaseUrl, options.preparedStatements ?? true);
    await migrate(store.db, store.dialect, options.migrations);
    return store;
  }
  const { store, database } = openSqlite(options);
  await migrate(store.db, store.dialect, options.migrations);
  // after the migrations: its triggers name the people tables
  store.peopleVersion = sqlitePeopleVersion(database);
  return store;
}

function openPostgres(databaseUrl: string, preparedStatements: boolean): Store {
  const pg = pgDriver();
  // bigint columns (epoch ms) come back as numbers: they stay far below 2^53.
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparedStatements ? preparedStatementsPool(pool) : pool }),
  });
  return {
    db,
    dialect: 'postgres',
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

function openSqlite(options: StoreOptions): { store: Store; database: SqliteDatabase.Database } {
  const file = options.sqliteFile ?? 'relais.db';
  const location = file === ':memory:' ? file : path.join(options.dataDir, file);
  if (file !== ':memory:') fs.mkdirSync(options.dataDir, { recursive: true });
  const database = new SqliteDatabase(location);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Several workers in one process share this connection; other processes (SERVER_PROCESSES, the
  // CLI) are waited for on a timer and transactions begin IMMEDIATE (sqlite-dialect.ts).
  // no fsync on the event loop: checkpoints run on a thread of their own (sqlite-checkpointer.ts)
  const checkpointer = file === ':memory:' ? undefined : checkpointInBackground(database, location);
  const db = new Kysely<Database>({ dialect: sqliteDialect(database, cachingStatements(database)) });
  const close = async () => {
    // the worker first: the connection then closes last and leaves no WAL behind
    await checkpointer?.close();
    await db.destroy();
  };
  return { store: { db, dialect: 'sqlite', ping: () => ping(db), close }, database };
}

async function ping(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

export async function migrate(
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
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (attempt < 5 && otherSchemaVanished(error, schema)) continue;
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
    }
    return;
  }
}

/**
 * Kysely asks whether its bookkeeping table exists by listing the tables of every schema of the
 * database (`has_schema_privilege` on each); a schema another app drops meanwhile fails that
 * listing with 3F000. Nothing was migrated then, and asking again is safe.
 */
function otherSchemaVanished(error: unknown, schema: string | undefined): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === '3F000' && !!schema && !String(message).includes(`"${schema}"`);
}

/**
 * BEGIN IMMEDIATE, waiting for another connection's write lock on a timer (the dialect waits
 * SQLITE_BUSY_WAIT_MS per try; a migration of another process may take longer).
 */
async function beginImmediate(connection: Kysely<Database>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await sql`begin immediate`.execute(connection);
      return;
    } catch (error) {
      const busy = (error as { code?: string }).code?.startsWith('SQLITE_BUSY');
      if (!busy || Date.now() > deadline) throw error;
    }
  }
}
