/**
 * Kysely's SQLite dialect, made safe for several processes on one file (SERVER_PROCESSES) and
 * for other connections of this process (the CLI's import beside a server, tests):
 *
 * - A transaction begins IMMEDIATE, taking the write lock at once. A deferred one that reads,
 *   then writes, fails with SQLITE_BUSY_SNAPSHOT when another connection committed in between
 *   (no waiting helps: its snapshot is stale), and every write transaction of Relais reads first.
 * - A busy lock is waited for on a timer, never by SQLite's busy handler (busy_timeout is 0),
 *   which sleeps on the event loop: one process waiting for another would stall every request
 *   it holds, and two connections of one process could wait for each other until the timeout.
 *   A statement refused with SQLITE_BUSY did not run, so running it again is safe; inside a
 *   transaction (which holds the write lock since BEGIN IMMEDIATE) a BUSY is not retried.
 *
 * A transaction of Relais awaits only this connection, whose calls resolve as microtasks, so
 * the write lock is held for the few statements of one transaction, not across other requests.
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';

/** how long a statement waits for another connection's write lock, as busy_timeout did */
export const SQLITE_BUSY_WAIT_MS = 5_000;

/** statement cache in front of the connection (sqlite-statement-cache.ts) or the database itself */
type Prepares = { prepare(sql: string): Statement; close(): void };

export function sqliteDialect(database: SqliteDatabase, prepares: Prepares = database): SqliteDialect {
  database.pragma('busy_timeout = 0');
  return new (class extends SqliteDialect {
    override createDriver(): Driver {
      return new WaitingDriver(super.createDriver(), database);
    }
  })({ database: prepares as unknown as SqliteDatabase });
}

class WaitingDriver implements Driver {
  /** Kysely's SQLite driver has one connection: it, and the same connection waiting when busy */
  private connection: { inner: DatabaseConnection; waiting: DatabaseConnection } | undefined;

  constructor(
    private readonly inner: Driver,
    private readonly database: SqliteDatabase,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.inner.acquireConnection();
    if (this.connection?.inner !== inner) {
      this.connection = { inner, waiting: waitingConnection(inner, this.database) };
    }
    return this.connection.waiting;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  releaseConnection(): Promise<void> {
    return this.inner.releaseConnection(this.connection!.inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** forwards to Kysely's connection; a statement outside a transaction refused as busy runs again */
function waitingConnection(inner: DatabaseConnection, database: SqliteDatabase): DatabaseConnection {
  return {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      const deadline = Date.now() + SQLITE_BUSY_WAIT_MS;
      for (let attempt = 0; ; attempt++) {
        try {
          return await inner.executeQuery<R>(query);
        } catch (error) {
          if (!isBusy(error) || database.inTransaction || Date.now() > deadline) throw error;
          await sleep(backoffMs(attempt));
        }
      }
    },
    streamQuery: (query, chunkSize) => inner.streamQuery(query, chunkSize),
  };
}

const isBusy = (error: unknown) => String((error as { code?: unknown })?.code).startsWith('SQLITE_BUSY');

/** 1, 2, 4 … up to 16 ms, with jitter so two waiting processes do not retry in step */
const backoffMs = (attempt: number) => Math.min(16, 2 ** attempt) * (0.5 + Math.random() / 2);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
