/**
 * The groups store on SQLite and PostgreSQL, through two connections (two server instances):
 * groups and their settings, members and rights, a group never loses its last manager even when
 * two managers step down at once, charter versions numbered once, acceptances recorded once.
 */
import assert from 'node:assert/strict';
import { isAppError } from '../../shared/errors/errors.js';
import { charterHash } from '../../shared/groups/group-rows.js';
import { GroupStore } from '../../shared/groups/group-store.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

const addPerson = async (store: Store, id: string, kind: 'member' | 'guest') => {
  const at = new Date().toISOString();
  await store.db
    .insertInto('people')
    .values({
      id,
      email: `${id}@example.com`,
      display_name: id,
      department: null,
      site: null,
      manager_id: null,
      start_date: null,
      locale: null,
      time_zone: null,
      kind,
      kind_source: 'directory',
      search_text: id,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
};

const refusedAs = (code: string) => (error: unknown) => isAppError(error) && error.code === code;

describeEachStore('groups store contract', (backend) => {
  let one: GroupStore;
  let two: GroupStore;
  before(async () => {
    const store = await backend().openStore();
    one = new GroupStore(store);
    two = new GroupStore(await backend().openStore());
    for (const [id, kind] of [
      ['alice', 'member'],
      ['bob', 'member'],
      ['gina', 'guest'],
    ] as const)
      await addPerson(store, id, kind);
  });

  it('creates, reads, updates, lists and archives a group with its defaults', async () => {
    const g = await one.createGroup({
      nameFr: 'Partenaires',
      kind: 'partners',
      allowedDomains: [' @Partner.COM ', 'partner.com'],
      createdBy: 'alice',
    });
    assert.equal(g.nameEn, null);
    assert.deepEqual(g.allowedDomains, ['partner.com']);
    assert.deepEqual([g.guestExpiryDays, g.reviewPeriodDays, g.charterDeadlineDays], [180, 90, 14]);
    const updated = await two.updateGroup(g.id, { nameEn: 'Partners', space: { slackChannelId: 'C1' } });
    assert.equal(updated?.nameEn, 'Partners');
    assert.equal(updated?.nameFr, 'Partenaires', 'untouched fields stay');
    assert.equal(updated?.space.slackChannelId, 'C1');
    assert.ok((await one.listGroups()).some((x) => x.id === g.id));
    await one.updateGroup(g.id, { archivedAt: new Date().toISOString() });
    assert.ok(!(await one.listGroups()).some((x) => x.id === g.id));
    assert.ok((await one.listGroups({ includeArchived: true })).some((x) => x.id === g.id));
    assert.equal(await one.getGroup('nope'), undefined);
  });

  it('adds members and guests, changes rights, lists a person’s groups', async () => {
    const g = await one.createGroup({ nameEn: 'Providers', kind: 'providers' });
    assert.equal((await one.addMember({ groupId: g.id, personId: 'alice', right: 'manager' })).added, true);
    const again = await Promise.all([
      one.addMember({ groupId: g.id, personId: 'gina' }),
      two.addMember({ groupId: g.id, personId: 'gina' }),
    ]);
    assert.equal(again.filter((r) => r.added).length, 1, 'two adds at once: one');
    assert.equal(await two.isManager(g.id, 'alice'), true);
    assert.equal(await two.isManager(g.id, 'gina'), false);
    assert.equal((await one.setRight(g.id, 'gina', 'contributor')).right, 'contributor');
    const members = await two.membersOf(g.id);
    assert.deepEqual(
      members.map((m) => [m.personId, m.right, m.personKind]),
      [
        ['alice', 'manager', 'member'],
        ['gina', 'contributor', 'guest'],
      ],
    );
    const mine = await one.groupsOf('gina');
    assert.deepEqual(
      mine.filter((m) => m.group.id === g.id).map((m) => m.member.right),
      ['contributor'],
    );
    assert.ok((await one.groupIdsOf('gina')).includes(g.id));
    await assert.rejects(one.setRight(g.id, 'bob', 'member'), refusedAs('not_found'));
  });

  it('keeps a removed member’s row, and brings them back on a new add', async () => {
    const g = await one.createGroup({ nameEn: 'Clients', kind: 'clients' });
    await one.addMember({ groupId: g.id, personId: 'alice', right: 'manager' });
    await one.addMember({ groupId: g.id, personId: 'gina' });
    assert.equal(await one.removeMember(g.id, 'gina', 'review'), true);
    assert.equal(await two.removeMember(g.id, 'gina', 'review'), false, 'already removed');
    assert.deepEqual(
      (await one.membersOf(g.id)).map((m) => m.personId),
      ['alice'],
    );
    const all = await one.membersOf(g.id, { includeRemoved: true });
    assert.equal(all.find((m) => m.personId === 'gina')?.removedReason, 'review');
    assert.ok(!(await one.groupIdsOf('gina')).includes(g.id));
    const back = await one.addMember({ groupId: g.id, personId: 'gina', right: 'member' });
    assert.equal(back.added, true);
    assert.equal(back.member.removedAt, null);
  });

  it('refuses to remove or demote the last manager, even two at once', async () => {
    const g = await one.createGroup({ nameEn: 'Project', kind: 'project' });
    await one.addMember({ groupId: g.id, personId: 'alice', right: 'manager' });
    await assert.rejects(one.removeMember(g.id, 'alice'), refusedAs('conflict'));
    await assert.rejects(one.setRight(g.id, 'alice', 'member'), refusedAs('conflict'));
    await one.addMember({ groupId: g.id, personId: 'bob', right: 'manager' });
    const outcomes = await Promise.allSettled([
      one.setRight(g.id, 'alice', 'member'),
      two.removeMember(g.id, 'bob'),
    ]);
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    const managers = (await one.membersOf(g.id)).filter((m) => m.right === 'manager');
    assert.equal(managers.length, 1, 'one manager stays');
  });

  it('numbers charter versions once and records each acceptance once, with its hash', async () => {
    const g = await one.createGroup({ nameEn: 'Chartered', kind: 'partners' });
    assert.equal(await one.latestCharter(g.id), undefined);
    const [a, b] = await Promise.all([
      one.addCharterVersion(g.id, { textFr: 'Soyez courtois', textEn: 'Be kind' }),
      two.addCharterVersion(g.id, { textEn: 'Be kind, v2' }),
    ]);
    assert.deepEqual([a.version, b.version].sort(), [1, 2]);
    const latest = (await two.latestCharter(g.id))!;
    assert.equal(latest.version, 2);
    assert.equal(latest.hash, charterHash(latest.textFr, latest.textEn));
    await one.addMember({ groupId: g.id, personId: 'gina' });
    const first = await one.acceptCharter(g.id, 'gina', 1, 'slack');
    await two.acceptCharter(g.id, 'gina', 1, 'teams');
    assert.equal((await one.acceptCharter(g.id, 'gina', 1)).platform, 'slack', 'the first record stays');
    assert.equal(first.hash, (await one.charter(g.id, 1))!.hash);
    assert.equal(await one.acceptedVersion(g.id, 'gina'), 1);
    assert.equal(await one.acceptedVersion(g.id, 'alice'), undefined);
    await one.acceptCharter(g.id, 'gina', 2);
    assert.equal(await two.acceptedVersion(g.id, 'gina'), 2);
    assert.deepEqual([...(await one.acceptanceCounts(g.id))].sort(), [
      [1, 1],
      [2, 1],
    ]);
    await assert.rejects(one.acceptCharter(g.id, 'gina', 9), refusedAs('not_found'));
  });
});
