/**
 * The groups REST API over HTTP (SQLite, PostgreSQL + Redis): admins create groups and name
 * managers (a member cannot, a nameless group is refused in French); the list is every group for
 * an admin, theirs for a manager, none for others; a manager adds members and guests, changes
 * rights and removes (never the last manager: 409 in the caller's language); the page shows each
 * one's status from invited to active; charter versions with the acceptance rate; the audit log
 * from the events, also as CSV with its headers in the reader's language; an archived group
 * refuses changes.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import { describeNewsBackends, type WorldPerson } from '../news/news-world.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

describeNewsBackends('Groups REST API', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson;
  let max: WorldPerson;
  let gina: WorldPerson;
  let groupId: string;

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'en' });
    max = await world.teamsPerson('Max Member', { locale: 'en' });
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
  });
  after(async () => {
    await world?.close();
  });

  const memberOf = (page: Json, who: WorldPerson) =>
    page.members.find((m: Json) => m.personId === who.person.id);

  it('lets admins create a group with its managers; refuses others and a nameless group', async () => {
    const created = await world.call('POST', '/groups', {
      body: {
        nameFr: 'Partenaires <Nord>',
        kind: 'partners',
        allowedDomains: ['@Partner.com'],
        managers: [mia.person.id],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    groupId = created.body.id;
    assert.deepEqual(created.body.allowedDomains, ['partner.com']);
    assert.equal(created.body.guestExpiryDays, 180);
    const refused = await world.call('POST', '/groups', { as: max, body: { nameEn: 'X', kind: 'clients' } });
    assert.equal(refused.status, 403);
    const nameless = await world.call('POST', '/groups', {
      body: { kind: 'clients' },
      headers: { 'Accept-Language': 'fr' },
    });
    assert.equal(nameless.status, 400);
    assert.match(JSON.stringify(nameless.body), /Un groupe a un nom en français ou en anglais/);
    const badDomain = await world.call('POST', '/groups', {
      body: { nameEn: 'X', kind: 'clients', allowedDomains: ['not a domain'] },
    });
    assert.equal(badDomain.status, 400);
    const unknownManager = await world.call('POST', '/groups', {
      body: { nameEn: 'X', kind: 'clients', managers: ['nobody'] },
    });
    assert.equal(unknownManager.status, 400);
  });

  it('lists every group for admins, theirs for managers, none for others', async () => {
    const other = await world.call('POST', '/groups', { body: { nameEn: 'Clients', kind: 'clients' } });
    assert.equal(other.status, 201);
    const all = await world.call('GET', '/groups');
    assert.deepEqual(all.body.groups.map((g: Json) => g.group.id).sort(), [groupId, other.body.id].sort());
    const mine = await world.call('GET', '/groups', { as: mia });
    assert.deepEqual(
      mine.body.groups.map((g: Json) => [g.group.id, g.myRight]),
      [[groupId, 'manager']],
    );
    assert.deepEqual((await world.call('GET', '/groups', { as: max })).body.groups, []);
    assert.equal((await world.call('GET', `/groups/${groupId}`, { as: max })).status, 404);
    assert.equal((await world.call('GET', '/groups/no-such-group')).status, 404);
  });

  it('lets a manager add members and guests, change rights and remove, never the last manager', async () => {
    const addMax = await world.call('POST', `/groups/${groupId}/members`, {
      as: mia,
      body: { person: max.person.id },
    });
    assert.equal(addMax.status, 201, JSON.stringify(addMax.body));
    assert.equal(addMax.body.right, 'member');
    const addGina = await world.call('POST', `/groups/${groupId}/members`, {
      as: mia,
      body: { person: gina.person.id, right: 'member' },
    });
    assert.equal(addGina.status, 201, JSON.stringify(addGina.body));
    assert.equal(addGina.body.personKind, 'guest');
    assert.equal(addGina.body.status, 'invited');
    assert.ok(addGina.body.expiresAt, 'a guest’s access expires');
    assert.equal(
      (await world.call('POST', `/groups/${groupId}/members`, { as: mia, body: { person: max.person.id } }))
        .status,
      409,
    );
    // a plain member may not manage
    assert.equal((await world.call('GET', `/groups/${groupId}`, { as: max })).status, 403);
    const promoted = await world.call('PUT', `/groups/${groupId}/members/${max.person.id}/right`, {
      as: mia,
      body: { right: 'contributor' },
    });
    assert.equal(promoted.body.right, 'contributor');
    const last = await world.call('PUT', `/groups/${groupId}/members/${mia.person.id}/right`, {
      as: mia,
      body: { right: 'member' },
    });
    assert.equal(last.status, 409);
    assert.equal(last.body.error.code, 'conflict');
    assert.match(last.body.error.message, /at least one manager/, 'in Mia’s language');
    const lastFr = await world.call('PUT', `/groups/${groupId}/members/${mia.person.id}/right`, {
      body: { right: 'member' },
      headers: { 'Accept-Language': 'fr' },
    });
    assert.match(lastFr.body.error.message, /au moins un responsable/);
    assert.equal(
      (await world.call('DELETE', `/groups/${groupId}/members/${mia.person.id}`, { as: mia })).status,
      409,
    );
    assert.equal((await world.call('DELETE', `/groups/${groupId}/members/nobody`, { as: mia })).status, 404);
  });

  it('shows each one’s status from invited to active, and the charter’s acceptance rate', async () => {
    const { store } = world.relais.core.groups;
    const status = async () =>
      memberOf((await world.call('GET', `/groups/${groupId}`, { as: mia })).body, gina).status;
    assert.equal(await status(), 'invited');
    await store.markJoined(groupId, gina.person.id);
    assert.equal(await status(), 'joined');
    const charter = await world.call('POST', `/groups/${groupId}/charters`, {
      as: mia,
      body: { textFr: 'Soyez courtois.', textEn: 'Be kind.' },
    });
    assert.equal(charter.status, 201, JSON.stringify(charter.body));
    assert.equal(charter.body.version, 1);
    assert.equal(await status(), 'joined', 'charter pending');
    let summary = (await world.call('GET', `/groups/${groupId}/charters`, { as: mia })).body;
    assert.deepEqual([summary.current, summary.guests, summary.accepted, summary.rate], [1, 1, 0, 0]);
    await store.acceptCharter(groupId, gina.person.id, 1, 'teams');
    assert.equal(await status(), 'charter_accepted');
    summary = (await world.call('GET', `/groups/${groupId}/charters`, { as: mia })).body;
    assert.deepEqual([summary.accepted, summary.rate, summary.versions[0].acceptedBy], [1, 1, 1]);
    await store.markActive(groupId, gina.person.id);
    assert.equal(await status(), 'active');
    // a new version: asked again
    await world.call('POST', `/groups/${groupId}/charters`, { as: mia, body: { textEn: 'Be kind, v2.' } });
    const page = (await world.call('GET', `/groups/${groupId}`, { as: mia })).body;
    assert.equal(memberOf(page, gina).status, 'joined');
    assert.equal(memberOf(page, gina).charterAccepted, false);
    assert.equal(memberOf(page, gina).acceptedVersion, 1);
    assert.equal(page.charter.rate, 0);
    const removed = await world.call('DELETE', `/groups/${groupId}/members/${gina.person.id}`, { as: mia });
    assert.equal(removed.status, 204);
    const after = (await world.call('GET', `/groups/${groupId}`, { as: mia })).body;
    assert.equal(memberOf(after, gina).status, 'removed');
    assert.equal(memberOf(after, gina).removedReason, 'manager');
  });

  it('keeps an audit log of the group’s events, as JSON and CSV', async () => {
    const audit = await pollUntil(
      async () => (await world.call('GET', `/groups/${groupId}/audit`, { as: mia })).body,
      (body: Json) => body.entries?.some((e: Json) => e.type === 'group.removed'),
      { what: 'the removal in the audit log' },
    );
    const types = audit.entries.map((e: Json) => e.type);
    for (const type of [
      'group.created',
      'group.member_added',
      'group.right_changed',
      'group.charter_versioned',
      'group.removed',
    ]) {
      assert.ok(types.includes(type), `${type} in ${types.join()}`);
    }
    const removal = audit.entries.find((e: Json) => e.type === 'group.removed');
    assert.equal(removal.actorName, 'Mia Manager');
    assert.equal(removal.personName, 'Gina Guest');
    const csv = await world.api('GET', `/groups/${groupId}/audit.csv`, { as: mia });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const text = await csv.text();
    assert.match(text, /group\.removed,Mia Manager/);
    // headers in the reader's language (Mia reads English), or in the one the console asks for
    assert.equal(text.split('\r\n')[0], 'When,Event,By,By (id),About,About (id),Details');
    const french = await world.api('GET', `/groups/${groupId}/audit.csv?locale=fr`, { as: mia });
    assert.equal(french.status, 200);
    const frenchText = await french.text();
    assert.equal(frenchText.split('\r\n')[0], 'Date,Événement,Par,Par (id),Concerne,Concerne (id),Détails');
    assert.match(frenchText, /group\.removed,Mia Manager/);
    assert.equal((await world.call('GET', `/groups/${groupId}/audit`, { as: max })).status, 403);
  });

  it('lets admins edit and archive; an archived group refuses changes and leaves the managers’ list', async () => {
    const edited = await world.call('PATCH', `/groups/${groupId}`, {
      body: { nameEn: 'North partners', reviewPeriodDays: 30 },
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.nameEn, 'North partners');
    assert.equal(edited.body.nameFr, 'Partenaires <Nord>');
    assert.equal(
      (await world.call('PATCH', `/groups/${groupId}`, { as: mia, body: { nameEn: 'Mine' } })).status,
      403,
    );
    const archived = await world.call('POST', `/groups/${groupId}/archive`);
    assert.ok(archived.body.archivedAt);
    assert.equal(
      (await world.call('POST', `/groups/${groupId}/members`, { as: mia, body: { person: gina.person.id } }))
        .status,
      409,
    );
    assert.deepEqual((await world.call('GET', '/groups', { as: mia })).body.groups, []);
  });
});
