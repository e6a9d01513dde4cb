/**
 * PostgreSQL statements named per text (shared/store/prepared-statements-pool.ts): a connection
 * parses a hot statement once, at most `limit` texts are named, DDL stays unnamed, and a named
 * statement whose plan a schema change made stale runs again unnamed with the new columns.
 * PostgreSQL only: SQLite keeps its own statement cache (sqlite-statement-cache.ts).
 */
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openStore } from '../../shared/store/open-store.js';
import { preparedStatementsPool } from '../../shared/store/prepared-statements-pool.js';
import { type Backend, createBackend } from '../harness/databases.js';

describe('Prepared statements on PostgreSQL', () => {
  let backend: Backend | undefined;
  let db: Kysely<Record<string, never>>;

  before(async function () {
    backend = await createBackend('postgres');
    if (!backend?.storeOptions?.databaseUrl) return this.skip();
    // one connection, so the session's prepared statements are the ones this test made
    const pool = new pg.Pool({ connectionString: backend.storeOptions.databaseUrl, max: 1 });
    db = new Kysely({ dialect: new PostgresDialect({ pool: preparedStatementsPool(pool, 3) }) });
  });

  after(async () => {
    await db?.destroy();
    await backend?.dispose();
  });

  /** the session's named statements, read unnamed (DDL-free, but `prepare`-free too: a raw query) */
  const named = async () => {
    const { rows } = await sql<{ statement: string }>`
      select statement from pg_prepared_statements where not from_sql order by prepare_time`.execute(db);
    return rows.map((r) => r.statement.replace(/\s+/g, ' ').trim());
  };

  it('parses a statement once per connection and runs it with each call’s values', async () => {
    const first = await sql<{ n: number }>`select ${1}::int + 1 as n`.execute(db);
    const second = await sql<{ n: number }>`select ${41}::int + 1 as n`.execute(db);
    assert.deepEqual([first.rows[0].n, second.rows[0].n], [2, 42]);
    const statements = await named();
    assert.equal(statements.filter((s) => s === 'select $1::int + 1 as n').length, 1);
  });

  it('names no DDL, and no more texts than its limit', async () => {
    await sql`create temporary table prepared_limit (a int)`.execute(db);
    // the limit is 3: the first test's statement and the listing took two names
    await sql`insert into prepared_limit (a) values (${1})`.execute(db);
    await sql`insert into prepared_limit (a) values (${2}), (${3})`.execute(db);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from prepared_limit`.execute(db);
    assert.equal(rows[0].n, 3);
    const statements = await named();
    assert.equal(statements.length, 3);
    assert.ok(!statements.some((s) => s.startsWith('create')));
    assert.ok(statements.includes('insert into prepared_limit (a) values ($1)'));
    assert.ok(!statements.includes('insert into prepared_limit (a) values ($1), ($2)'));
  });

  it('runs a statement whose plan a schema change made stale again, unnamed, with the new columns', async () => {
    // its own pool: the first pool's names are all taken
    const pool = new pg.Pool({ connectionString: backend!.storeOptions!.databaseUrl, max: 1 });
    const own = new Kysely<Record<string, never>>({
      dialect: new PostgresDialect({ pool: preparedStatementsPool(pool) }),
    });
    try {
      await sql`create temporary table prepared_stale (a int)`.execute(own);
      await sql`insert into prepared_stale (a) values (${1})`.execute(own);
      const before = await sql`select * from prepared_stale where a = ${1}`.execute(own);
      assert.deepEqual(before.rows, [{ a: 1 }]);
      await sql`alter table prepared_stale add column b int default 7`.execute(own);
      const after = await sql`select * from prepared_stale where a = ${1}`.execute(own);
      assert.deepEqual(after.rows, [{ a: 1, b: 7 }]);
      const again = await sql`select * from prepared_stale where a = ${1}`.execute(own);
      assert.deepEqual(again.rows, [{ a: 1, b: 7 }]);
    } finally {
      await own.destroy();
    }
  });

  it('names nothing when the store is opened with preparedStatements: false (DATABASE_PREPARED_STATEMENTS=0)', async () => {
    const store = await openStore({ ...backend!.storeOptions!, preparedStatements: false, migrations: [] });
    try {
      const names = await store.db.connection().execute(async (connection) => {
        await sql`select ${1}::int as one`.execute(connection);
        await sql`select ${2}::int as one`.execute(connection);
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from pg_prepared_statements where not from_sql`.execute(connection);
        return rows[0].n;
      });
      assert.equal(names, 0);
    } finally {
      await store.close();
    }
  });
});
