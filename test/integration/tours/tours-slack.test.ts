/**
 * Welcome tours on Slack, end to end over HTTP with signed requests and the recording fake Web
 * API: `team_join` learns the person and starts the drip in their DM (step 2 after PT2S); a
 * button refreshes the step in place (chat.update of the clicked message); the first App Home
 * visit starts the tour once however often the Home is opened; `member_joined_channel` starts a
 * group tour with the channel as group, and the newcomer may then introduce themselves there —
 * only the text they submit is posted.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { describeToursBackends, type ToursWorld, unique } from './tours-world.js';

interface SlackButton {
  action_id: string;
  value?: string;
  type: string;
}

/** every button of a Block Kit payload, with the dispatcher action its action_id names */
function buttonsOf(blocks: unknown): SlackButton[] {
  const found: SlackButton[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'button' && typeof n.action_id === 'string') found.push(n as unknown as SlackButton);
      Object.values(n).forEach(walk);
    }
  };
  walk(blocks);
  return found;
}

const textOf = (call: FakeSlackCall) => JSON.stringify(call.body);

const buttonFor = (call: FakeSlackCall | undefined, action: string): SlackButton => {
  const button = buttonsOf(call?.body.blocks).find((b) => b.action_id.startsWith(`${action}:`));
  assert.ok(button, `no ${action} button in ${JSON.stringify(call?.body.blocks)?.slice(0, 300)}`);
  return button;
};

