/**
 * Schema steps moved beside their capabilities keep their ids and their global order, so a
 * database created before the move migrates forward exactly as before: the schema built by every
 * step equals the dump recorded from the code as it was when all steps lived in one folder
 * (test/fixtures/schema, written before the move; a new step adds to it, a changed one fails here).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { relaisMigrations } from '../../shared/capabilities.js';
import { orderedMigrations } from '../../shared/store/migration-steps.js';
import { describeEachStore } from '../harness/databases.js';
import { databaseAtMigration, schemaDump } from '../harness/schema-dump.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/schema');

/** the steps in the order every deployed database applied them */
const history = [
  '001-foundation',
  '002-job-queue',
  '003-people-search',
  '004-delivery',
  '005-news',
  '006-polls',
  '007-surveys-quizzes',
  '008-tours',
  '009-pacer-epoch',
];

describe('migration order', () => {
  it('applies the landed steps under their ids, in the order databases applied them', () => {
    const ids = Object.keys(orderedMigrations(relaisMigrations, 'sqlite'));
    assert.deepEqual(ids.slice(0, history.length), history);
  });

  it('refuses two steps that share a number', () => {
    const step = relaisMigrations[0];
    assert.ok(step);
    assert.throws(
      () => orderedMigrations([step, { ...step, id: '001-other' }], 'sqlite'),
      /share the number 1/,
    );
  });
});

describeEachStore('Store schema', (backend) => {
  it('is, up to the last landed step, the schema those steps built before they moved', async () => {
    const dialect = backend().storeOptions?.databaseUrl ? 'postgres' : 'sqlite';
    const db = await databaseAtMigration(backend(), history.at(-1) ?? '');
    try {
      const expected = fs.readFileSync(path.join(fixtures, `${dialect}.txt`), 'utf8');
      assert.equal(`${await schemaDump(db, dialect)}\n`, expected);
    } finally {
      await db.destroy();
    }
  });

  it('migrates a database of the last landed step forward, applying only the steps after it', async () => {
    await (await databaseAtMigration(backend(), history.at(-1) ?? '')).destroy();
    const store = await backend().openStore();
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
      store.db,
    );
    const newer = Object.keys(orderedMigrations(relaisMigrations, store.dialect)).slice(history.length);
    assert.deepEqual(
      applied.rows.map((row) => row.name),
      [...history, ...newer],
    );
  });
});
