/**
 * A statement of a hot path (a send, a job claim, a vote) compiled once and run with each call's
 * values. Building and compiling a Kysely query (its operation tree, parsers, frozen nodes, the
 * dialect's visitor) cost more CPU than SQLite running the short statement itself: in the news
 * benchmark the pacer's epoch read alone spent twice as long in Kysely as in the database. The
 * template is compiled from the query builder with a marker in each parameter's place, so the SQL
 * text stays the dialect's own (`?` or `$n`) and the statement-cache keys
 * (sqlite-statement-cache.ts) are the same texts as before. Templates are kept per dialect
 * adapter, which a store's Kysely shares with its transactions (a process may hold a SQLite and a
 * PostgreSQL store, as the tests do). The store's Kysely has no plugins, which are the only thing
 * a reused compiled query would bypass.
 */
import type { Compilable, CompiledQuery, DialectAdapter, Kysely, QueryResult } from 'kysely';

const marker = (index: number) => `\u0000compiled-statement-parameter-${index}`;

/** the values a statement's template marks, in the order of `args` */
export type Args = readonly unknown[];

export interface CompiledStatement<D, R> {
  run(db: Kysely<D>, args: Args): Promise<QueryResult<R>>;
}

interface Template<R> {
  query: CompiledQuery<R>;
  /** for each parameter of the query: the argument it takes, or -1 for a fixed value */
  slots: number[];
}

/**
 * `build` receives the database and one marker per argument and returns the query; every marker
 * must end up as a parameter (one that does not is a programming error, thrown at first use).
 */
export function compiledStatement<D, R>(
  arity: number,
  build: (db: Kysely<D>, ...markers: string[]) => Compilable<R>,
): CompiledStatement<D, R> {
  const templates = new WeakMap<DialectAdapter, Template<R>>();
  const markers = Array.from({ length: arity }, (_, i) => marker(i));
  const compile = (db: Kysely<D>): Template<R> => {
    const query = build(db, ...markers).compile();
    const slots = query.parameters.map((value) => markers.indexOf(value as string));
    for (let i = 0; i < arity; i++) {
      if (!slots.includes(i)) throw new Error(`compiled statement: argument ${i} is not a parameter`);
    }
    const template = { query, slots };
    templates.set(db.getExecutor().adapter, template);
    return template;
  };
  return {
    run(db, args) {
      const { query, slots } = templates.get(db.getExecutor().adapter) ?? compile(db);
      const fixed = query.parameters;
      const parameters = slots.map((slot, at) => (slot < 0 ? fixed[at] : args[slot]));
      return db.executeQuery<R>({ ...query, parameters });
    },
  };
}
