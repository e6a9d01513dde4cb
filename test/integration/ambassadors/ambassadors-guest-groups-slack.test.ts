/**
 * A guest group's ambassador on Slack, with signed requests and the recording fake Web API, on
 * SQLite and on PostgreSQL + Redis: a Slack guest (users.info is_restricted) of a group whose
 * space is a Slack channel is named its ambassador; asked to relay the group's item, the picker
 * offers the group's channel only, though Slack lists another channel they share with the bot;
 * the group's channel gets the copy, the other nothing (a forged choice is refused: the Teams
 * test). A survey sent to the group is relayed into the group's channel the same way (before,
 * a survey named no group and was refused there); a forged choice of the other channel is
 * refused and posts nothing.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

/** the option values of the Block Kit selects, by label */
function optionsOf(call: FakeSlackCall): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const text = n.text as { text?: string } | undefined;
      if (typeof n.value === 'string' && typeof text?.text === 'string') found.set(text.text, n.value);
      Object.values(n).forEach(walk);
    }
  };
  walk(call.body.blocks);
  return found;
}

function shareButton(call: FakeSlackCall): { action_id: string; value?: string } {
  let found: { action_id: string; value?: string } | undefined;
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (
        n.type === 'button' &&
        typeof n.action_id === 'string' &&
        n.action_id.startsWith('ambassador.relay_share:')
      )
        found = n as { action_id: string; value?: string };
      Object.values(n).forEach(walk);
    }
  };
  walk(call.body.blocks);
  assert.ok(found, 'no share button');
  return found;
}

/** the picker's id of a Slack channel (relay-channels.ts): what a forged click would send */
const choiceOf = (conversationId: string) =>
  `c${createHash('sha256').update(`slack|${conversationId}`).digest('hex').slice(0, 24)}`;

describeToursBackends('Ambassadors of guest groups on Slack', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  it('relays a group item into the group’s Slack channel only', async () => {
    const tag = unique();
    const email = `gia.${tag.toLowerCase()}@partner.test`;
    const giaId = `U0G${tag}`;
    world.slack.addUser({
      id: giaId,
      teamId: world.slackTeam,
      realName: `Gia ${tag}`,
      email,
      locale: 'en-US',
      isRestricted: true,
    });
    await world.slackCommand(giaId, 'help');
    // a guest's address is not kept on their person: found by their Slack identity
    const gia = await pollUntil(
      () =>
        world.relais.core.people.findByIdentity({
          platform: 'slack',
          tenantId: world.slackTeam,
          userId: giaId,
        }),
      // users.info's is_restricted makes them a guest
      (p) => p?.kind === 'guest',
    );
    const space = `C0SP${tag}`;
    const open = `C0OP${tag}`;
    world.slack.setChannelMembers(space, [giaId, 'U0BOT'], `partners-${tag}`);
    world.slack.setChannelMembers(open, [giaId, 'U0BOT'], `open-${tag}`);
    const { store } = world.relais.core.groups;
    const group = await store.createGroup({
      nameEn: `Partners ${tag}`,
      kind: 'partners',
      space: { slackTeamId: world.slackTeam, slackChannelId: space },
    });
    await store.addMember({ groupId: group.id, personId: gia!.id, right: 'member' });

    const named = await world.api('POST', '/ambassadors', { personId: gia!.id });
    assert.equal(named.status, 201, JSON.stringify(named.body));
    assert.deepEqual(named.body.scope.groups, [group.id]);

    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Partners news ${tag}` } },
      audience: { groups: [group.id] },
    });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'news',
      subjectId: item.body.id,
      message: { fr: 'Partagez', en: 'Share' },
      relayDate: '2026-12-09',
      groups: [group.id],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Partners news ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length > 0,
    );
    const options = optionsOf(request!);
    assert.equal(options.get(`partners-${tag}`), choiceOf(space), 'the group’s channel is offered');
    assert.ok(!options.has(`open-${tag}`), 'no other channel is offered');

    const click = (choice: string) =>
      world.slackClick({
        teamId: world.slackTeam,
        userId: giaId,
        channelId: String(request!.body.channel),
        messageTs: String(request!.response.ts),
        action: { ...shareButton(request!), type: 'button' },
        blocks: request!.body.blocks as unknown[],
        state: {
          'in.relay_channel': { value: { type: 'radio_buttons', selected_option: { value: choice } } },
        },
      });
    assert.equal((await click(choiceOf(space))).status, 200);
    await pollUntil(
      () => world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === space),
      (calls) => calls.length > 0,
    );
    const view = await pollUntil(
      () => world.api('GET', `/relay-campaigns/${campaign.body.id}`),
      (v) => v.body.counts.relayed === 1,
    );
    assert.equal(view.body.requests[0].relayedTo.conversationId, space);
    assert.ok(!world.slack.callsTo('chat.postMessage').some((c) => c.body.channel === open));

    // a survey sent to the group: into the group's channel, never into the other one
    const survey = await world.api('POST', '/surveys', {
      title: `Partners pulse ${tag}`,
      locale: 'en',
      questions: [{ kind: 'single', label: 'Happy here?', options: ['Yes', 'No'] }],
    });
    assert.equal(survey.status, 200, JSON.stringify(survey.body));
    const sent = await world.api('POST', `/surveys/${survey.body.id}/send`, {
      audience: { groups: [group.id] },
    });
    assert.ok(sent.status < 300, JSON.stringify(sent.body));
    await pollUntil(
      () => world.relais.core.delivery.isAddressedTo('survey', survey.body.id, gia!.id),
      Boolean,
    );
    const surveyCampaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'survey',
      subjectId: survey.body.id,
      message: { fr: 'Partagez', en: 'Share' },
      relayDate: '2026-12-09',
      groups: [group.id],
    });
    assert.equal(surveyCampaign.status, 201, JSON.stringify(surveyCampaign.body));
    assert.equal(surveyCampaign.body.requests.length, 1, JSON.stringify(surveyCampaign.body.skipped));
    const [surveyRequest] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Partners pulse ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length > 0,
    );
    // two clicks in one second: distinct action_ts, or the second is taken for a retried payload
    const clickSurvey = (choice: string, actionTs: string) =>
      world.slackClick({
        actionTs,
        teamId: world.slackTeam,
        userId: giaId,
        channelId: String(surveyRequest!.body.channel),
        messageTs: String(surveyRequest!.response.ts),
        action: { ...shareButton(surveyRequest!), type: 'button' },
        blocks: surveyRequest!.body.blocks as unknown[],
        state: {
          'in.relay_channel': { value: { type: 'radio_buttons', selected_option: { value: choice } } },
        },
      });
    assert.equal((await clickSurvey(choiceOf(open), '1796000001.000001')).status, 200);
    await pollUntil(
      () => world.slackCallsWith('chat.postEphemeral', 'Cannot relay').filter((c) => c.body.user === giaId),
      (calls) => calls.length > 0,
    );
    assert.equal((await clickSurvey(choiceOf(space), '1796000002.000002')).status, 200);
    const surveyView = await pollUntil(
      () => world.api('GET', `/relay-campaigns/${surveyCampaign.body.id}`),
      (v) => v.body.counts.relayed === 1,
    );
    assert.equal(surveyView.body.requests[0].relayedTo.conversationId, space);
    const surveyCopies = (channel: string) =>
      world
        .slackCallsWith('chat.postMessage', `Partners pulse ${tag}`)
        .filter((c) => c.body.channel === channel);
    assert.equal(surveyCopies(space).length, 1, 'one copy in the group’s channel');
    assert.equal(surveyCopies(open).length, 0, 'none in the other channel');
  });
});
