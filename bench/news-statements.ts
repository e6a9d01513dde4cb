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

export function countStatements(): void {
  const probe = new SqliteDatabase(':memory:');
  const statement = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = statement[method] as (...args: unknown[]) => unknown;
    statement[method] = function (this: unknown, ...args: unknown[]) {
      statementCounts.sql++;
      return original.apply(this, args);
    };
  }
  const pgQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    statementCounts.sql++;
    return pgQuery.apply(this, args);
  } as typeof pg.Client.prototype.query;
  const send = Redis.prototype.sendCommand as (...args: unknown[]) => unknown;
  Redis.prototype.sendCommand = function (this: unknown, ...args: unknown[]) {
    statementCounts.redis++;
    return send.apply(this, args);
  } as typeof Redis.prototype.sendCommand;
}
