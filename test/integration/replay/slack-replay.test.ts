/**
 * Replays Slack payloads taken from Slack's documentation (test/fixtures/replay/slack) through
 * the real Bolt receiver, each correctly signed, the form or JSON encoded as Slack sends it. Only
 * `response_url` is pointed at the fake Slack API, which knows the documentation's people. Each
 * test checks what a person would see: the ack, the reply, the modal, the Home tab, who was learned.
 */
import assert from 'node:assert/strict';
import { translate } from '../../../shared/i18n/i18n.js';
import { pollUntil } from '../../harness/eventually.js';
import {
  eventRequest,
  interactionRequest,
  postToSlackEndpoint,
  type SlackRequest,
  slashCommandRequest,
} from '../../harness/slack-signing.js';
import { SECRET, TEAM, textOf, useSlackWorld } from '../slack/slack-world.js';
import { type Recorded, recorded, recordedNames } from './replay-fixtures.js';

/** every recording this file replays; a new recording must be added here, with its test */
const replayedHere = [
  'block-actions-help-topic',
  'command-relais-help',
  'event-app-home-opened',
  'event-team-join',
  'event-user-change',
  'message-action-news-share',
  'shortcut-poll-create',
  'url-verification',
  'view-submission-poll',
];

/** the people of the documentation's examples, as the workspace's directory knows them */
const documentedPeople: [id: string, name: string][] = [
  ['U2147483697', 'Steve Example'],
  ['UA8RXUSPL', 'Jack Torrance'],
  ['U0D15K92L', 'Dr Maomao'],
  ['UXXXXXXXXX', 'Aman Example'],
  ['U123ABC456', 'Home Visitor'],
  ['U0MJRG1AL', 'Cat Poster'],
  ['U0NEWMEMBER', 'Some Newcomer'],
  ['U1234567', 'Some User'],
];

describe('Slack replay: documented payloads through the signed Bolt receiver', () => {
  const world = useSlackWorld();

  before(() => {
    for (const [id, realName] of documentedPeople)
      world.fake.addUser({ id, teamId: TEAM, realName, locale: 'en-US', tz: 'America/Los_Angeles' });
  });

  type Encoding = 'command' | 'interaction' | 'event';

  /** posts the recording `name`, signed, encoded as Slack encodes that kind of request */
  async function replay(
    name: string,
    encoding: Encoding,
  ): Promise<{ payload: Recorded; response: Response }> {
    assert.ok(replayedHere.includes(name), `${name} is listed in replayedHere`);
    const payload = recorded('slack', name);
    if (typeof payload.response_url === 'string') payload.response_url = world.fake.responseUrl();
    const sign = { secret: SECRET };
    const request: SlackRequest =
      encoding === 'command'
        ? slashCommandRequest(payload, sign)
        : encoding === 'interaction'
          ? interactionRequest(payload, sign)
          : eventRequest(payload, sign);
    return { payload, response: await postToSlackEndpoint(world.relais.url, request) };
  }

  const viewOf = (call: { body: Record<string, unknown> }) =>
    (typeof call.body.view === 'string' ? JSON.parse(call.body.view) : call.body.view) as Recorded;

  it('slash command /relais help (the documented form body): acks and answers the help card privately', async () => {
    const { response } = await replay('command-relais-help', 'command');
    assert.equal(response.status, 200);
    const reply = await world.fake.waitForCall('response_url');
    assert.equal(reply.body.response_type, 'ephemeral');
    assert.match(textOf(reply.body.blocks), new RegExp(translate('en', 'help.title')));
  });

  it('block_actions (the help card\'s "News" button): refreshes the clicked message with the topic', async () => {
    const { payload, response } = await replay('block-actions-help-topic', 'interaction');
    assert.equal(response.status, 200);
    const update = await world.fake.waitForCall('chat.update');
    assert.deepEqual([update.body.channel, update.body.ts], [payload.channel.id, payload.message.ts]);
    assert.ok(textOf(update.body.blocks).includes(translate('en', 'help.topic.news.body')));
  });

  it('view_submission (the poll form filled in): posts the poll into the channel it was opened from', async () => {
    const { response } = await replay('view-submission-poll', 'interaction');
    assert.equal(response.status, 200);
    const post = await world.fake.waitForCall('chat.postMessage', (c) => c.body.channel === 'C2147483705');
    for (const text of ['Lunch on Friday?', 'Pizza', 'Sushi', 'Salad'])
      assert.ok(textOf(post.body.blocks).includes(text), `${text} in the posted poll`);
  });

  it('global shortcut "create a poll": opens the poll form with the shortcut\'s trigger', async () => {
    const { payload, response } = await replay('shortcut-poll-create', 'interaction');
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.body.trigger_id, payload.trigger_id);
    assert.ok(
      viewOf(open).blocks.some((b: Recorded) => b.block_id === 'in.poll_question'),
      'the poll form',
    );
    assert.equal(open.response.ok, true);
  });

  it('message shortcut "share as news": opens a modal holding the message as plain text', async () => {
    // sharing as news is for communicators: the documented sender is made one first
    const sharer = { platform: 'slack' as const, tenantId: TEAM, userId: 'U0D15K92L' };
    const person = await world.relais.core.people.learn(sharer, { displayName: 'Dr Maomao' });
    await world.relais.core.people.grant(person.id, 'communicator', '');
    const { payload, response } = await replay('message-action-news-share', 'interaction');
    assert.equal(response.status, 200);
    const open = await world.fake.waitForCall('views.open');
    assert.equal(open.body.trigger_id, payload.trigger_id);
    assert.ok(
      textOf(viewOf(open)).includes("World's smallest big cat! https://youtube.com/watch?v=W86cTIoMv2U"),
      textOf(viewOf(open)),
    );
    assert.equal(open.response.ok, true);
  });

  it("app_home_opened: publishes the visitor's Home tab", async () => {
    const { payload, response } = await replay('event-app-home-opened', 'event');
    assert.equal(response.status, 200);
    const publish = await world.fake.waitForCall('views.publish');
    assert.equal(publish.body.user_id, payload.event.user);
    assert.equal(viewOf(publish).type, 'home');
    assert.equal(publish.response.ok, true);
  });

  it('team_join: learns the new member', async () => {
    const { payload, response } = await replay('event-team-join', 'event');
    assert.equal(response.status, 200);
    const identity = { platform: 'slack' as const, tenantId: TEAM, userId: payload.event.user.id };
    const person = await pollUntil(
      () => world.relais.core.people.findByIdentity(identity),
      (found) => found !== undefined,
      { what: 'the newcomer to be learned' },
    );
    assert.equal(person?.displayName, 'Some Newcomer');
  });

  it('user_change: acknowledged at once, without a retry from Slack', async () => {
    const { response } = await replay('event-user-change', 'event');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-slack-no-retry'), null);
  });

  it('url_verification: answers the challenge', async () => {
    const { payload, response } = await replay('url-verification', 'event');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { challenge: payload.challenge });
  });

  it('every recorded Slack payload has a replay test', () => {
    assert.deepEqual(replayedHere, recordedNames('slack'));
  });
});
