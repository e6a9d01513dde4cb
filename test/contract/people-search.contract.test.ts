/**
 * People search contract: the same answers on SQLite and PostgreSQL, accents and case ignored,
 * '%' and '_' matched as themselves, the search text kept in step by every write, and migration
 * 003 filling it for people who were there before it.
 */
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { EventLog } from '../../shared/events/event-log.js';
import { importPeople } from '../../shared/people/people-import.js';
import type { PeopleService } from '../../shared/people/people-service.js';
import { createPeopleService } from '../../shared/people/sql-people-service.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';
import { databaseAtMigration } from '../harness/schema-dump.js';

const events: EventLog = { track: async () => undefined };
const slack = (userId: string) => ({ platform: 'slack' as const, tenantId: 'T1', userId });

const namesFound = async (people: PeopleService, q: string) =>
  (await people.list({ q, limit: 50, offset: 0 })).people.map((p) => p.displayName).sort();

describeEachStore('people search', (backend) => {
  let store: Store;
  let people: PeopleService;
  const importJson = (list: Record<string, unknown>[]) =>
    importPeople({ store, events }, { content: JSON.stringify(list), format: 'json' });

  beforeEach(async () => {
    store = await backend().openStore();
    await store.db.deleteFrom('identities').execute();
    await store.db.deleteFrom('roles').execute();
    await store.db.deleteFrom('people').execute();
    people = createPeopleService(store, events);
  });

  it('finds names and emails whatever their accents and case', async () => {
    await importJson([
      { email: 'elodie.durand@example.fr', displayName: 'ÉLODIE Durand' },
      { email: 'marc@example.fr', displayName: 'Marc Lenoir' },
    ]);
    await people.learn(slack('U1'), { displayName: 'Elodie' });
    await people.learn(slack('U2'), { displayName: 'Œdipe Roi' });
    assert.deepEqual(await namesFound(people, 'élodie'), ['Elodie', 'ÉLODIE Durand']);
    assert.deepEqual(await namesFound(people, 'ELODIE'), ['Elodie', 'ÉLODIE Durand']);
    assert.deepEqual(await namesFound(people, 'Durand@Example'), ['ÉLODIE Durand']);
    assert.deepEqual(await namesFound(people, 'oedipe'), ['Œdipe Roi']);
    const page = await people.list({ q: 'e', limit: 2, offset: 1 });
    assert.equal(page.total, 4);
    assert.deepEqual(
      page.people.map((p) => p.displayName),
      ['ÉLODIE Durand', 'Marc Lenoir'],
    );
  });

  it("matches '%', '_' and '\\' as the characters themselves", async () => {
    await importJson([
      { email: 'marie@example.fr', displayName: '100% Marie' },
      { email: 'jean_paul@example.fr', displayName: 'Jean-Paul' },
      { email: 'anna@example.fr', displayName: 'Anna' },
    ]);
    assert.deepEqual(await namesFound(people, '%'), ['100% Marie']);
    assert.deepEqual(await namesFound(people, '_'), ['Jean-Paul']);
    assert.deepEqual(await namesFound(people, 'n_p'), ['Jean-Paul']);
    assert.deepEqual(await namesFound(people, '0%'), ['100% Marie']);
    assert.deepEqual(await namesFound(people, '\\'), []);
  });

  it('keeps the search text in step with every write: learn, sign-in, import', async () => {
    await people.learn(slack('U3'), { displayName: 'Zoé' });
    assert.deepEqual(await namesFound(people, 'zoe'), ['Zoé']);
    await people.learn(slack('U3'), { displayName: 'Zoë Lefèvre', email: 'ZL@example.fr' });
    assert.deepEqual(await namesFound(people, 'lefevre'), ['Zoë Lefèvre']);
    assert.deepEqual(await namesFound(people, 'zl@'), ['Zoë Lefèvre']);
    assert.deepEqual(await namesFound(people, 'zoe'), ['Zoë Lefèvre']);

    await people.signIn({
      tenantId: 't',
      aadObjectId: 'oid-i',
      displayName: 'Inès',
    });
    assert.deepEqual(await namesFound(people, 'INES'), ['Inès']);

    await importJson([{ email: 'ines@example.fr', displayName: 'Inès Moreau-Lévy' }]);
    assert.deepEqual(await namesFound(people, 'levy'), ['Inès Moreau-Lévy']);
  });
});

describeEachStore('migration 003-people-search', (backend) => {
  it('fills search_text for people already there, and indexes identities by tenant and object id', async () => {
    const db = await databaseAtMigration(backend(), '002-job-queue');
    try {
      await sql`insert into people (id, email, display_name, kind, active, created_at, updated_at)
        values ('p1', 'chloe@example.fr', 'CHLOÉ Bérard', 'member', 1, '2026-01-01', '2026-01-01')`.execute(
        db,
      );
    } finally {
      await db.destroy();
    }

    const store = await backend().openStore();
    const row = await store.db
      .selectFrom('people')
      .select(['search_text', 'kind_source'])
      .where('id', '=', 'p1')
      .executeTakeFirst();
    assert.deepEqual(row, { search_text: 'chloe berard\nchloe@example.fr', kind_source: null });
    assert.deepEqual(await namesFound(createPeopleService(store, events), 'chloé'), ['CHLOÉ Bérard']);

    const indexes =
      store.dialect === 'postgres'
        ? await sql<{ name: string }>`select indexname as name from pg_indexes
            where schemaname = current_schema() and tablename = 'identities'`.execute(store.db)
        : await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'identities'`.execute(store.db);
    const names = indexes.rows.map((r) => r.name);
    assert.ok(names.includes('identities_tenant_aad'), names.join());
    assert.ok(!names.includes('identities_aad'), names.join());
  });
});
