/**
 * The person of a known identity, read again, is exactly what the tables hold now: whatever
 * changed their row, identities or roles (the service, plain SQL on the same connection, another
 * connection to the same database) shows at the next read. On SQLite the person is kept between
 * reads while nothing changed (known-person-cache.ts), so these are its exactness checks; on
 * PostgreSQL every read goes to the tables.
 */
import assert from 'node:assert/strict';
import type { EventLog } from '../../shared/events/event-log.js';
import type { PeopleService } from '../../shared/people/people-service.js';
import { createPeopleService } from '../../shared/people/sql-people-service.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

const identity = { platform: 'teams' as const, tenantId: 'tenant-k', userId: '29:known' };
const events: EventLog = { track: async () => {} };

describeEachStore('known person read again', (backend) => {
  let store: Store;
  let other: Store;
  let people: PeopleService;
  let personId: string;

  beforeEach(async () => {
    store = await backend().openStore();
    other = await backend().openStore();
    await store.db.deleteFrom('roles').execute();
    await store.db.deleteFrom('identities').execute();
    await store.db.deleteFrom('people').execute();
    people = createPeopleService(store, events);
    personId = (await people.learn(identity, { displayName: 'Kim Known', email: 'kim@k.example' })).id;
    // read once: from here on a cache would hold it
    assert.equal((await people.findByIdentity(identity))?.displayName, 'Kim Known');
  });

  const again = async () => (await people.findByIdentity(identity))!;

  it('shows a role granted and revoked by the service', async () => {
    await people.grant(personId, 'communicator');
    assert.deepEqual(
      (await again()).roles.map((r) => r.role),
      ['communicator'],
    );
    await people.revoke(personId, 'communicator');
    assert.deepEqual((await again()).roles, []);
  });

  it('shows a change written in plain SQL on the same connection', async () => {
    await store.db.insertInto('roles').values({ person_id: personId, role: 'admin', scope: '' }).execute();
    assert.deepEqual(
      (await again()).roles.map((r) => r.role),
      ['admin'],
    );
    await store.db
      .updateTable('people')
      .set({ active: 0 } as never)
      .where('id', '=', personId)
      .execute();
    assert.equal((await again()).active, false);
  });

  it('shows a change another connection committed', async () => {
    await other.db
      .updateTable('people')
      .set({ display_name: 'Kim Renamed' } as never)
      .where('id', '=', personId)
      .execute();
    assert.equal((await again()).displayName, 'Kim Renamed');
    await other.db
      .insertInto('identities')
      .values({
        person_id: personId,
        platform: 'slack',
        tenant_id: 'T0K',
        user_id: 'U0KIM',
        created_at: new Date().toISOString(),
      } as never)
      .execute();
    assert.deepEqual((await again()).identities.map((i) => i.platform).sort(), ['slack', 'teams']);
    await other.db.deleteFrom('identities').where('platform', '=', 'teams').execute();
    assert.equal(await people.findByIdentity(identity), undefined, 'an identity removed is gone');
  });

  it('hands each caller its own copy', async () => {
    const first = await again();
    first.roles.push({ role: 'admin', scope: '' } as never);
    first.displayName = 'Edited';
    const second = await again();
    assert.deepEqual(second.roles, []);
    assert.equal(second.displayName, 'Kim Known');
  });
});
