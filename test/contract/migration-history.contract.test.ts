/**
 * Schema steps moved beside their capabilities keep their ids and their global order, so a
 * database created before the move migrates forward exactly as before: the schema built by every
 * step equals the dump recorded from the code as it was when all steps lived in one folder
 * (test/fixtures/schema, recorded at the last landed step: `UPDATE_SCHEMA_FIXTURES=1` records it
 * again when `history` gains the steps of a landed stop; a changed landed step fails here), and
 * a step added since numbers above every landed one.
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
  '010-directory',
  '011-preferred-platform',
  '012-signin',
  '013-ambassadors',
  '016-people-reach-index',
  '020-ambassador-recognition',
];

/** the number of the last landed step: every step added after it must number above it */
const lastLanded = Number.parseInt(history.at(-1) ?? '0', 10);

describe('migration order', () => {
  it('applies the landed steps under their ids, in the order databases applied them', () => {
    const ids = Object.keys(orderedMigrations(relaisMigrations, 'sqlite'));
    assert.deepEqual(ids.slice(0, history.length), history);
  });

  it('numbers every step added since above the last landed one (a database never skips a step)', () => {
    // Kysely refuses a database whose applied steps are not a prefix of the list: a new step
    // numbered between two landed ones would stop every deployed database at start
    const added = relaisMigrations.map((step) => step.id).filter((id) => !history.includes(id));
    const below = added.filter((id) => Number.parseInt(id, 10) <= lastLanded);
    assert.deepEqual(below, [], `renumber above ${lastLanded}`);
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
      const fixture = path.join(fixtures, `${dialect}.txt`);
      const dump = `${await schemaDump(db, dialect)}\n`;
      // once a stop lands new steps and `history` gains them, the dump is recorded again
      if (process.env.UPDATE_SCHEMA_FIXTURES === '1') fs.writeFileSync(fixture, dump);
      assert.equal(dump, fs.readFileSync(fixture, 'utf8'));
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
