/**
 * Records the SQL text of every statement better-sqlite3 runs in this process while recording is
 * on, so a test can count what one request costs (reads of a table, inserts) without timing
 * anything. SQLite only: the statements of a PostgreSQL store go through pg instead.
 */
import SqliteDatabase from 'better-sqlite3';

export interface SqlTrace {
  /** the statements run since start(), whitespace collapsed */
  readonly statements: string[];
  start(): void;
  stop(): void;
  /** unwraps the driver; call in after() */
  dispose(): void;
}

export function traceSqlite(): SqlTrace {
  const probe = new SqliteDatabase(':memory:');
  const prototype = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  const statements: string[] = [];
  let recording = false;
  const originals = new Map<string, unknown>();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = prototype[method] as (...args: unknown[]) => unknown;
    originals.set(method, original);
    prototype[method] = function (this: { source: string }, ...args: unknown[]) {
      if (recording) statements.push(this.source.replace(/\s+/g, ' ').trim());
      return original.apply(this, args);
    };
  }
  return {
    statements,
    start() {
      statements.length = 0;
      recording = true;
    },
    stop() {
      recording = false;
    },
    dispose() {
      for (const [method, original] of originals) prototype[method] = original;
    },
  };
}
