/**
 * PostgreSQL plans a statement sent without a name again on every call. On the vote path that was
 * most of the database's own CPU: about 0.45 ms per statement, as much per vote as the whole Node
 * server spent, on the same two cores. This pool hands Kysely clients whose queries carry a name
 * per statement text, so each connection parses a text once and then only binds and executes it
 * (what node-postgres does for a query given a `name`; postgres.js and pgx do it by default).
 *
 * Bounded: at most `limit` texts per pool get a name (the hot statements are fixed texts, seen in
 * the first minutes); later ones run unnamed as before, so a stream of distinct texts (multi-row
 * inserts of every size, `in` lists) cannot grow each connection's memory without end. Only
 * statements that PostgreSQL can prepare are named (select, insert, update, delete, with); DDL and
 * transaction control stay unnamed. A named statement refused because its plan no longer fits
 * (a migration changed a table under a running connection: 0A000) or is gone from the session
 * (26000) is sent again unnamed, which is safe since the refusal comes before it runs, and its
 * text is never named again in this pool.
 */
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** hot statements are a few dozen texts; this leaves room for every capability's */
const DEFAULT_LIMIT = 500;

const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/** the named statement's plan no longer fits, or the session lost it */
const STALE_STATEMENT = new Set(['0A000', '26000']);

export function preparedStatementsPool(pool: pg.Pool, limit = DEFAULT_LIMIT): PostgresPool {
  const names = new Map<string, string>();
  const refused = new Set<string>();
  let next = 0;
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined) return known;
    if (next >= limit || refused.has(text) || !PREPARABLE.test(text)) return undefined;
    next += 1;
    const name = `relais_${next}`;
    names.set(text, name);
    return name;
  };

  const query = async (client: pg.PoolClient, text: string, values: readonly unknown[]) => {
    const name = nameOf(text);
    if (name === undefined) return client.query(text, values as unknown[]);
    try {
      return await client.query({ name, text, values: values as unknown[] });
    } catch (error) {
      if (!STALE_STATEMENT.has((error as { code?: string }).code ?? '')) throw error;
      names.delete(text);
      refused.add(text);
      return client.query(text, values as unknown[]);
    }
  };

  // Kysely keeps one connection object per client it is given: hand it the same one each time
  const clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = clients.get(client);
      if (!wrapped) {
        wrapped = {
          query: ((textOrCursor: unknown, values?: readonly unknown[]): unknown =>
            typeof textOrCursor === 'string'
              ? query(client, textOrCursor, values ?? [])
              : client.query(textOrCursor as never)) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        clients.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}
