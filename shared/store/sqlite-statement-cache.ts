/**
 * Prepared statements reused by SQL text on the SQLite connection. Kysely's SQLite driver calls
 * `prepare` for every query, and preparing (parsing and planning) cost about as much as running
 * the short statements of a send (the delivery profile: ~0.2 ms each, a dozen per send). The
 * cache keeps the most recently used texts (Kysely spells `in (?, ?, …)` per list length, so the
 * set of texts is not bounded by the code); a statement still iterating (a streamed select) is
 * busy and cannot run twice at once, so that caller gets a fresh one. SQLite re-prepares a cached
 * statement by itself when a migration changes the schema.
 */
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';

const MAX_STATEMENTS = 500;

export function cachingStatements(database: SqliteDatabase): {
  close(): void;
  prepare(sql: string): Statement;
} {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql: string): Statement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // most recent last: Map keeps insertion order, so the first key is the least recent
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      }
      return statement;
    },
  };
}
