/**
 * Ambassadors on Slack, end to end with signed requests and the recording fake Web API, on SQLite
 * and on PostgreSQL + Redis: `/relais ambassadeurs` lists the ambassadors of my department with a
 * way to reach them; a relay request reaches the ambassador's DM as Block Kit with the suggested
 * message escaped; "I relayed it elsewhere" clicked twice records one relay; "Snooze 1 day" and
 * "Not for my team" are recorded as such, each once. The picker offers the channels the ambassador
 * shares with the bot (users.conversations), recorded as they are listed, and "Share in a channel"
 * posts there; the bot joining a channel (member_joined_channel) records it too. A survey relayed
 * into a channel and answered from that copy (the Answer button, then the modal) is attributed to
 * the relay.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { pollUntil } from '../../harness/eventually.js';
import type { FakeSlackCall } from '../../harness/fake-slack-api.js';
import { describeToursBackends, type ToursWorld, unique } from '../tours/tours-world.js';

interface SlackButton {
  action_id: string;
  value?: string;
}

function buttonFor(call: FakeSlackCall | undefined, action: string): SlackButton {
  const found: SlackButton[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'button' && typeof n.action_id === 'string' && n.action_id.startsWith(`${action}:`))
        found.push(n as unknown as SlackButton);
      Object.values(n).forEach(walk);
    }
  };
  walk(call?.body.blocks);
  assert.ok(found[0], `no ${action} button`);
  return found[0];
}

describeToursBackends('Ambassadors on Slack', (getWorld) => {
  let world: ToursWorld;
  beforeEach(() => {
    world = getWorld();
  });

  /** a Slack user of the world's workspace, learned by Relais through a first command */
  async function slackPerson(name: string, email: string): Promise<string> {
    const id = `U0${unique()}`;
    world.slack.addUser({
      id,
      teamId: world.slackTeam,
      realName: name,
      email,
      locale: 'en-US',
      tz: 'Europe/Paris',
    });
    await world.slackCommand(id, 'help');
    await pollUntil(
      () => world.relais.core.people.findByEmail(email),
      (p) => Boolean(p?.identities.some((i) => i.platform === 'slack')),
    );
    return id;
  }

  it('lists the ambassadors in French, and records the answers to relay requests once each', async () => {
    const tag = unique();
    const dept = `Field ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('sam'), displayName: 'Sam Slack', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('rita'), displayName: 'Rita Reader', department: dept, locale: 'fr' },
    ]);
    const samId = await slackPerson('Sam Slack', mail('sam'));
    const ritaId = await slackPerson('Rita Reader', mail('rita'));

    const { responseUrl } = await world.slackCommand(ritaId, 'ambassadeurs');
    const listed = await pollUntil(
      () => world.slack.callsTo('response_url').filter((c) => c.body.url === new URL(responseUrl).pathname),
      (calls) => calls.length > 0,
    );
    const listText = JSON.stringify(listed[0]?.body);
    assert.ok(
      listText.includes('Vos ambassadeurs') && listText.includes('Sam Slack'),
      listText.slice(0, 400),
    );
    assert.ok(listText.includes(`mailto:${mail('sam')}`), 'a way to reach Sam');

    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Slack relay ${tag}` } },
      audience: { everyone: true },
    });
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const ask = () =>
      world.api('POST', '/relay-campaigns', {
        subjectType: 'news',
        subjectId: item.body.id,
        message: { fr: 'Partagez', en: `Share _this_ ${tag}` },
        relayDate: '2026-12-09',
        departments: [dept],
      });
    const campaigns = [await ask(), await ask(), await ask()];
    for (const c of campaigns) assert.equal(c.status, 201, JSON.stringify(c.body));
    const requests = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Slack relay ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length === 3,
    );
    const suggested = JSON.stringify(requests[0]?.body.blocks);
    assert.ok(suggested.includes(`Share`) && !suggested.includes(`Share _this_`), suggested);
    const click = (call: FakeSlackCall, action: string) => {
      const button = buttonFor(call, action);
      return world.slackClick({
        teamId: world.slackTeam,
        userId: samId,
        channelId: String(call.body.channel),
        messageTs: String(call.response.ts),
        action: { action_id: button.action_id, value: button.value, type: 'button' },
        blocks: call.body.blocks as unknown[],
      });
    };
    const byCampaign = (id: string) =>
      requests.find((r) =>
        JSON.stringify(r.body).includes(campaigns.find((c) => c.body.id === id)!.body.requests[0].id),
      )!;

    const [first, second, third] = campaigns.map((c) => byCampaign(c.body.id));
    assert.equal((await click(first!, 'ambassador.relay_elsewhere')).status, 200);
    assert.equal((await click(first!, 'ambassador.relay_elsewhere')).status, 200);
    assert.equal((await click(second!, 'ambassador.relay_snooze')).status, 200);
    assert.equal((await click(third!, 'ambassador.relay_decline')).status, 200);

    const states = await pollUntil(
      async () =>
        Promise.all(
          campaigns.map(async (c) => (await world.api('GET', `/relay-campaigns/${c.body.id}`)).body),
        ),
      // a relay is claimed (state) before its row is written (where): wait for both
      (views) =>
        views.every((v) => v.requests[0].state !== 'asked') && views[0].requests[0].relayedTo !== null,
    );
    assert.deepEqual(
      states.map((v) => v.requests[0].state),
      ['relayed', 'snoozed', 'declined'],
    );
    assert.equal(states[0].requests[0].relayedTo.kind, 'elsewhere');
    // the event is tracked after the relay's row is written
    const relayed = await pollUntil(
      () =>
        world.relais.core.store.db
          .selectFrom('events')
          .select('id')
          .where('type', '=', 'ambassador.relayed')
          .where('subject_id', '=', item.body.id)
          .execute(),
      (rows) => rows.length > 0,
      { what: 'the ambassador.relayed event' },
    );
    assert.equal(relayed.length, 1, 'relayed once despite the double click');
  });

  it('offers the channels the ambassador shares with the bot, records them, and relays into one', async () => {
    const tag = unique();
    const dept = `Depot ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('sol'), displayName: 'Sol Slack', department: dept, roles: 'ambassador', locale: 'en' },
    ]);
    const solId = await slackPerson('Sol Slack', mail('sol'));
    const shared = `C1${tag}`;
    // the bot and Sol share one channel; Sol alone is in another, the bot alone in a third
    world.slack.setChannelMembers(shared, ['U0BOT', solId], `depot-${tag.toLowerCase()}`);
    world.slack.setChannelMembers(`C2${tag}`, [solId], `private-${tag.toLowerCase()}`);
    world.slack.setChannelMembers(`C3${tag}`, ['U0BOT'], `bots-${tag.toLowerCase()}`);

    const item = await world.api('POST', '/news', {
      variants: { en: { title: `Depot news ${tag}` } },
      audience: { everyone: true },
    });
    assert.equal((await world.api('POST', `/news/${item.body.id}/publish`, {})).status, 200);
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'news',
      subjectId: item.body.id,
      message: { fr: 'Partagez', en: 'Please share' },
      relayDate: '2026-12-09',
      departments: [dept],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Depot news ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length === 1,
    );
    const blocks = JSON.stringify(request!.body.blocks);
    assert.ok(blocks.includes(`depot-${tag.toLowerCase()}`), blocks.slice(0, 600));
    assert.ok(!blocks.includes(`private-${tag.toLowerCase()}`), 'not a channel the bot is out of');
    assert.ok(!blocks.includes(`bots-${tag.toLowerCase()}`), 'not a channel Sol is out of');
    const known = await world.relais.core.conversations.get('slack', shared);
    assert.equal(known?.kind, 'channel', 'recorded as listed');
    const option = [...blocks.matchAll(/"text":"depot-[^"]*"[^}]*\},"value":"(c[0-9a-f]{24})"/g)][0]?.[1];
    assert.ok(option, blocks.slice(0, 600));

    const button = buttonFor(request, 'ambassador.relay_share');
    const clicked = await world.slackClick({
      teamId: world.slackTeam,
      userId: solId,
      channelId: String(request!.body.channel),
      messageTs: String(request!.response.ts),
      action: { action_id: button.action_id, value: button.value, type: 'button' },
      blocks: request!.body.blocks as unknown[],
      state: { 'in.relay_channel': { value: { type: 'static_select', selected_option: { value: option } } } },
    });
    assert.equal(clicked.status, 200);
    const posted = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Depot news ${tag}`)
          .filter((c) => c.body.channel === shared),
      (calls) => calls.length > 0,
    );
    assert.equal(posted.length, 1, 'relayed into the shared channel');
    const view = await pollUntil(
      async () => (await world.api('GET', `/relay-campaigns/${campaign.body.id}`)).body,
      (v) => v.requests[0].relayedTo !== null,
    );
    assert.equal(view.requests[0].relayedTo.conversationId, shared);
    assert.equal(view.requests[0].reach, 2, "the channel's members");

    // the bot added to a channel: recorded with its name
    const joined = `C4${tag}`;
    world.slack.setChannelMembers(joined, ['U0BOT'], `joined-${tag.toLowerCase()}`);
    const event = await world.slackEvent({
      type: 'member_joined_channel',
      user: 'U0BOT',
      channel: joined,
      channel_type: 'C',
      team: world.slackTeam,
      event_ts: `${Math.floor(Date.now() / 1000)}.000200`,
    });
    assert.equal(event.status, 200);
    const recorded = await pollUntil(
      () => world.relais.core.conversations.get('slack', joined),
      (c) => Boolean(c),
    );
    assert.equal(recorded?.kind, 'channel');
    assert.equal(recorded?.reference.name, `joined-${tag.toLowerCase()}`);
  });

  it('attributes a survey answered from a relayed copy to the relay', async () => {
    const tag = unique();
    const dept = `Yard ${tag}`;
    const mail = (who: string) => `${who}.${tag.toLowerCase()}@amb.test`;
    await world.api('POST', '/people/import', [
      { email: mail('ola'), displayName: 'Ola Slack', department: dept, roles: 'ambassador', locale: 'en' },
      { email: mail('pam'), displayName: 'Pam Reader', department: dept, locale: 'en' },
    ]);
    const olaId = await slackPerson('Ola Slack', mail('ola'));
    const pamId = await slackPerson('Pam Reader', mail('pam'));
    const ola = (await world.relais.core.people.findByEmail(mail('ola')))!;
    const shared = `C5${tag}`;
    world.slack.setChannelMembers(shared, ['U0BOT', olaId, pamId], `yard-${tag.toLowerCase()}`);

    const survey = await world.api('POST', '/surveys', {
      title: `Yard pulse ${tag}`,
      locale: 'en',
      questions: [{ kind: 'single', label: 'Happy here?', options: ['Yes', 'No'] }],
    });
    assert.equal(survey.status, 200, JSON.stringify(survey.body));
    const campaign = await world.api('POST', '/relay-campaigns', {
      subjectType: 'survey',
      subjectId: survey.body.id,
      message: { fr: 'Partagez', en: 'Please share' },
      relayDate: '2026-12-09',
      departments: [dept],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    const [request] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Yard pulse ${tag}`)
          .filter((c) => JSON.stringify(c.body).includes('Could you relay')),
      (calls) => calls.length === 1,
    );
    const blocks = JSON.stringify(request!.body.blocks);
    const option = [...blocks.matchAll(/"text":"yard-[^"]*"[^}]*\},"value":"(c[0-9a-f]{24})"/g)][0]?.[1];
    assert.ok(option, blocks.slice(0, 600));
    const share = buttonFor(request, 'ambassador.relay_share');
    await world.slackClick({
      teamId: world.slackTeam,
      userId: olaId,
      channelId: String(request!.body.channel),
      messageTs: String(request!.response.ts),
      action: { action_id: share.action_id, value: share.value, type: 'button' },
      blocks: request!.body.blocks as unknown[],
      state: { 'in.relay_channel': { value: { type: 'static_select', selected_option: { value: option } } } },
    });
    const [copy] = await pollUntil(
      () =>
        world
          .slackCallsWith('chat.postMessage', `Yard pulse ${tag}`)
          .filter((c) => c.body.channel === shared),
      (calls) => calls.length > 0,
    );

    // Pam opens the survey from the channel copy, then answers in the modal
    const answer = buttonFor(copy, 'survey.open');
    const triggerId = `${randomUUID()}.trigger`;
    await world.slackClick({
      teamId: world.slackTeam,
      userId: pamId,
      channelId: shared,
      messageTs: String(copy!.response.ts),
      action: { action_id: answer.action_id, value: answer.value, type: 'button' },
      blocks: copy!.body.blocks as unknown[],
      triggerId,
    });
    // the modal this click opened, found by its trigger_id
    const opened = await world.slack.waitForCall('views.open', (c) => c.body.trigger_id === triggerId);
    const view =
      typeof opened!.body.view === 'string'
        ? JSON.parse(opened!.body.view)
        : (opened!.body.view as Record<string, unknown>);
    const viewText = JSON.stringify(view);
    const blockId = /"block_id":"(in\.[^"]+)"/.exec(viewText)?.[1];
    const firstValue = /"options":\[\{"text":\{[^}]*\},"value":"([^"]+)"/.exec(viewText)?.[1];
    assert.ok(blockId && firstValue, viewText.slice(0, 600));
    const submitted = await world.slackInteract({
      type: 'view_submission',
      team: { id: world.slackTeam, domain: 'relais' },
      user: { id: pamId, username: 'pam', name: 'pam', team_id: world.slackTeam },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: '1700000100.submit.trigger',
      view: {
        ...view,
        id: 'V0RELAY',
        team_id: world.slackTeam,
        state: {
          values: {
            [blockId!]: { value: { type: 'radio_buttons', selected_option: { value: firstValue } } },
          },
        },
        hash: 'h',
        root_view_id: 'V0RELAY',
        app_id: 'A0FAKE',
        bot_id: 'B0BOT',
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    assert.equal(submitted.status, 200);
    const figures = await pollUntil(
      async () => (await world.api('GET', `/ambassadors/${ola.id}/figures`)).body.figures,
      (f) => f.answered >= 1,
    );
    assert.equal(figures.answered, 1);
    assert.equal(figures.engaged, 1);
  });
});
