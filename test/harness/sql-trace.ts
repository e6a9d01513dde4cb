/**
 * Records the SQL text of every statement this process runs (better-sqlite3 statements and pg
 * queries) while recording is on, so a test can count what one request costs (reads of a table,
 * inserts) without timing anything.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

export interface SqlTrace {
  /** the statements run since start(), whitespace collapsed */
  readonly statements: string[];
  start(): void;
  stop(): void;
  /** unwraps the driver; call in after() */
  dispose(): void;
}

export function traceSql(): SqlTrace {
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
  const pgQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (recording && text) statements.push(text.replace(/\s+/g, ' ').trim());
    return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pgQuery;
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
      pg.Client.prototype.query = pgQuery;
    },
  };
}
