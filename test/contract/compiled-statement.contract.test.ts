/**
 * Statements compiled once and run with each call's values (shared/store/compiled-statement.ts)
 * on each SQL store: same rows and counts as the query builder, literals kept, values not mixed
 * between calls, a missing parameter refused.
 */
import assert from 'node:assert/strict';
import { compiledStatement } from '../../shared/store/compiled-statement.js';
import type { Database } from '../../shared/store/schema.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

const insertBudget = (store: Store, key: string, epoch: number) =>
  store.db
    .insertInto('pacer_budgets')
    .values({
      key,
      tat_us: 0,
      granted_us: -1,
      paused_until: 0,
      base_rate_milli: 1000,
      rate_changed_at: 0,
      epoch,
    })
    .execute();

describeEachStore('Compiled statements', (backend) => {
  let store: Store;
  before(async () => {
    store = await backend().openStore();
    await insertBudget(store, 'cs:a', 3);
    await insertBudget(store, 'cs:b', 5);
  });

  it('reads with each call’s values, as the query builder does', async () => {
    const read = compiledStatement<Database, { epoch: number | string }>(1, (db, key) =>
      db.selectFrom('pacer_budgets').select('epoch').where('key', '=', key),
    );
    const [a, b, none] = await Promise.all([
      read.run(store.db, ['cs:a']),
      read.run(store.db, ['cs:b']),
      read.run(store.db, ['cs:none']),
    ]);
    assert.deepEqual(
      a.rows.map((r) => Number(r.epoch)),
      [3],
    );
    assert.deepEqual(
      b.rows.map((r) => Number(r.epoch)),
      [5],
    );
    assert.deepEqual(none.rows, []);
  });

  it('keeps the literals of the template and counts updated rows', async () => {
    const bump = compiledStatement<Database, never>(2, (db, key, epoch) =>
      db
        .updateTable('pacer_budgets')
        .set({ granted_us: 7 })
        .where('key', '=', key)
        .where('epoch', '=', epoch as unknown as number),
    );
    assert.equal(Number((await bump.run(store.db, ['cs:a', 4])).numAffectedRows ?? 0), 0);
    assert.equal(Number((await bump.run(store.db, ['cs:a', 3])).numAffectedRows ?? 0), 1);
    const row = await store.db
      .selectFrom('pacer_budgets')
      .select('granted_us')
      .where('key', '=', 'cs:a')
      .executeTakeFirst();
    assert.equal(Number(row?.granted_us), 7);
  });

  it('refuses a template where an argument is not a parameter', async () => {
    const broken = compiledStatement<Database, never>(2, (db, key) =>
      db.selectFrom('pacer_budgets').select('epoch').where('key', '=', key),
    );
    await assert.rejects(async () => broken.run(store.db, ['cs:a', 1]), /argument 1 is not a parameter/);
  });
});
