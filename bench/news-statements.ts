/**
 * Counts the database statements and Redis commands the bench server runs, by wrapping the
 * drivers' entry points before the server opens them (better-sqlite3 statements, pg clients,
 * ioredis commands). The bench divides them by the sends to show the per-send cost, which a
 * loaded machine's wall-clock rates hide.
 */
import SqliteDatabase from 'better-sqlite3';
import { Redis } from 'ioredis';
import pg from 'pg';

export const statementCounts = { sql: 0, redis: 0 };
/** BENCH_STATEMENT_TIMES=1: SQLite statements by text, how many and their synchronous time (ms) */
export const statementTimes = new Map<string, { n: number; ms: number }>();
const timed = process.env.BENCH_STATEMENT_TIMES === '1';
/** BENCH_STATEMENT_TIMES=1: the statements that held the thread 20 ms or more, in order */
export const slowStatements: { source: string; ms: number; at: number }[] = [];
const SLOW_MS = 20;

const DATA_VERSION = 'pragma data_version';

export function countStatements(): void {
  const probe = new SqliteDatabase(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      // the people tables' version (shared/store/sqlite-people-version.ts) reads no table: a
      // counter of the connection, not a statement a click sends to the data
      if (this.source === DATA_VERSION) return original.apply(this, args);
      statementCounts.sql++;
      if (!timed) return original.apply(this, args);
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const source = `${method}: ${this.source}`;
        const entry = statementTimes.get(source) ?? { n: 0, ms: 0 };
        const ms = performance.now() - started;
        entry.n += 1;
        entry.ms += ms;
        if (ms >= SLOW_MS) slowStatements.push({ source, ms, at: Date.now() });
        statementTimes.set(source, entry);
      }
    };
  }
  const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    statementCounts.sql++;
    if (timed) {
      const first = args[0] as string | { text?: string };
      const source = `pg: ${typeof first === 'string' ? first : first?.text}`;
      const entry = statementTimes.get(source) ?? { n: 0, ms: 0 };
      entry.n += 1;
      statementTimes.set(source, entry);
    }
    return pgQuery.apply(this, args);
  } as typeof pg.Client.prototype.query;
  const send = Redis.prototype.sendCommand as (...args: unknown[]) => unknown;
  Redis.prototype.sendCommand = function (this: unknown, ...args: unknown[]) {
    statementCounts.redis++;
    return send.apply(this, args);
  } as typeof Redis.prototype.sendCommand;
}
