/**
 * Groups as audiences over HTTP (SQLite, PostgreSQL + Redis): naming a group reaches its current
 * members and guests (a removed one no more), "everyone" reaches no guest unless includeGuests;
 * an unknown group is refused by name (in French too); only the group's managers and
 * contributors, communicators and admins may address it, with a news item or a poll sent 1:1;
 * the picker suggests a manager their groups.
 */
import assert from 'node:assert/strict';
import { describeNewsBackends, type WorldPerson } from '../news/news-world.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

const variants = { en: { title: 'Kick-off', summary: '', body: 'Monday.', buttons: [] } };

describeNewsBackends('Groups as audiences (HTTP)', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // manager of A
  let carl: WorldPerson; // contributor of A
  let max: WorldPerson; // plain member of A
  let gina: WorldPerson; // guest of A
  let gus: WorldPerson; // guest of A, removed later
  let olga: WorldPerson; // organisation-wide communicator, in no group
  let groupA: string;
  let groupB: string;

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'en' });
    carl = await world.slackPerson('Carl Contributor', { locale: 'en' });
    max = await world.teamsPerson('Max Member', { locale: 'en' });
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
    gus = await world.slackPerson('Gus Guest', { locale: 'en', kind: 'guest' });
    olga = await world.teamsPerson('Olga Comms', { locale: 'en' });
    await world.relais.core.people.grant(olga.person.id, 'communicator', '');
    groupA = await world.group('Partners A', [
      [mia, 'manager'],
      [carl, 'contributor'],
      [max, 'member'],
      [gina, 'member'],
      [gus, 'member'],
    ]);
    groupB = await world.group('Partners B', [[olga, 'manager']]);
  });
  after(async () => {
    await world?.close();
  });

  const reach = (audience: Json, as?: WorldPerson) =>
    world.call('POST', '/audiences/reach', { body: audience, ...(as ? { as } : {}) });

  it('reaches the group’s current members and guests; everyone reaches no guest unless includeGuests', async () => {
    assert.equal((await reach({ groups: [groupA] })).body.people, 5);
    const everyone = (await reach({ everyone: true })).body.people;
    const withGuests = (await reach({ everyone: true, includeGuests: true })).body.people;
    assert.equal(withGuests - everyone, 2, 'the two guests only with includeGuests');
    // two groups and a named person: each person once
    assert.equal((await reach({ groups: [groupA, groupB], people: [mia.person.id] })).body.people, 6);
    await world.relais.core.groups.store.removeMember(groupA, gus.person.id, 'manager');
    assert.equal((await reach({ groups: [groupA] })).body.people, 4, 'a removed guest is reached no more');
    await world.relais.core.groups.store.addMember({ groupId: groupA, personId: gus.person.id });
  });

  it('refuses an unknown group by name, in the caller’s language', async () => {
    const unknown = await world.call('POST', '/news', {
      body: { variants, audience: { groups: [groupA, 'no-such-group'] } },
      headers: { 'Accept-Language': 'fr' },
    });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'audience_unknown');
    assert.match(unknown.body.error.message, /no-such-group/);
    assert.equal(unknown.body.error.details[0].field, 'audience.groups.1');
    assert.match(unknown.body.error.details[0].message, /Aucun groupe « no-such-group »/);
    const poll = await world.call('POST', '/polls', {
      body: { poll: { question: 'Q?', options: ['A', 'B'] }, target: { audience: { groups: ['nope'] } } },
    });
    assert.equal(poll.status, 400);
    assert.equal(poll.body.error.code, 'audience_unknown');
    const ambiguous = await reach({ everyone: true, groups: [groupA] });
    assert.equal(ambiguous.body.error.code, 'audience_ambiguous');
  });

  it('lets the group’s managers and contributors address it, and nobody else but communicators', async () => {
    for (const author of [mia, carl]) {
      const mine = await world.call('POST', '/news', {
        as: author,
        body: { variants, audience: { groups: [groupA] } },
      });
      assert.equal(mine.status, 201, JSON.stringify(mine.body));
      const other = await world.call('POST', '/news', {
        as: author,
        body: { variants, audience: { groups: [groupB] } },
      });
      assert.equal(other.status, 403);
      const everyone = await world.call('POST', '/news', {
        as: author,
        body: { variants, audience: { everyone: true } },
      });
      assert.equal(everyone.status, 403);
    }
    for (const outsider of [max, gina]) {
      const refused = await world.call('POST', '/news', {
        as: outsider,
        body: { variants, audience: { groups: [groupA] } },
      });
      assert.equal(refused.status, 403, outsider.person.displayName);
    }
    const comms = await world.call('POST', '/news', {
      as: olga,
      body: { variants, audience: { groups: [groupA] } },
    });
    assert.equal(comms.status, 201);

    const poll = await world.call('POST', '/polls', {
      as: mia,
      body: {
        poll: { question: 'Lunch?', options: ['Yes', 'No'] },
        target: { audience: { groups: [groupA] } },
      },
    });
    assert.equal(poll.status, 201, JSON.stringify(poll.body));
    const pollElsewhere = await world.call('POST', '/polls', {
      as: mia,
      body: {
        poll: { question: 'Lunch?', options: ['Yes', 'No'] },
        target: { audience: { groups: [groupB] } },
      },
    });
    assert.equal(pollElsewhere.status, 403);
    const pollEveryone = await world.call('POST', '/polls', {
      as: carl,
      body: {
        poll: { question: 'Lunch?', options: ['Yes', 'No'] },
        target: { audience: { everyone: true } },
      },
    });
    assert.equal(pollEveryone.status, 403);
  });

  it('suggests a manager their groups, and an admin every group', async () => {
    const mine = await world.call('GET', '/audiences/suggestions', { as: mia });
    assert.equal(mine.status, 200, JSON.stringify(mine.body));
    assert.deepEqual(
      mine.body.groups.map((g: Json) => [g.id, g.nameEn, g.count]),
      [[groupA, 'Partners A', 5]],
    );
    assert.equal(mine.body.everyone, null);
    const all = await world.call('GET', '/audiences/suggestions');
    assert.deepEqual(all.body.groups.map((g: Json) => g.id).sort(), [groupA, groupB].sort());
    assert.equal((await world.call('GET', '/audiences/suggestions', { as: max })).status, 403);
  });
});
