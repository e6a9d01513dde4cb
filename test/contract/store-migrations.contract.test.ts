/**
 * Store contract: migrations run on every open, so opening a database that is already up to date
 * (a restart) or opening it from several instances at once (a scale-out start) must be harmless.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describeEachStore } from '../harness/databases.js';

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
