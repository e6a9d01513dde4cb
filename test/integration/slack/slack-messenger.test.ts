/**
 * What only the Slack Messenger does, against the fake Web API: escaping what users wrote, the
 * App Home, Slack's per-method limits and its HTTP 200 error codes. What every messenger does
 * (update, delete, 429, unreachable people and channels, 5xx…) is the contract suite's
 * (test/contract/messenger.contract.test.ts).
 */
import assert from 'node:assert/strict';
import { card, submit } from '../../../shared/cards/model.js';
import { DeliveryError } from '../../../shared/errors/errors.js';
import type { MessageTarget, Messenger } from '../../../shared/messaging/messenger.js';
import { ENGLISH, TEAM, textOf, useSlackWorld } from './slack-world.js';

describe('Slack messenger', () => {
  const world = useSlackWorld();
  let messenger: Messenger;
  const news = card(
    'Canteen closed on Friday <!channel>',
    { type: 'heading', text: 'Canteen closed' },
    { type: 'text', text: 'Friday only. Ping <@U0JOHN> & <!everyone>?' },
    { type: 'buttons', buttons: [submit('help.topic', 'Got it', { topic: 'news' })] },
  );
  const toJohn: MessageTarget = {
    kind: 'person',
    identity: { platform: 'slack', tenantId: TEAM, userId: ENGLISH.id },
  };
  const options = { locale: 'en' as const };

  before(() => {
    const found = world.relais.core.messengers.get('slack');
    assert.ok(found, 'the Slack messenger is registered with the core');
    messenger = found;
  });

  const rejection = async (promise: Promise<unknown>): Promise<DeliveryError> => {
    const error = await promise.then(
      () => assert.fail('expected a DeliveryError'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof DeliveryError, `expected a DeliveryError, got ${error}`);
    return error;
  };

  it('sends to a person in their DM: text + blocks escaped, never link_names or parse=full', async () => {
    const sent = await messenger.send(toJohn, news, options);
    const open = world.fake.callsTo('conversations.open');
    assert.equal(open.length, 1);
    assert.equal(open[0].body.users, ENGLISH.id);
    const [post] = world.fake.callsTo('chat.postMessage');
    assert.equal(post.body.channel, 'D0JOHN');
    assert.equal(post.response.ok, true);
    assert.equal(post.body.link_names, undefined);
    assert.notEqual(post.body.parse, 'full');
    const wire = textOf({ text: post.body.text, blocks: post.body.blocks });
    for (const raw of ['<!channel>', '<@U0JOHN>', '<!everyone>'])
      assert.ok(!wire.includes(raw), `${raw} reached Slack`);
    assert.deepEqual(sent, {
      platform: 'slack',
      tenantId: TEAM,
      conversationId: 'D0JOHN',
      messageId: post.response.ts,
    });
  });

  it('publishes a Home view', async () => {
    assert.ok(messenger.publishHome);
    await messenger.publishHome(toJohn.kind === 'person' ? toJohn.identity : assert.fail(), news, options);
    const [publish] = world.fake.callsTo('views.publish');
    assert.equal(publish.body.user_id, ENGLISH.id);
    assert.equal((publish.body.view as { type: string }).type, 'home');
    assert.equal(publish.response.ok, true);
  });

  it('maps a per-method rate beyond its limit to rate_limited', async () => {
    world.fake.rateLimitPerSecond('chat.update', 2, 3);
    const message = {
      platform: 'slack' as const,
      tenantId: TEAM,
      conversationId: 'C0POLL',
      messageId: '1.000001',
    };
    await messenger.update(message, news, options);
    await messenger.update(message, news, options);
    const error = await rejection(messenger.update(message, news, options));
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.retryAfterMs, 3_000);
  });

  // 429, token_revoked, channel_not_found, HTTP 5xx, invalid_blocks, user_not_found and
  // unencodable ids: test/contract/messenger.contract.test.ts
  it('maps internal_error (an HTTP 200 answer) to transient, after a single call', async () => {
    world.fake.fail('chat.update', { error: 'internal_error', times: 1 });
    const platform = await rejection(
      messenger.update(
        { platform: 'slack', tenantId: TEAM, conversationId: 'C0', messageId: '1.1' },
        news,
        options,
      ),
    );
    assert.equal(platform.kind, 'transient');
    assert.equal(platform.platformCode, 'internal_error');
    assert.equal(world.fake.callsTo('chat.update').length, 1, 'no internal retry');
  });
});
