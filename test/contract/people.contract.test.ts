import assert from 'node:assert/strict';
import { sql } from 'kysely';
import {
  type ConversationStore,
  createConversationStore,
} from '../../shared/conversations/conversation-store.js';
import type { EventLog, TrackedEvent } from '../../shared/events/event-log.js';
import { importPeople } from '../../shared/people/people-import.js';
import type { PeopleService } from '../../shared/people/people-service.js';
import { hasRole } from '../../shared/people/person.js';
import { createPeopleService } from '../../shared/people/sql-people-service.js';
import type { Store } from '../../shared/store/store.js';
import { describeEachStore } from '../harness/databases.js';

const teams = (userId: string, aadObjectId?: string) => ({
  platform: 'teams' as const,
  tenantId: 'tenant-1',
  userId,
  ...(aadObjectId && { aadObjectId }),
});
const slack = (userId: string) => ({ platform: 'slack' as const, tenantId: 'T1', userId });

describeEachStore('people', (backend) => {
  let store: Store;
  let people: PeopleService;
  let conversations: ConversationStore;
  const tracked: TrackedEvent[] = [];
  const events: EventLog = { track: async (e) => void tracked.push(e) };

  beforeEach(async () => {
    store = await backend().openStore();
    tracked.length = 0;
    await store.db.deleteFrom('conversations').execute();
    await store.db.deleteFrom('roles').execute();
    await store.db.deleteFrom('identities').execute();
    await store.db.deleteFrom('people').execute();
    people = createPeopleService(store, events);
    conversations = createConversationStore(store);
  });

  const importJson = (list: Record<string, unknown>[]) =>
    importPeople({ store, events }, { content: JSON.stringify(list), format: 'json' });
  const roleList = async (id: string) =>
    (await people.get(id))!.roles.map((r) => `${r.role}:${r.scope}`).sort();

  it('learns a person from a platform identity and finds them again', async () => {
    const first = await people.learn(teams('29:a', 'aad-a'), { displayName: 'Léa Martin', locale: 'fr-FR' });
    const again = await people.learn(teams('29:a'), { displayName: 'Léa Martin' });
    assert.equal(again.id, first.id);
    assert.equal(first.displayName, 'Léa Martin');
    assert.deepEqual(first.identities, [teams('29:a', 'aad-a')]);
    assert.equal((await people.findByIdentity(teams('29:a')))?.id, first.id);
  });

  it('keeps the chat client’s language when the directory gave none, and the directory’s when it did', async () => {
    const met = await people.learn(slack('U9'), { displayName: 'Jo', locale: 'en-GB' });
    assert.equal(met.locale, 'en');
    const later = await people.learn(slack('U9'), { displayName: 'Jo', locale: 'fr-FR' });
    assert.equal(later.locale, 'en', 'the first language stays until the directory says otherwise');
    await importJson([{ email: 'marc@example.fr', displayName: 'Marc', locale: 'fr' }]);
    const imported = await people.learn(teams('29:m'), { email: 'marc@example.fr', locale: 'en-US' });
    assert.equal(imported.locale, 'fr');
    const unknown = await people.learn(teams('29:u'), { displayName: 'Ana', locale: 'es-ES' });
    assert.equal(unknown.locale, null);
  });

  it('links Teams and Slack identities of one person by email, whatever the case', async () => {
    const inTeams = await people.learn(teams('29:b'), {
      displayName: 'Hugo',
      email: 'Hugo.Petit@Example.fr',
    });
    const inSlack = await people.learn(slack('U1'), { displayName: 'hugo', email: 'hugo.petit@example.fr' });
    assert.equal(inSlack.id, inTeams.id);
    assert.deepEqual(inSlack.identities.map((i) => i.platform).sort(), ['slack', 'teams']);
    assert.equal(inSlack.email, 'hugo.petit@example.fr');
  });

  it('links concurrent first contacts with the same email to one person', async () => {
    const [a, b] = await Promise.all([
      people.learn(teams('29:c'), { email: 'same@example.fr' }),
      people.learn(slack('U2'), { email: 'same@example.fr' }),
    ]);
    assert.equal(a.id, b.id);
    const rows = await store.db.selectFrom('people').select('id').execute();
    assert.equal(rows.length, 1);
  });

  it('signs a tab user in by object id, and the bot joins them later by that object id', async () => {
    const signedIn = await people.signIn({ tenantId: 'tenant-1', aadObjectId: 'aad-z', displayName: 'Zoé' });
    const bot = await people.learn(teams('29:z', 'aad-z'), { displayName: 'Zoé' });
    assert.equal(bot.id, signedIn.id);
    const again = await people.signIn({ tenantId: 'tenant-1', aadObjectId: 'aad-z', displayName: 'Zoé' });
    assert.equal(again.id, signedIn.id);
    assert.deepEqual(again.identities, [teams('29:z', 'aad-z')], 'the directory account is no chat identity');
    const otherTenant = await people.signIn({
      tenantId: 'tenant-2',
      aadObjectId: 'aad-z',
      displayName: 'Zoé',
    });
    assert.notEqual(otherTenant.id, signedIn.id, 'an object id means something in its own tenant only');
  });

  it('links a tab sign-in made before the bot met them, directory account included, to the imported person', async () => {
    await importJson([{ email: 'yann@example.fr', displayName: 'Yann Le Goff' }]);
    const imported = (await people.findByEmail('yann@example.fr'))!;
    await people.grant(imported.id, 'communicator');
    const early = await people.signIn({ tenantId: 'tenant-1', aadObjectId: 'aad-y', displayName: 'Yann' });
    assert.notEqual(early.id, imported.id, 'a sign-in alone links nobody');
    assert.equal(early.email, null);
    // the bot meets them: the connector tells their email, a member of the tenant
    const met = await people.learn(teams('29:y', 'aad-y'), { email: 'yann@example.fr', kind: 'member' });
    assert.equal(met.id, imported.id);
    assert.equal(await people.get(early.id), undefined, 'the empty early person is gone');
    const later = await people.signIn({ tenantId: 'tenant-1', aadObjectId: 'aad-y', displayName: 'Yann' });
    assert.equal(later.id, imported.id);
    assert.ok(hasRole(later, 'communicator'));
  });

  it('learns guests from the platform, and a platform never promotes a guest', async () => {
    const guest = await people.learn(slack('UG'), { displayName: 'Gina', kind: 'guest' });
    assert.equal(guest.kind, 'guest');
    assert.equal((await people.learn(slack('UG'), { kind: 'member' })).kind, 'guest');
    const member = await people.learn(teams('29:m'), { displayName: 'Max', kind: 'member' });
    assert.equal(member.kind, 'member');
    assert.equal((await people.learn(teams('29:m'), { kind: 'guest' })).kind, 'guest');
  });

  it('never links a guest or unvouched account to a member by email, nor keeps the address', async () => {
    await importJson([{ email: 'boss@example.fr', displayName: 'Boss' }]);
    const boss = (await people.findByEmail('boss@example.fr'))!;
    await people.grant(boss.id, 'admin');
    for (const [identity, kind] of [
      [slack('UG1'), 'guest'],
      [teams('29:g1', 'aad-g1'), 'guest'],
      [teams('29:u1', 'aad-u1'), 'unknown'],
    ] as const) {
      const learned = await people.learn(identity, {
        displayName: 'Not Boss',
        email: 'boss@example.fr',
        kind,
      });
      assert.notEqual(learned.id, boss.id, `${identity.userId} (${kind})`);
      assert.equal(learned.email, null, 'the address stays with its owner');
      assert.equal(learned.kind, 'guest');
      assert.equal(hasRole(learned, 'admin'), false);
    }
    assert.deepEqual((await people.get(boss.id))?.identities, []);
  });

  it('does not link a new account to the person whose address it reuses (a UPN given to a new hire)', async () => {
    await importJson([{ email: 'boss@example.fr', displayName: 'Boss' }]);
    const boss = await people.learn(teams('29:boss', 'aad-boss'), {
      email: 'boss@example.fr',
      kind: 'member',
    });
    await people.grant(boss.id, 'admin');
    const slackBoss = await people.learn(slack('UBOSS'), { email: 'boss@example.fr', kind: 'member' });
    assert.equal(slackBoss.id, boss.id, 'the same person on the other platform');
    for (const identity of [teams('29:hire', 'aad-hire'), slack('UHIRE')]) {
      const hire = await people.learn(identity, { email: 'boss@example.fr', kind: 'member' });
      assert.notEqual(hire.id, boss.id, identity.userId);
      assert.equal(hire.email, null);
      assert.equal(hasRole(hire, 'admin'), false);
    }
    assert.equal(
      (await people.learn(teams('29:boss', 'aad-boss'), { email: 'boss@example.fr' })).id,
      boss.id,
    );
  });

  it('lets a platform make a linked member a guest, unless the import explicitly said member', async () => {
    await importJson([{ email: 'plain@example.fr' }, { email: 'explicit@example.fr', kind: 'member' }]);
    const plain = await people.learn(slack('UP'), { email: 'plain@example.fr', kind: 'member' });
    const explicit = await people.learn(slack('UE'), { email: 'explicit@example.fr', kind: 'member' });
    assert.equal((await people.learn(slack('UP'), { kind: 'guest' })).id, plain.id);
    assert.equal((await people.get(plain.id))?.kind, 'guest');
    assert.equal((await people.learn(slack('UE'), { kind: 'guest' })).kind, 'member');
    assert.equal(explicit.email, 'explicit@example.fr');
    await importJson([{ email: 'plain@example.fr', kind: 'member' }]);
    assert.equal((await people.learn(slack('UP'), { kind: 'guest' })).kind, 'member');
  });

  it('moves an identity met without an email to the imported person its email later reveals', async () => {
    const orphan = await people.learn(teams('29:o'), { displayName: 'Olga' });
    await conversations.save({
      platform: 'teams',
      tenantId: 'tenant-1',
      conversationId: 'a:olga',
      kind: 'personal',
      personId: orphan.id,
      reference: {},
    });
    await importJson([{ email: 'olga@example.fr', displayName: 'Olga Petrova' }]);
    const imported = await people.findByEmail('olga@example.fr');
    const linked = await people.learn(teams('29:o'), { displayName: 'Olga', email: 'Olga@Example.fr' });
    assert.equal(linked.id, imported?.id);
    assert.equal(linked.displayName, 'Olga Petrova', 'the directory keeps its name');
    assert.deepEqual(linked.identities, [teams('29:o')]);
    assert.equal(await people.get(orphan.id), undefined, 'the empty person is gone');
    assert.equal((await conversations.get('teams', 'a:olga'))?.personId, imported?.id);
    assert.equal((await conversations.findPersonal('teams', imported!.id))?.conversationId, 'a:olga');
    const event = tracked.find((e) => e.type === 'people.linked');
    assert.equal(event?.personId, imported?.id);
    assert.deepEqual(event?.data, { from: orphan.id, orphanDeleted: true });
  });

  it('links to the person met on the other platform, keeping a left-behind person who holds a role', async () => {
    const inSlack = await people.learn(slack('US'), { displayName: 'Sam', email: 'sam@example.fr' });
    const inTeams = await people.learn(teams('29:s'), { displayName: 'Sam' });
    await people.grant(inTeams.id, 'ambassador');
    const linked = await people.learn(teams('29:s'), { email: 'sam@example.fr' });
    assert.equal(linked.id, inSlack.id);
    assert.deepEqual(linked.identities.map((i) => i.platform).sort(), ['slack', 'teams']);
    assert.deepEqual((await people.get(inTeams.id))?.identities, []);
    assert.deepEqual(tracked.find((e) => e.type === 'people.linked')?.data, {
      from: inTeams.id,
      orphanDeleted: false,
    });
  });

  /** On PostgreSQL, opens ten pooled connections first so that the ten calls really overlap. */
  const warmPool = () =>
    Promise.all(Array.from({ length: 10 }, () => sql`select pg_sleep(0.01)`.execute(store.db)));

  it('makes one person of ten simultaneous first contacts of one identity', async () => {
    if (store.dialect === 'postgres') await warmPool();
    const learned = await Promise.all(
      Array.from({ length: 10 }, () => people.learn(teams('29:race', 'aad-race'), { displayName: 'Rémi' })),
    );
    assert.equal(new Set(learned.map((p) => p.id)).size, 1);
    assert.equal((await store.db.selectFrom('people').select('id').execute()).length, 1);
    assert.equal((await store.db.selectFrom('identities').select('user_id').execute()).length, 1);
  });

  it('makes one person of ten simultaneous first sign-ins of one directory account', async () => {
    const account = { tenantId: 'tenant-1', aadObjectId: 'aad-s', email: null, displayName: 'Sia' };
    if (store.dialect === 'postgres') await warmPool();
    const signedIn = await Promise.all(Array.from({ length: 10 }, () => people.signIn(account)));
    assert.equal(new Set(signedIn.map((p) => p.id)).size, 1);
    assert.equal((await store.db.selectFrom('people').select('id').execute()).length, 1);
  });

  it('grants and revokes roles; admins hold every role', async () => {
    const p = await people.learn(teams('29:r'), { displayName: 'R' });
    await people.grant(p.id, 'communicator');
    await people.grant(p.id, 'communicator');
    await people.grant(p.id, 'group_manager', 'group-1');
    let roles = (await people.get(p.id))!.roles;
    assert.deepEqual(roles.map((r) => `${r.role}:${r.scope}`).sort(), [
      'communicator:',
      'group_manager:group-1',
    ]);
    await people.revoke(p.id, 'communicator');
    roles = (await people.get(p.id))!.roles;
    assert.deepEqual(
      roles.map((r) => r.role),
      ['group_manager'],
    );
  });

  it('counts a scoped admin grant for its scope only; an organisation-wide admin holds every role', async () => {
    const p = await people.learn(teams('29:ga'), { displayName: 'Gaëlle' });
    await people.grant(p.id, 'admin', 'group-42');
    const scoped = (await people.get(p.id))!;
    assert.equal(hasRole(scoped, 'admin', 'group-42'), true);
    assert.equal(hasRole(scoped, 'admin'), false);
    assert.equal(hasRole(scoped, 'communicator'), false);
    assert.equal(hasRole(scoped, 'group_manager', 'group-42'), false);
    await people.grant(p.id, 'admin');
    const admin = (await people.get(p.id))!;
    assert.equal(hasRole(admin, 'communicator'), true);
    assert.equal(hasRole(admin, 'group_manager', 'group-7'), true);
  });

  it('replaces roles all at once, or not at all', async () => {
    const p = await people.learn(teams('29:rr'), { displayName: 'R' });
    await people.grant(p.id, 'communicator');
    await people.grant(p.id, 'ambassador', 'site-lyon');
    await people.replaceRoles(p.id, [
      { role: 'group_manager', scope: 'g1' },
      { role: 'group_manager', scope: 'g1' },
      { role: 'ambassador', scope: '' },
    ]);
    assert.deepEqual(await roleList(p.id), ['ambassador:', 'group_manager:g1']);
    // the second grant breaks a NOT NULL constraint: the first must not land, the old set stays
    await assert.rejects(
      people.replaceRoles(p.id, [
        { role: 'communicator', scope: '' },
        { role: 'admin', scope: null as unknown as string },
      ]),
    );
    assert.deepEqual(await roleList(p.id), ['ambassador:', 'group_manager:g1']);
  });

  it('imports a French CSV export, links managers and reports each bad row', async () => {
    const csv = [
      'Courriel;Nom;Service;Site;Responsable;Date d’arrivée;Langue;Fuseau horaire;Statut;Rôles;Couleur',
      'anne@example.fr;Anne Roux;RH;Lyon;;2024-01-08;fr;Europe/Paris;membre;admin|communicator;bleu',
      'bob@example.fr;Bob Lee;IT;Paris;anne@example.fr;2026-12-01;en;America/New_York;member;;',
      'pas-un-email;X;IT;Paris;;;;;;;',
      'carl@example.fr;Carl;IT;Paris;nobody@example.fr;2026-02-30;;Mars/Olympus;invité;;',
      'dora@partner.com;Dora;;;bob@example.fr;;;;invité;;',
      'BOB@example.fr;Bob again;;;;;;;;;',
    ].join('\n');
    const report = await importPeople({ store, events }, { content: csv, format: 'csv' });
    assert.equal(report.created, 3);
    assert.equal(report.updated, 0);
    assert.equal(report.rejected, 3);
    assert.deepEqual(report.ignoredColumns, ['Couleur']);
    assert.deepEqual(
      report.errors.map((e) => e.line),
      [4, 5, 7],
    );
    assert.match(report.errors[0].problems.join(), /email: is not a valid email address/);
    assert.match(report.errors[1].problems.join(), /startDate: must be a date written YYYY-MM-DD/);
    assert.match(report.errors[1].problems.join(), /timeZone: is not an IANA time zone/);
    assert.match(report.errors[2].problems.join(), /already on line 3/);

    const bob = await people.findByEmail('bob@example.fr');
    const anne = await people.findByEmail('anne@example.fr');
    const dora = await people.findByEmail('dora@partner.com');
    assert.equal(bob?.managerId, anne?.id);
    assert.equal(bob?.startDate, '2026-12-01');
    assert.equal(bob?.timeZone, 'America/New_York');
    assert.equal(bob?.locale, 'en');
    assert.equal(dora?.kind, 'guest');
    assert.equal(dora?.managerId, bob?.id);
    assert.deepEqual(anne?.roles.map((r) => r.role).sort(), ['admin', 'communicator']);
    assert.equal(tracked.at(-1)?.type, 'people.imported');
  });

  it('imports JSON, updates by email on a second run, and changes nothing on a dry run', async () => {
    const json = JSON.stringify([
      { email: 'eve@example.fr', displayName: 'Eve', department: 'Finance', active: true },
      { email: 'fox@example.fr', displayName: 'Fox', managerEmail: 'eve@example.fr', kind: 'guest' },
    ]);
    const first = await importPeople({ store, events }, { content: json, format: 'json' });
    assert.deepEqual([first.created, first.updated, first.rejected], [2, 0, 0]);
    const second = await importPeople(
      { store, events },
      {
        content: JSON.stringify({
          people: [{ email: 'eve@example.fr', department: 'Achats', active: 'non' }],
        }),
        format: 'json',
      },
    );
    assert.deepEqual([second.created, second.updated], [0, 1]);
    const eve = await people.findByEmail('eve@example.fr');
    assert.equal(eve?.department, 'Achats');
    assert.equal(eve?.displayName, 'Eve');
    assert.equal(eve?.active, false);

    const dry = await importPeople(
      { store, events },
      { content: JSON.stringify([{ email: 'ghost@example.fr' }]), format: 'json', dryRun: true },
    );
    assert.equal(dry.created, 1);
    assert.equal(await people.findByEmail('ghost@example.fr'), undefined);
  });

  it('rejects malformed files with a clear message', async () => {
    await assert.rejects(
      importPeople({ store, events }, { content: '{oops', format: 'json' }),
      /JSON is malformed/,
    );
    await assert.rejects(
      importPeople({ store, events }, { content: '{"a":1}', format: 'json' }),
      /expected a JSON array/,
    );
    await assert.rejects(
      importPeople({ store, events }, { content: 'name,site\nA,B', format: 'csv' }),
      /needs an "email" column/,
    );
  });
});
