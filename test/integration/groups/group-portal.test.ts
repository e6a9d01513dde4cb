/**
 * Group portals over HTTP, on SQLite and PostgreSQL + Redis: a new group shows its kind's page
 * template in each reader's language; its managers edit the welcome content (welcome text,
 * resources, pinned news) and its tour, nobody else does; a member or guest of the group reads
 * its portal (welcome, pinned items, resources, the group's news and open polls, managers'
 * contacts) through the REST API with a tab SSO token and on the Slack App Home; a guest of group
 * B asking for group A's portal gets 404 on REST, and A's content never reaches B's App Home. A
 * guest whose charter is pending gets nothing but the charter; accepting it starts the group's
 * tour, and joining a group without a charter starts its tour on first contact.
 */
import assert from 'node:assert/strict';
import { blockActions } from '../../harness/slack-signing.js';
import { describeNewsBackends, SLACK_TEAM, until, type WorldPerson } from '../news/news-world.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

describeNewsBackends('Groups: a portal per group (HTTP)', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // member, manager of A and B (French)
  let mo: WorldPerson; // member of the organisation, plain member of A
  let mel: WorldPerson; // member of the organisation, in no group
  let gina: WorldPerson; // Teams guest of A (English)
  let sam: WorldPerson; // Slack guest of A (French)
  let bea: WorldPerson; // Slack guest of B (English)
  let groupA: string;
  let groupB: string;
  const ids: Record<string, string> = {};
  /** Sam's App Home before his charter: its help buttons are clicked once he is held */
  let samHomeView: Json;

  const published = async (tag: string, groups: string[]) => {
    const variants = {
      fr: { title: `Actu ${tag}`, summary: `Résumé ${tag}`, body: 'Texte', buttons: [] },
      en: { title: `News ${tag}`, summary: `Summary ${tag}`, body: 'Text', buttons: [] },
    };
    const created = await world.call('POST', '/news', { body: { variants, audience: { groups } } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const publish = await world.call('POST', `/news/${created.body.id}/publish`, { body: {} });
    assert.equal(publish.status, 200, JSON.stringify(publish.body));
    return created.body.id as string;
  };

  const pollTo = async (question: string, groups: string[]) => {
    const created = await world.call('POST', '/polls', {
      body: { poll: { question, options: ['Oui', 'Non'] }, target: { audience: { groups } } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body.poll.id as string;
  };

  const portal = (groupId: string, as?: WorldPerson) =>
    world.call('GET', `/groups/${groupId}/portal`, { as });

  /** opens a Slack person's App Home and reads what was published for them */
  const slackHome = async (who: WorldPerson): Promise<string> => {
    const before = world.slack.callsTo('views.publish').length;
    const opened = await world.slackEvent({
      type: 'app_home_opened',
      user: who.userId,
      channel: `D${who.userId}`,
      tab: 'home',
    });
    assert.equal(opened.status, 200);
    const view = await until(() =>
      world.slack
        .callsTo('views.publish')
        .slice(before)
        .find((c) => c.body.user_id === who.userId),
    );
    return JSON.stringify(view.body.view);
  };

  const content = (tag: string, pinnedNews: string[] = []) => ({
    welcome: { fr: `Bienvenue chez ${tag}.`, en: `Welcome to ${tag}.` },
    sections: [
      {
        title: { fr: `Documents ${tag}`, en: `Documents ${tag}` },
        resources: [
          { title: { fr: `Contrat ${tag}`, en: `Contract ${tag}` }, url: `https://docs.example/${tag}` },
        ],
      },
      { title: { fr: 'Vide', en: 'Empty' }, resources: [] },
    ],
    pinnedNews,
  });

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'fr' });
    mo = await world.teamsPerson('Mo Member', { locale: 'en' });
    mel = await world.teamsPerson('Mel Outside', { locale: 'en' });
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
    sam = await world.slackPerson('Sam Guest', { locale: 'fr', kind: 'guest' });
    bea = await world.slackPerson('Bea Guest', { locale: 'en', kind: 'guest' });
    const created = async (nameEn: string, kind: string) => {
      const res = await world.call('POST', '/groups', {
        body: { nameEn, nameFr: nameEn, kind, managers: [mia.person.id] },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    };
    groupA = await created('Providers A', 'providers');
    groupB = await created('Clients B', 'clients');
    const add = async (groupId: string, who: WorldPerson) => {
      const res = await world.call('POST', `/groups/${groupId}/members`, {
        as: mia,
        body: { person: who.person.id, right: 'member' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    };
    await add(groupA, mo);
    await add(groupA, gina);
    await add(groupA, sam);
    await add(groupB, bea);
    ids.newsA = await published('A', [groupA]);
    ids.newsB = await published('B', [groupB]);
    ids.pollA = await pollTo('Question A ?', [groupA]);
    ids.pollB = await pollTo('Question B ?', [groupB]);
  });

  after(async () => {
    await world?.close();
  });

  it('a new group shows its kind’s template, in each reader’s language', async () => {
    const asManager = await portal(groupA, mia);
    assert.equal(asManager.status, 200, JSON.stringify(asManager.body));
    assert.match(asManager.body.welcome, /Bienvenue dans l’espace de nos prestataires/);
    assert.deepEqual(
      asManager.body.sections.map((s: Json) => s.title),
      ['Consignes et procédures', 'Commandes et facturation', 'Sécurité et accès aux sites'],
    );
    assert.equal(asManager.body.canEdit, true);
    assert.equal(asManager.body.content.edited, false);

    const asGuest = await portal(groupA, gina);
    assert.equal(asGuest.status, 200, JSON.stringify(asGuest.body));
    assert.match(asGuest.body.welcome, /Welcome to our providers’ space/);
    // a section still without links is the editor's, not the guest's
    assert.deepEqual(asGuest.body.sections, []);
    assert.equal(asGuest.body.canEdit, false);
    assert.equal(asGuest.body.content, null);

    const clients = await portal(groupB, bea);
    assert.match(clients.body.welcome, /Welcome to your client space/);
  });

  it('its managers edit the content; a member, a guest or an outsider cannot', async () => {
    const edited = await world.call('PUT', `/groups/${groupA}/portal`, {
      as: mia,
      body: content('A', [ids.newsA!]),
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.welcome, 'Bienvenue chez A.');
    assert.deepEqual(
      edited.body.pinned.map((n: Json) => n.title),
      ['Actu A'],
    );
    assert.equal(edited.body.content.edited, true);

    for (const who of [mo, gina]) {
      const refused = await world.call('PUT', `/groups/${groupA}/portal`, { as: who, body: content('X') });
      assert.equal(refused.status, 403, JSON.stringify(refused.body));
    }
    const outsider = await world.call('PUT', `/groups/${groupA}/portal`, { as: mel, body: content('X') });
    assert.equal(outsider.status, 404);
    assert.equal((await portal(groupA, mia)).body.welcome, 'Bienvenue chez A.');
  });

  it('bad content gets a 400 in the manager’s language, never a 5xx', async () => {
    // B's news pinned to A
    const foreign = await world.call('PUT', `/groups/${groupA}/portal`, {
      as: mia,
      body: content('A', [ids.newsB!]),
    });
    assert.equal(foreign.status, 400, JSON.stringify(foreign.body));
    assert.match(foreign.body.error.message, /Seules les actualités du groupe/);
    const unknown = await world.call('PUT', `/groups/${groupA}/portal`, {
      as: mia,
      body: content('A', ['nope']),
    });
    assert.equal(unknown.status, 400, JSON.stringify(unknown.body));

    const badUrl = content('A');
    badUrl.sections[0]!.resources[0]!.url = 'javascript:alert(1)';
    const refused = await world.call('PUT', `/groups/${groupA}/portal`, { as: mia, body: badUrl });
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.ok(refused.body.error.fields.some((f: Json) => f.path.join('.') === 'sections.0.resources.0.url'));

    const noTitle = { welcome: {}, sections: [{ title: {}, resources: [] }] };
    const untitled = await world.call('PUT', `/groups/${groupA}/portal`, { as: mia, body: noTitle });
    assert.equal(untitled.status, 400, JSON.stringify(untitled.body));
    // what was there stays
    assert.equal((await portal(groupA, mia)).body.welcome, 'Bienvenue chez A.');
  });

  it('a member or guest reads its news, open polls, resources and contacts; a guest of B gets 404 for A', async () => {
    const read = await portal(groupA, gina);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const shown = JSON.stringify(read.body);
    assert.equal(read.body.welcome, 'Welcome to A.');
    assert.deepEqual(
      read.body.pinned.map((n: Json) => n.title),
      ['News A'],
    );
    assert.deepEqual(read.body.sections, [
      { title: 'Documents A', resources: [{ title: 'Contract A', url: 'https://docs.example/A' }] },
    ]);
    assert.deepEqual(
      read.body.polls.map((p: Json) => p.question),
      ['Question A ?'],
    );
    assert.deepEqual(
      read.body.contacts.map((c: Json) => c.displayName),
      ['Mia Manager'],
    );
    assert.match(read.body.contacts[0].chat.teams, /^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=/);
    assert.ok(!shown.includes('News B') && !shown.includes('Question B'), shown);
    assert.equal((await portal(groupA, mo)).status, 200);

    // group B's guest, an outsider and a made-up id: the same 404, nothing learnt
    for (const [groupId, who] of [
      [groupA, bea],
      [groupA, mel],
      ['no-such-group', bea],
    ] as const) {
      const refused = await portal(groupId, who);
      assert.equal(refused.status, 404, JSON.stringify(refused.body));
      assert.ok(!JSON.stringify(refused.body).includes('Welcome to A'));
    }
    const mine = await world.call('GET', '/me/group-portals', { as: bea });
    assert.deepEqual(
      mine.body.portals.map((p: Json) => p.id),
      [groupB],
    );
  });

  it('the Slack App Home shows a guest their group’s portal and nothing of another group', async () => {
    const samHome = await slackHome(sam);
    samHomeView = JSON.parse(samHome);
    for (const expected of [
      'Bienvenue chez A.',
      'Contrat A',
      'https://docs.example/A',
      'Question A ?',
      'Mia Manager',
    ])
      assert.ok(samHome.includes(expected), `${expected} missing: ${samHome.slice(0, 600)}`);
    for (const foreign of ['Question B', 'client space', 'Actu B', 'News B'])
      assert.ok(!samHome.includes(foreign), `${foreign} leaked: ${samHome.slice(0, 600)}`);

    const beaHome = await slackHome(bea);
    assert.ok(beaHome.includes('Welcome to your client space'), beaHome.slice(0, 600));
    for (const foreign of ['Welcome to A', 'Contract A', 'docs.example/A', 'Question A', 'News A'])
      assert.ok(!beaHome.includes(foreign), `${foreign} leaked: ${beaHome.slice(0, 600)}`);
  });

  it('charter pending: nothing but the charter; accepting it starts the group’s tour', async () => {
    // the charter first: the tour then waits for each guest's acceptance (one set on a group
    // without a charter starts at once for the guests already in it)
    const charter = await world.call('POST', `/groups/${groupA}/charters`, {
      as: mia,
      body: { textFr: 'Charte A : confidentialité.', textEn: 'Charter A: confidentiality.' },
    });
    assert.equal(charter.status, 201, JSON.stringify(charter.body));

    const tour = await world.call('PUT', `/groups/${groupA}/portal/tour`, {
      as: mia,
      body: {
        steps: [
          { key: 'hello', schedule: 'first contact', content: { fr: { title: 'Étape A', text: 'Bonjour' } } },
        ],
      },
    });
    assert.equal(tour.status, 200, JSON.stringify(tour.body));
    assert.equal(tour.body.tour.steps, 1);
    const tourId = tour.body.tour.id as string;
    // a member of A cannot touch the tour
    const steps = [{ key: 'x', schedule: 'first contact', content: { en: { title: 'Not theirs' } } }];
    assert.equal(
      (await world.call('PUT', `/groups/${groupA}/portal/tour`, { as: mo, body: { steps } })).status,
      403,
    );
    assert.equal((await world.call('DELETE', `/groups/${groupA}/portal/tour`, { as: mo })).status, 403);

    const held = await portal(groupA, sam);
    assert.equal(held.status, 403);
    assert.equal(held.body.error.code, 'charter_pending');
    const home = await slackHome(sam);
    assert.ok(home.includes('confidentialité'), home.slice(0, 400));
    assert.ok(!home.includes('Bienvenue chez A') && !home.includes('Contrat A'), home.slice(0, 600));
    // the organisation's welcome tour may run for them; the group's has not started
    const groupTourOf = async (who: WorldPerson, tourId: string) =>
      (await world.relais.core.tours.journeysOf(who.person.id)).filter((j) => j.tourId === tourId);
    assert.equal((await groupTourOf(sam, tourId)).length, 0);

    // a click on a help button of his older Home: the Home shows the charter, not the portal
    const help = samHomeView.blocks
      .filter((b: Json) => b.type === 'actions')
      .flatMap((b: Json) => b.elements)
      .find((e: Json) => String(e.action_id).startsWith('help.'));
    assert.ok(help, JSON.stringify(samHomeView.blocks).slice(0, 600));
    const before = world.slack.callsTo('views.publish').length;
    const clicked = await world.slackInteract({
      ...blockActions({
        teamId: SLACK_TEAM,
        userId: sam.userId,
        action: { action_id: help.action_id, value: help.value, type: 'button', text: help.text },
      }),
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: samHomeView.blocks },
      channel: undefined,
      message: undefined,
    });
    assert.equal(clicked.status, 200);
    const republished = await until(() => {
      const views = world.slack
        .callsTo('views.publish')
        .slice(before)
        .filter((c) => c.body.user_id === sam.userId)
        .map((c) => JSON.stringify(c.body.view));
      // the charter card, then the notice under the Home: both are in once two were published
      return views.length >= 2 ? views : undefined;
    });
    for (const view of republished) {
      assert.ok(!view.includes('Bienvenue chez A') && !view.includes('Contrat A'), view.slice(0, 600));
    }

    const accepted = await world.call('POST', `/me/charters/${groupA}/accept`, {
      as: sam,
      body: { version: 1 },
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal((await groupTourOf(sam, tourId)).length, 1);
    await until(() =>
      world.slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body).includes('Étape A')),
    );
    assert.equal((await portal(groupA, sam)).status, 200);
  });

  it('a guest joining a group without a charter starts its tour on first contact', async () => {
    const tour = await world.call('PUT', `/groups/${groupB}/portal/tour`, {
      as: mia,
      body: {
        steps: [
          { key: 'hi', schedule: 'first contact', content: { en: { title: 'Step B', text: 'Hello' } } },
        ],
      },
    });
    assert.equal(tour.status, 200, JSON.stringify(tour.body));
    const bo = await world.slackPerson('Bo Guest', { locale: 'en', kind: 'guest' });
    const added = await world.call('POST', `/groups/${groupB}/members`, {
      as: mia,
      body: { person: bo.person.id, right: 'member' },
    });
    assert.equal(added.status, 201);
    await slackHome(bo);
    const tourId = tour.body.tour.id as string;
    const groupTourOf = async (who: WorldPerson) =>
      (await world.relais.core.tours.journeysOf(who.person.id)).filter((j) => j.tourId === tourId);
    await until(async () => ((await groupTourOf(bo)).length === 1 ? true : undefined));
    // B's manager, a member of the organisation, is no guest: no group tour for them
    assert.equal((await groupTourOf(mia)).length, 0);

    const ended = await world.call('DELETE', `/groups/${groupB}/portal/tour`, { as: mia });
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    assert.equal(ended.body.tour, null);
  });
});
