/**
 * Store contract: migrations run on every open, so opening a database that is already up to date
 * (a restart) or opening it from several instances at once (a scale-out start) must be harmless.
 */
import assert from 'node:assert/strict';
import { type Dialect, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { relaisMigrations } from '../../shared/capabilities.js';
import { migrate } from '../../shared/store/open-store.js';
import type { Database } from '../../shared/store/schema.js';
import { describeEachStore, postgresTestUrl } from '../harness/databases.js';

describeEachStore('Store migrations', (backend) => {
  it('tolerates several instances migrating a fresh database at once', async () => {
    const stores = await Promise.all([backend().openStore(), backend().openStore(), backend().openStore()]);
    for (const store of stores) assert.equal(await store.ping(), true);
  });

  it('are idempotent: a second open keeps the schema and the data', async () => {
    const first = await backend().openStore();
    await first.db.insertInto('kv').values({ key: 'survives', value: '"yes"', expires_at: null }).execute();
    const second = await backend().openStore();
    const row = await second.db
      .selectFrom('kv')
      .select('value')
      .where('key', '=', 'survives')
      .executeTakeFirst();
    assert.equal(row?.value, '"yes"');
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      second.db,
    );
    const names = applied.rows.map((r) => r.name);
    assert.equal(new Set(names).size, names.length, 'a migration was recorded twice');
    assert.ok(names.includes('001-foundation'));
  });
});

describe('Store migrations on a PostgreSQL database shared with other schemas', () => {
  let database: Awaited<ReturnType<typeof postgresTestUrl>>;
  before(async function () {
    database = await postgresTestUrl();
    if (!database) this.skip();
  });
  after(async () => {
    await database?.drop();
  });

  it('asks again when a schema dropped by someone else fails Kysely’s listing of every schema', async () => {
    const failures = [{ code: '3F000', message: 'schema "relais_t_dropped_meanwhile" does not exist' }];
    const dialect = new PostgresDialect({
      pool: new pg.Pool({ connectionString: database!.url, max: 2 }),
    });
    let listings = 0;
    // the listing fails once, as it does when another schema is dropped while it runs
    const flaky: Dialect = {
      createAdapter: () => dialect.createAdapter(),
      createDriver: () => dialect.createDriver(),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createIntrospector(db) {
        const introspector = dialect.createIntrospector(db);
        return {
          getSchemas: () => introspector.getSchemas(),
          getMetadata: (options) => introspector.getMetadata(options),
          getTables: async (options) => {
            listings++;
            const failure = failures.shift();
            if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
            return introspector.getTables(options);
          },
        };
      },
    };
    const db = new Kysely<Database>({ dialect: flaky });
    try {
      await migrate(db, 'postgres', relaisMigrations);
      assert.ok(listings > 1);
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
      assert.equal(applied.rows.length, relaisMigrations.length);
    } finally {
      await db.destroy();
    }
  });
});
