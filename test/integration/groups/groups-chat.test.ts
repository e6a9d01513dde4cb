/**
 * Group managers in chat, over HTTP (SQLite, PostgreSQL + Redis): `groupes` on Teams and
 * `/relais groups` on Slack list my groups (names escaped) with "Manage" on those I manage; the
 * manager card shows members and guests with their status (an Adaptive Card that parses, Block
 * Kit on Slack); changing a right through the Teams dialog (task/fetch, task/submit); the last
 * manager stays; a poll sent to the group from its card reaches the group's guest; a member who
 * does not manage gets a notice, never the card.
 */
import assert from 'node:assert/strict';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { blockActions } from '../../harness/slack-signing.js';
import {
  executeActionActivity,
  invokeActivity,
  messageActivity,
  type WireActivity,
} from '../../harness/teams-activities.js';
import { describeNewsBackends, SLACK_TEAM, until, type WorldPerson } from '../news/news-world.js';
import { assertParses, type CardJson, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { type GroupsWorld, type Json, startGroupsWorld } from './groups-world.js';

function submitActionsOf(node: unknown): CardJson[] {
  if (Array.isArray(node)) return node.flatMap(submitActionsOf);
  if (!node || typeof node !== 'object') return [];
  const self = (node as CardJson).type === 'Action.Submit' ? [node as CardJson] : [];
  return [...self, ...Object.values(node).flatMap(submitActionsOf)];
}

describeNewsBackends('Groups in chat (Teams and Slack)', (backendEnv) => {
  let world: GroupsWorld;
  let mia: WorldPerson; // Teams, manager
  let carl: WorldPerson; // Slack, manager
  let max: WorldPerson; // Teams, member
  let gina: WorldPerson; // Teams guest
  let groupId: string;

  before(async () => {
    world = await startGroupsWorld(backendEnv());
    mia = await world.teamsPerson('Mia Manager', { locale: 'fr' });
    carl = await world.slackPerson('Carl Slack', { locale: 'en' });
    max = await world.teamsPerson('Max *Member*', { locale: 'en' });
    gina = await world.teamsPerson('Gina Guest', { locale: 'en', kind: 'guest' });
    groupId = await world.group('Partenaires <Nord> *vip*', [
      [mia, 'manager'],
      [carl, 'manager'],
      [max, 'member'],
      [gina, 'member'],
    ]);
  });
  after(async () => {
    await world?.close();
  });

  /** the card answering `activity`: a poll to the group may be going out meanwhile */
  const teamsReplyTo = async (activity: WireActivity) =>
    until(() => world.teams.repliesTo(activity.id).find((r) => r.body?.attachments));

  it('Teams: `groupes` lists my groups, Manage opens the manager card with each one’s status', async () => {
    const asked = messageActivity(world.teamsScene(mia), 'groupes');
    assert.equal((await world.teamsPost(asked)).status, 200);
    const listCard = (await teamsReplyTo(asked)).body.attachments[0].content;
    assertParses(listCard);
    const texts = textsOf(listCard).join(' ');
    assert.match(texts, /Vos groupes/);
    assert.ok(texts.includes('Partenaires <Nord>') || texts.includes('Partenaires &lt;Nord&gt;'), texts);
    const manage = executeActionsOf(listCard).find((a) => a.verb === 'group.open');
    assert.ok(manage, 'a Manage button');
    const opened = await world.teamsPost(
      executeActionActivity(world.teamsScene(mia), { verb: manage.verb, data: manage.data }),
    );
    assert.equal(opened.body.statusCode, 200, JSON.stringify(opened.body));
    const managerCard = opened.body.value;
    assertParses(managerCard);
    const shown = textsOf(managerCard).join('\n');
    assert.match(shown, /Gina Guest.*invité/);
    assert.match(shown, /Max \\\*Member\\\*|Max \*Member\*/);
    for (const verb of ['group.news', 'group.poll', 'group.right', 'group.remove']) {
      assert.ok(JSON.stringify(managerCard).includes(verb), verb);
    }
  });

  it('Teams: changes a right through the dialog; the last manager stays; a member gets a notice', async () => {
    const fetched = await world.teamsPost(
      invokeActivity(world.teamsScene(mia), 'task/fetch', {
        data: { msteams: { type: 'task/fetch' }, action: 'group.right', payload: { groupId } },
      }),
    );
    assert.equal(fetched.body?.task?.type, 'continue', JSON.stringify(fetched.body));
    const dialog = fetched.body.task.value.card.content;
    assertParses(dialog);
    const [submit] = submitActionsOf(dialog);
    const submitted = await world.teamsPost(
      invokeActivity(world.teamsScene(mia), 'task/submit', {
        data: { ...submit.data, 'in.group_person': max.person.id, 'in.group_right': 'contributor' },
      }),
    );
    assert.equal(submitted.status, 200);
    assert.match(JSON.stringify(submitted.body), /contributeur/);
    assert.equal(await world.relais.core.groups.store.rightOf(groupId, max.person.id), 'contributor');

    // Carl steps down, then Mia cannot: she is the last manager
    await world.relais.core.groups.store.setRight(groupId, carl.person.id, 'member');
    const last = await world.teamsPost(
      invokeActivity(world.teamsScene(mia), 'task/submit', {
        data: { ...submit.data, 'in.group_person': mia.person.id, 'in.group_right': 'member' },
      }),
    );
    assert.match(JSON.stringify(last.body), /au moins un responsable/);
    assert.equal(await world.relais.core.groups.store.rightOf(groupId, mia.person.id), 'manager');

    const forged = await world.teamsPost(
      executeActionActivity(world.teamsScene(max, 'en-US'), {
        verb: 'group.open',
        data: { payload: { groupId } },
      }),
    );
    assert.doesNotMatch(JSON.stringify(forged.body), /Gina Guest/);
    await world.relais.core.groups.store.setRight(groupId, carl.person.id, 'manager');
  });

  it('Slack: `/relais groups` lists my groups; Manage shows the card; a poll to the group reaches its guest', async () => {
    const responseUrl = await world.slackCommand(carl.userId, 'groups');
    const [reply] = await pollUntil(
      () => world.slack.callsTo('response_url').filter((c) => c.body.url === new URL(responseUrl).pathname),
      (calls) => calls.length > 0,
    );
    const listText = JSON.stringify(reply.body);
    assert.match(listText, /Your groups/);
    const manage = (reply.body.blocks as Json[])
      .flatMap((b) => b.elements ?? [])
      .find((e: Json) => String(e.action_id).startsWith('group.open'));
    assert.ok(manage, listText);
    const clickResponseUrl = world.slack.responseUrl();
    const clicked = await world.slackInteract(
      blockActions({
        teamId: SLACK_TEAM,
        userId: carl.userId,
        action: { action_id: manage.action_id, value: manage.value, type: 'button' },
        responseUrl: clickResponseUrl,
      }),
    );
    assert.equal(clicked.status, 200);
    // the card answering this click: through its response_url, or as an update of the clicked message
    const answersTheClick = (c: FakeSlackCall) =>
      c.method === 'response_url'
        ? c.body.url === new URL(clickResponseUrl).pathname
        : c.body.channel === 'C0GENERAL' && c.body.ts === '1700000000.000100';
    const slackCard = await pollUntil(
      () =>
        [...world.slack.callsTo('response_url'), ...world.slack.callsTo('chat.update')].find(
          (c) => answersTheClick(c) && JSON.stringify(c.body).includes('group.poll'),
        ),
      (call) => call !== undefined,
      { what: 'the manager card on Slack' },
    );
    assert.match(JSON.stringify(slackCard?.body), /Gina Guest/);

    const pollSubmit = await world.teamsPost(
      invokeActivity(world.teamsScene(mia), 'task/submit', {
        data: {
          action: 'group.poll_submit',
          payload: { groupId },
          'in.group_poll_question': 'Quel créneau ?',
          'in.group_poll_options': 'Lundi\nMardi',
        },
      }),
    );
    assert.match(JSON.stringify(pollSubmit.body), /Quel créneau/);
    await until(() =>
      world.teams
        .sentActivities()
        .find(
          (r) =>
            r.path.includes(encodeURIComponent('')) &&
            JSON.stringify(r.body).includes('Quel créneau') &&
            JSON.stringify(r.body).includes('poll.vote'),
        ),
    );
    const polls = await world.call('GET', '/polls?limit=10');
    const poll = polls.body.polls.find((p: Json) => p.question === 'Quel créneau ?');
    assert.ok(poll);
    assert.equal(
      (await world.call('GET', `/polls/${poll.id}`, { as: gina })).status,
      200,
      'the guest may read and vote',
    );
  });
});
