/**
 * Card buttons over HTTP (`block_actions` as `payload=` forms): routed to the core dispatcher,
 * the clicked message refreshed in place, repeats and double clicks processed once, unknown
 * buttons answered politely in the clicker's language.
 */
import assert from 'node:assert/strict';
import sinon from 'sinon';
import { translate } from '../../../shared/i18n/i18n.js';
import { pollUntil } from '../../harness/eventually.js';
import { blockActions } from '../../harness/slack-signing.js';
import { ENGLISH, FRENCH, pause, TEAM, textOf, useSlackWorld } from './slack-world.js';

interface ButtonElement {
  type: string;
  action_id: string;
  value?: string;
  url?: string;
}

describe('Slack interactivity (HTTP)', () => {
  const world = useSlackWorld();
  let helpButtons: ButtonElement[];

  before(async () => {
    // take the real buttons of the help card, as Slack would send them back
    await world.command(ENGLISH.id, 'help');
    const reply = await world.fake.waitForCall('response_url');
    const blocks = reply.body.blocks as { type: string; elements?: ButtonElement[] }[];
    helpButtons = blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
  });

  const topicButton = (topic: string) => {
    const button = helpButtons.find((b) => b.value && JSON.parse(b.value).topic === topic);
    assert.ok(button, `the help card has a ${topic} button`);
    return {
      action_id: button.action_id,
      value: button.value,
      type: 'button',
      text: { type: 'plain_text', text: topic },
    };
  };

  it('routes help.topic to the dispatcher and updates the bot message in place (chat.update)', async () => {
    const response = await world.interact(
      blockActions({
        teamId: TEAM,
        userId: FRENCH.id,
        action: topicButton('news'),
        channelId: 'C0NEWS',
        messageTs: '1700000001.000200',
      }),
    );
    assert.equal(response.status, 200);
    const update = await world.fake.waitForCall('chat.update');
    assert.equal(update.body.channel, 'C0NEWS');
    assert.equal(update.body.ts, '1700000001.000200');
    assert.match(textOf(update.body.blocks), new RegExp(translate('fr', 'help.topic.news')));
    assert.equal(update.response.ok, true, 'the refreshed card passes the Block Kit checks');
    assert.equal(update.token, 'xoxb-relais-test');
  });

  it('replaces an ephemeral message through its response_url', async () => {
    const responseUrl = world.fake.responseUrl();
    await world.interact(
      blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        action: topicButton('polls'),
        ephemeral: true,
        responseUrl,
      }),
    );
    const replace = await world.fake.waitForCall('response_url');
    assert.equal(replace.body.replace_original, true);
    assert.match(textOf(replace.body.blocks), new RegExp(translate('en', 'help.topic.polls')));
    assert.equal(world.fake.callsTo('chat.update').length, 0);
  });

  it('processes a repeated payload once', async () => {
    const payload = blockActions({
      teamId: TEAM,
      userId: ENGLISH.id,
      action: topicButton('tours'),
      messageTs: '1700000002.000300',
      actionTs: '1700000002.555555',
    });
    const responses = await Promise.all([world.interact(payload), world.interact(payload)]);
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 200],
      'both are acknowledged',
    );
    await world.fake.waitForCall('chat.update');
    await pause(300);
    assert.equal(world.fake.callsTo('chat.update').length, 1);
  });

  it('treats a double click (same button, new action_ts, a moment later) as one click', async () => {
    const click = (actionTs: string) =>
      blockActions({
        teamId: TEAM,
        userId: FRENCH.id,
        action: topicButton('tours'),
        messageTs: '1700000003.000400',
        actionTs,
      });
    // a real double click sends the second click before the first one's round trip is over, so
    // the test does not wait in between either: nothing here depends on how fast the machine is
    const responses = await Promise.all([
      world.interact(click('1700000003.100000')),
      world.interact(click('1700000003.400000')),
    ]);
    assert.deepEqual(
      responses.map((r) => r.status),
      [200, 200],
      'both clicks are acknowledged',
    );
    await world.fake.waitForCall('chat.update');
    await pause(300);
    assert.equal(world.fake.callsTo('chat.update').length, 1);
  });

  it('answers an unknown button with a private, localized message and keeps serving', async () => {
    const responseUrl = world.fake.responseUrl();
    await world.interact(
      blockActions({
        teamId: TEAM,
        userId: FRENCH.id,
        action: { action_id: 'poll.vanished:0', value: '{"poll":"p1"}' },
        responseUrl,
      }),
    );
    const notice = await world.fake.waitForCall('response_url');
    assert.equal(notice.body.response_type, 'ephemeral');
    assert.equal(notice.body.replace_original, false);
    assert.match(textOf(notice.body), new RegExp(translate('fr', 'error.unknown_action')));

    await world.interact(
      blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        action: { action_id: 'not a renderer id', value: '%%%' },
        responseUrl,
      }),
    );
    const second = await world.fake.waitForCall('response_url', (c) => c !== notice);
    assert.match(textOf(second.body), new RegExp(translate('en', 'error.unknown_action')));
    assert.equal(world.fake.callsTo('chat.update').length, 0);
  });

  it('acknowledges a link button click without dispatching anything', async () => {
    const link = helpButtons.find((b) => b.url);
    assert.ok(link, 'the help card has a console link');
    const response = await world.interact(
      blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        action: { action_id: link.action_id, url: link.url },
      }),
    );
    assert.equal(response.status, 200);
    await pause(200);
    assert.deepEqual(
      world.fake.calls.map((c) => c.method).filter((m) => m !== 'users.info'),
      [],
    );
  });

  it('refreshes the App Home when a Home button is clicked', async () => {
    const payload = {
      ...blockActions({ teamId: TEAM, userId: ENGLISH.id, action: topicButton('news') }),
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: [] },
      channel: undefined,
      message: undefined,
    };
    await world.interact(payload);
    const publish = await world.fake.waitForCall('views.publish');
    assert.equal(publish.body.user_id, ENGLISH.id);
    assert.match(textOf(publish.body.view), new RegExp(translate('en', 'help.topic.news.body').slice(0, 30)));
  });

  it('acknowledges a signed payload without a user, logs a warning and keeps serving', async () => {
    const warn = sinon.spy(world.relais.core.logger, 'warn');
    try {
      const { user: _user, ...payload } = blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        action: topicButton('news'),
      });
      const response = await world.interact(payload);
      assert.equal(response.status, 200);
      // the warning may be logged after the ack: poll for it
      await pollUntil(
        () => warn.getCalls().some((call) => /without a user/.test(String(call.args.at(-1)))),
        (seen) => seen,
        { what: 'a warning naming the malformed payload' },
      );
      assert.equal(world.fake.callsTo('chat.update').length, 0, 'nothing was dispatched');
    } finally {
      warn.restore();
    }
    // the next click is served as usual
    await world.interact(
      blockActions({
        teamId: TEAM,
        userId: ENGLISH.id,
        action: topicButton('polls'),
        messageTs: '1700000009.000900',
      }),
    );
    await world.fake.waitForCall('chat.update');
  });
});
