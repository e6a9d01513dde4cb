/**
 * Guest contributors over HTTP (SQLite, PostgreSQL + Redis): a guest whose right in group A is
 * "contributor" sends a news item and a poll to group A — the poll reaches A's people 1:1 — and
 * is refused anything else with a 403 that says why in their language: everyone, a department,
 * group A plus someone else, group B, a poll posted into a conversation (REST and the `poll`
 * command). A guest who is a plain member of A is refused too. In chat, `groups` offers the
 * contributor "post a news item" and "send a poll" for their group, and the poll sent from its
 * dialog reaches the group. Fails with guests refused every poll (before) or let through beyond
 * their group.
 */
import assert from 'node:assert/strict';
import { invokeActivity, messageActivity } from '../../harness/teams-activities.js';
import { describeNewsBackends, TENANT, until, type WorldPerson } from '../news/news-world.js';
import { textsOf } from '../teams/teams-helpers.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

const variants = { en: { title: 'Kick-off', summary: '', body: 'Monday.', buttons: [] } };
const pollOf = (audience: Json) => ({
  poll: { question: 'Workshop date?', options: ['Tue', 'Thu'] },
  target: { audience },
});

describeNewsBackends('Groups: guest contributors send to their group only', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // member, manager of A
  let gaby: WorldPerson; // Teams guest, contributor of A
  let sam: WorldPerson; // Slack guest, plain member of A
  let mel: WorldPerson; // member in no group, Sales
  let groupA: string;
  let groupB: string;

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'en' });
    gaby = await world.teamsPerson('Gaby Guest', { locale: 'fr', kind: 'guest' });
    sam = await world.slackPerson('Sam Guest', { locale: 'en', kind: 'guest' });
    mel = await world.teamsPerson('Mel Sales', { locale: 'en', department: 'Sales' });
    groupA = await world.group('Partners A', [
      [mia, 'manager'],
      [gaby, 'contributor'],
      [sam, 'member'],
    ]);
    groupB = await world.group('Partners B', [[mia, 'manager']]);
  });
  after(async () => {
    await world?.close();
  });

  const french = { 'Accept-Language': 'fr-FR' };

  it('sends a news item and a poll to their group; the poll reaches its people', async () => {
    const news = await world.call('POST', '/news', {
      as: gaby,
      body: { variants, audience: { groups: [groupA] } },
    });
    assert.equal(news.status, 201, JSON.stringify(news.body));
    const created = await world.call('POST', '/polls', { as: gaby, body: pollOf({ groups: [groupA] }) });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const pollId = created.body.poll.id;
    const reached = await until(async () => {
      const rows = await world.relais.core.store.db
        .selectFrom('deliveries')
        .select('person_id')
        .where('subject_type', '=', 'poll')
        .where('subject_id', '=', pollId)
        .execute();
      return rows.length === 3 ? rows.map((r) => r.person_id).sort() : undefined;
    });
    assert.deepEqual(reached, [mia, gaby, sam].map((p) => p.person.id).sort());
    assert.ok(!reached.includes(mel.person.id));
    // the author reads their poll's results
    assert.equal((await world.call('GET', `/polls/${pollId}/results`, { as: gaby })).status, 200);
  });

  it('refuses anything beyond their group with a 403 in their language', async () => {
    for (const audience of [
      { everyone: true },
      { departments: ['Sales'] },
      { groups: [groupA], people: [mel.person.id] },
      { groups: [groupB] },
      { groups: [groupA], includeGuests: true, everyone: true },
    ]) {
      for (const [path, body] of [
        ['/polls', pollOf(audience)],
        ['/news', { variants, audience }],
      ] as const) {
        const refused = await world.call('POST', path, { as: gaby, body, headers: french });
        assert.equal(
          refused.status,
          403,
          `${path} ${JSON.stringify(audience)}: ${JSON.stringify(refused.body)}`,
        );
        assert.match(refused.body.error.message, /En tant qu’invité/, JSON.stringify(refused.body));
      }
    }
    const intoChannel = await world.call('POST', '/polls', {
      as: gaby,
      headers: french,
      body: {
        poll: { question: 'Here?', options: ['Yes', 'No'] },
        target: {
          conversation: { platform: 'teams', tenantId: TENANT, conversationId: '19:general@thread.tacv2' },
        },
      },
    });
    assert.equal(intoChannel.status, 403, JSON.stringify(intoChannel.body));
    assert.match(intoChannel.body.error.message, /En tant qu’invité/);
    // a guest who is only a member of the group
    const member = await world.call('POST', '/polls', { as: sam, body: pollOf({ groups: [groupA] }) });
    assert.equal(member.status, 403, JSON.stringify(member.body));
    assert.match(member.body.error.message, /As a guest/);
  });

  it('the quick `poll` command typed by the guest contributor creates nothing', async () => {
    const asked = messageActivity(world.teamsScene(gaby, 'fr-FR'), 'sondage "Ici ?" "Oui" "Non"');
    const posted = await world.teamsPost(asked);
    assert.equal(posted.status, 200);
    // the answer to Gaby's message, not a send to the group going out meanwhile
    const reply = await until(() =>
      world.teams.repliesTo(asked.id).find((r) => r.body?.attachments || r.body?.text),
    );
    assert.ok(!textsOf(reply.body).join(' ').includes('Ici ?'));
    const polls = await world.relais.core.store.db
      .selectFrom('polls' as never)
      .select('question' as never)
      .execute();
    assert.ok(!JSON.stringify(polls).includes('Ici ?'), 'no poll created');
  });

  it('Teams: `groupes` offers the guest contributor news and poll for their group; the poll reaches it', async () => {
    const asked = messageActivity(world.teamsScene(gaby, 'fr-FR'), 'groupes');
    assert.equal((await world.teamsPost(asked)).status, 200);
    const list = await until(() => world.teams.repliesTo(asked.id).find((r) => r.body?.attachments));
    const listed = JSON.stringify(list.body);
    assert.ok(listed.includes('group.poll') && listed.includes('group.news'), listed.slice(0, 600));
    assert.ok(!listed.includes('group.open'), 'no manager card for a contributor');
    const fetched = await world.teamsPost(
      invokeActivity(world.teamsScene(gaby, 'fr-FR'), 'task/fetch', {
        data: { msteams: { type: 'task/fetch' }, action: 'group.poll', payload: { groupId: groupA } },
      }),
    );
    assert.equal(fetched.body?.task?.type, 'continue', JSON.stringify(fetched.body));
    const submit = (who: WorldPerson, question: string) =>
      world.teamsPost(
        invokeActivity(world.teamsScene(who, 'fr-FR'), 'task/submit', {
          data: {
            action: 'group.poll_submit',
            payload: { groupId: groupA },
            'in.group_poll_question': question,
            'in.group_poll_options': 'Lundi\nMardi',
          },
        }),
      );
    assert.match(JSON.stringify((await submit(gaby, 'Quel atelier ?')).body), /Quel atelier/);
    const polls = await world.call('GET', '/polls?limit=20');
    const poll = polls.body.polls.find((p: Json) => p.question === 'Quel atelier ?');
    assert.ok(poll, 'the poll exists');
    await until(async () => {
      const rows = await world.relais.core.store.db
        .selectFrom('deliveries')
        .select('person_id')
        .where('subject_id', '=', poll.id)
        .execute();
      return rows.length === 3 ? true : undefined;
    });
  });
});
