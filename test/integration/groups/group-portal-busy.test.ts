/**
 * A group's portal in a busy organisation, on SQLite and PostgreSQL + Redis: more than a hundred
 * news items and polls published since the group's own still leave the group's news item and its
 * open poll on its portal (they are read by the group, not found among the latest items of all),
 * and nothing addressed elsewhere shows there, to a guest of the group.
 */
import assert from 'node:assert/strict';
import { describeNewsBackends, until, type WorldPerson } from '../news/news-world.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

/** more than the latest 100 items the portal once looked through */
const BUSY = 101;

describeNewsBackends('Groups: a portal in a busy organisation (HTTP)', (backendEnv) => {
  let world: GroupsWorld;
  let gina: WorldPerson; // Teams guest of A
  let mel: WorldPerson; // member of the organisation, in no group
  let groupA: string;

  const variants = (tag: string) => ({
    fr: { title: `Actu ${tag}`, summary: `Résumé ${tag}`, body: 'Texte', buttons: [] },
    en: { title: `News ${tag}`, summary: `Summary ${tag}`, body: 'Text', buttons: [] },
  });

  const publish = async (tag: string, audience: Json) => {
    const created = await world.call('POST', '/news', { body: { variants: variants(tag), audience } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const published = await world.call('POST', `/news/${created.body.id}/publish`, { body: {} });
    assert.equal(published.status, 200, JSON.stringify(published.body));
  };

  const poll = async (question: string, target?: Json) => {
    const created = await world.call('POST', '/polls', {
      body: { poll: { question, options: ['Oui', 'Non'] }, ...(target ? { target } : {}) },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  };

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
    mel = await world.teamsPerson('Mel Outside', { locale: 'en' });
    groupA = await world.group('Providers A', [[gina, 'member']]);
  });

  after(async () => {
    await world?.close();
  });

  it('shows the group’s news and open poll after more than 100 newer items elsewhere', async () => {
    await publish('A', { groups: [groupA] });
    await poll('Question A ?', { audience: { groups: [groupA] } });
    for (let i = 0; i < BUSY; i++) {
      await publish(`org ${i}`, { people: [mel.person.id] });
      await poll(`Question org ${i} ?`);
    }
    // every item sent, so all of them are published ones (the portal once read the latest 100 of those)
    await until(async () => {
      const sending = await world.call('GET', '/news?status=publishing&limit=200&offset=0');
      return sending.body.total === 0 ? true : undefined;
    });

    const read = await world.call('GET', `/groups/${groupA}/portal`, { as: gina });
    assert.equal(read.status, 200, JSON.stringify(read.body));
    assert.deepEqual(
      read.body.news.map((n: Json) => n.title),
      ['News A'],
    );
    assert.deepEqual(
      read.body.polls.map((p: Json) => p.question),
      ['Question A ?'],
    );
    assert.ok(!JSON.stringify(read.body).includes(' org '), JSON.stringify(read.body));
  });

  it('follows a draft’s audience as it is edited before publishing', async () => {
    const draft = async (tag: string, audience: Json) => {
      const created = await world.call('POST', '/news', { body: { variants: variants(tag), audience } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      return created.body.id as string;
    };
    const toA = await draft('moved in', { people: [mel.person.id] });
    const awayFromA = await draft('moved out', { groups: [groupA] });
    for (const [id, audience] of [
      [toA, { groups: [groupA] }],
      [awayFromA, { people: [mel.person.id] }],
    ] as const) {
      const patched = await world.call('PATCH', `/news/${id}`, { body: { audience } });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      const published = await world.call('POST', `/news/${id}/publish`, { body: {} });
      assert.equal(published.status, 200, JSON.stringify(published.body));
    }
    const read = await world.call('GET', `/groups/${groupA}/portal`, { as: gina });
    const titles = read.body.news.map((n: Json) => n.title);
    assert.ok(titles.includes('News moved in'), JSON.stringify(titles));
    assert.ok(!titles.includes('News moved out'), JSON.stringify(titles));
  });
});