describeToursBackends('Welcome tours on Slack', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });
  afterEach(async () => {
    await world.archiveAll();
  });

  const newcomer = (name: string, extra: Record<string, unknown> = {}) => {
    const id = `U0${unique()}`;
    world.slack.addUser({
      id,
      teamId: world.slackTeam,
      realName: name,
      email: `${id.toLowerCase()}@tours.test`,
      locale: 'en-US',
      tz: 'Europe/Paris',
      ...extra,
    });
    return id;
  };

  it('team_join learns the person and starts the drip in their DM; Done refreshes the step in place', async () => {
    const tag = unique();
    await world.createTour({
      name: `Slack drip ${tag}`,
      triggers: ['first_contact'],
      steps: [
        { key: 'one', schedule: 'first contact', title: `Slack one ${tag}` },
        { key: 'two', schedule: 'PT2S', title: `Slack two ${tag}` },
      ],
    });
    const userId = newcomer('Sam Slack');
    const joined = await world.slackEvent({
      type: 'team_join',
      user: { id: userId, team_id: world.slackTeam, name: 'sam', real_name: 'Sam Slack', is_bot: false },
    });
    assert.equal(joined.status, 200);

    const [first] = await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Slack one ${tag}`),
      (calls) => calls.length > 0,
    );
    assert.ok(
      world.slack.callsTo('users.info').some((c) => c.body.user === userId),
      'learned through users.info',
    );
    const dm = String(first?.body.channel);
    assert.match(dm, /^D/, 'the step goes to the DM');
    const person = await world.relais.core.people.findByEmail(`${userId.toLowerCase()}@tours.test`);
    assert.ok(person, 'the newcomer is a person with their Slack email');

    await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Slack two ${tag}`),
      (calls) => calls.length > 0,
      { timeoutMs: 15_000 },
    );
    assert.equal(world.slackCallsWith('chat.postMessage', `Slack one ${tag}`).length, 1, 'step 1 once');

    // Done on step 1's message: chat.update of that very message, now showing step 2
    const ts = String(first?.response.ts);
    const done = buttonFor(first, 'tour.done');
    const click = await world.slackClick({
      teamId: world.slackTeam,
      userId,
      channelId: dm,
      messageTs: ts,
      action: { action_id: done.action_id, value: done.value, type: 'button' },
      blocks: first?.body.blocks as unknown[],
    });
    assert.equal(click.status, 200);
    const [update] = await pollUntil(
      () => world.slack.callsTo('chat.update').filter((c) => c.body.ts === ts),
      (calls) => calls.length > 0,
    );
    assert.equal(update?.body.channel, dm);
    assert.ok(
      JSON.stringify(update?.body.blocks).includes(`Slack two ${tag}`),
      'the message now shows step 2',
    );
  });

  it('the first App Home visit starts the tour, later visits do not start it again', async () => {
    const tag = unique();
    const tourId = await world.createTour({
      name: `Home ${tag}`,
      triggers: ['first_contact'],
      steps: [{ key: 'home', schedule: 'first contact', title: `Home step ${tag}` }],
    });
    const userId = newcomer('Hugo Home');
    const dm = `D${userId.slice(1)}`;
    for (let visit = 0; visit < 3; visit++) {
      const opened = await world.slackEvent({
        type: 'app_home_opened',
        user: userId,
        channel: dm,
        tab: 'home',
      });
      assert.equal(opened.status, 200);
      // each visit publishes the Home: wait for it, so the three visits are really three
      await pollUntil(
        () => world.slack.callsTo('views.publish').filter((c) => c.body.user_id === userId),
        (calls) => calls.length > visit,
      );
    }
    await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Home step ${tag}`),
      (calls) => calls.length > 0,
    );
    const stats = await world.api('GET', `/tours/${tourId}/stats`);
    assert.equal(stats.body.journeys.total, 1, 'one journey for three visits');
    assert.equal(world.slackCallsWith('chat.postMessage', `Home step ${tag}`).length, 1);
  });

  it('member_joined_channel starts the group tour, and the newcomer introduces themselves in that channel', async () => {
    const tag = unique();
    const channel = `C0${tag}`;
    await world.createTour({
      name: `Group ${tag}`,
      triggers: ['channel_join'],
      audience: { who: 'everyone', groupKey: channel },
      steps: [{ key: 'group', schedule: 'first contact', title: `Group step ${tag}` }],
    });
    const userId = newcomer('Gaëlle Group');
    const joined = await world.slackEvent({
      type: 'member_joined_channel',
      user: userId,
      channel,
      channel_type: 'C',
      team: world.slackTeam,
    });
    assert.equal(joined.status, 200);
    await pollUntil(
      () => world.slackCallsWith('chat.postMessage', `Group step ${tag}`),
      (calls) => calls.length > 0,
    );
    const person = await world.relais.core.people.findByEmail(`${userId.toLowerCase()}@tours.test`);
    assert.ok(person);
    const [journey] = await world.relais.core.tours.journeysOf(person.id);
    assert.equal(journey?.trigger.kind, 'channel_join');
    assert.equal(journey?.trigger.groupKey, channel);

    // the group tour is about this channel: the newcomer is asked in their DM, once
    const dm = `D${userId.slice(1)}`;
    const [offer] = await pollUntil(
      () =>
        world.slack
          .callsTo('chat.postMessage')
          .filter((c) => c.body.channel === dm && textOf(c).includes('Introduce me to my team')),
      (calls) => calls.length > 0,
    );
    // the same join again (Slack re-sends, or they left and came back): remembered again, not
    // asked again (checked at the end, many round trips later)
    const remembered = async () =>
      ((await world.relais.core.kv.get(`tours:introduction:channels:${person.id}`)) as { at: string }[])[0]
        ?.at;
    const firstAt = await remembered();
    await world.slackEvent({
      type: 'member_joined_channel',
      user: userId,
      channel,
      channel_type: 'C',
      team: world.slackTeam,
    });
    await pollUntil(remembered, (at) => at !== firstAt);

    // "Introduce me": a modal prefilled with a draft from the profile; nothing is posted yet
    const introduceButton = buttonFor(offer, 'tour.introduce');
    const introduceTrigger = `${randomUUID()}.trigger`;
    const introduce = await world.slackClick({
      teamId: world.slackTeam,
      userId,
      channelId: dm,
      messageTs: String(offer?.response.ts),
      action: { action_id: introduceButton.action_id, value: introduceButton.value, type: 'button' },
      blocks: offer?.body.blocks as unknown[],
      triggerId: introduceTrigger,
    });
    assert.equal(introduce.status, 200);
    const opened = await world.slack.waitForCall('views.open', (c) => c.body.trigger_id === introduceTrigger);
    // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON
    const view = opened?.body.view as { blocks: Record<string, any>[]; private_metadata: string };
    const input = view.blocks.find((b) => b.type === 'input');
    assert.ok(input, 'the dialog has the presentation field');
    assert.match(String(input.element.initial_value), /Gaëlle Group/, 'the draft names the newcomer');
    assert.equal(world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).length, 0);

    // they rewrite it and submit: exactly their text goes to the channel
    const text = `Hi all, Gaëlle here <!channel> ${tag}`;
    const submitted = await world.slackInteract({
      type: 'view_submission',
      team: { id: world.slackTeam, domain: 'tours' },
      user: { id: userId, team_id: world.slackTeam },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: 'trigger-submit',
      view: {
        id: 'V0INTRO',
        team_id: world.slackTeam,
        type: 'modal',
        callback_id: 'relais.dialog',
        private_metadata: view.private_metadata,
        blocks: view.blocks,
        state: {
          values: {
            [input.block_id]: { [input.element.action_id]: { type: 'plain_text_input', value: text } },
          },
        },
      },
    });
    assert.equal(submitted.status, 200);
    const [posted] = await pollUntil(
      () => world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel),
      (calls) => calls.length > 0,
    );
    const body = JSON.stringify(posted?.body);
    assert.equal(
      world.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === dm && textOf(c).includes('Introduce me to my team')).length,
      1,
      'a second join of the same channel does not ask again',
    );
    assert.ok(body.includes(tag), 'the presentation is posted in the channel');
    assert.ok(!body.includes('<!channel>'), 'user text is escaped: no channel-wide ping');

    const events = await world.relais.core.store.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'tour.introduction.posted')
      .where('person_id', '=', person.id)
      .execute();
    assert.equal(events.length, 1);
    assert.equal(JSON.parse(events[0]?.data ?? '{}').text, text, 'consent recorded with the exact text');
  });
  it('a newcomer who joined no team is offered the channel configured for their department; Not now posts nothing', async () => {
    const tag = unique();
    const salesChannel = `C0SALES${tag}`;
    const configured = await world.api('PUT', '/tours/introduction/channels', {
      channels: [
        {
          department: `Sales ${tag}`,
          platform: 'slack',
          tenantId: world.slackTeam,
          conversationId: salesChannel,
        },
      ],
    });
    assert.equal(configured.status, 200, JSON.stringify(configured.body));
    assert.equal(
      (await world.api('GET', '/tours/introduction/channels')).body.channels[0].conversationId,
      salesChannel,
    );
    const refused = await world.api('PUT', '/tours/introduction/channels', {
      channels: [{ platform: 'slack', tenantId: world.slackTeam, conversationId: salesChannel }],
    });
    assert.equal(refused.status, 400, 'a rule names a department or a site');

    const userId = newcomer('Dora Directory');
    const email = `${userId.toLowerCase()}@tours.test`;
    await world.api('POST', '/people/import', [
      { email, displayName: 'Dora Directory', department: `Sales ${tag}` },
    ]);
    const dm = `D${userId.slice(1)}`;
    const triggerId = `${randomUUID()}.trigger`;
    await world.slackClick({
      teamId: world.slackTeam,
      userId,
      channelId: dm,
      action: { action_id: 'tour.introduce:0', type: 'button' },
      triggerId,
    });
    // the modal this click opened, found by its trigger_id
    const opened = await world.slack.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON
    const view = opened?.body.view as { blocks: Record<string, any>[]; private_metadata: string };
    const input = view.blocks.find((b) => b.type === 'input');
    assert.match(
      String(input?.element.initial_value),
      new RegExp(`Sales ${tag}`),
      'the draft names the department',
    );

    // "Not now" records the refusal and posts nothing
    await world.slackClick({
      teamId: world.slackTeam,
      userId,
      channelId: dm,
      action: { action_id: 'tour.introduce_decline:0', type: 'button' },
    });
    const person = await world.relais.core.people.findByEmail(email);
    assert.ok(person);
    const declined = await pollUntil(
      () =>
        world.relais.core.store.db
          .selectFrom('events')
          .selectAll()
          .where('type', '=', 'tour.introduction.declined')
          .where('person_id', '=', person.id)
          .execute(),
      (rows) => rows.length === 1,
    );
    assert.equal(declined[0]?.subject_id, `configured:slack:${salesChannel}`);
    assert.equal(
      world.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === salesChannel).length,
      0,
    );
  });
});
