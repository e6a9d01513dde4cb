/**
 * The Slack Messenger (the core's outbound port) against the fake Web API: what it sends, and
 * how Slack's failures become DeliveryError kinds the job queue acts on. One call per attempt:
 * the client neither sleeps on 429 nor retries by itself.
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

  it('sends to a person: opens the DM once, posts text + blocks, never link_names or parse=full', async () => {
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

    await messenger.send(toJohn, news, options);
    assert.equal(world.fake.callsTo('conversations.open').length, 1, 'the DM channel id is cached');
    assert.equal(world.fake.callsTo('chat.postMessage').length, 2);
  });

  it('sends to a channel, updates, deletes', async () => {
    const sent = await messenger.send(
      { kind: 'conversation', platform: 'slack', tenantId: TEAM, conversationId: 'C0ANNOUNCE' },
      news,
      options,
    );
    assert.equal(sent.conversationId, 'C0ANNOUNCE');
    await messenger.update(sent, card('Canteen open after all', { type: 'text', text: 'Open!' }), options);
    const [update] = world.fake.callsTo('chat.update');
    assert.deepEqual([update.body.channel, update.body.ts], ['C0ANNOUNCE', sent.messageId]);
    assert.match(textOf(update.body.blocks), /Open!/);
    assert.ok(messenger.delete);
    await messenger.delete(sent);
    const [removed] = world.fake.callsTo('chat.delete');
    assert.deepEqual([removed.body.channel, removed.body.ts], ['C0ANNOUNCE', sent.messageId]);
  });

  it('publishes a Home view', async () => {
    assert.ok(messenger.publishHome);
    await messenger.publishHome(toJohn.kind === 'person' ? toJohn.identity : assert.fail(), news, options);
    const [publish] = world.fake.callsTo('views.publish');
    assert.equal(publish.body.user_id, ENGLISH.id);
    assert.equal((publish.body.view as { type: string }).type, 'home');
    assert.equal(publish.response.ok, true);
  });

  it('maps 429 to rate_limited with Retry-After, after a single call', async () => {
    world.fake.rateLimit('chat.postMessage', { calls: 1, retryAfterSeconds: 7 });
    const error = await rejection(
      messenger.send(
        { kind: 'conversation', platform: 'slack', tenantId: TEAM, conversationId: 'C0BUSY' },
        news,
        options,
      ),
    );
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.retryAfterMs, 7_000);
    assert.equal(error.retryable, true);
    assert.equal(world.fake.callsTo('chat.postMessage').length, 1, 'no internal retry');
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

  it('maps channel_not_found to unreachable and forgets a cached DM channel', async () => {
    await messenger.send(toJohn, news, options); // D0JOHN is cached from here on
    const opened = world.fake.callsTo('conversations.open').length;
    world.fake.fail('chat.postMessage', { error: 'channel_not_found', channel: 'D0JOHN', times: 1 });
    const error = await rejection(messenger.send(toJohn, news, options));
    assert.equal(error.kind, 'unreachable');
    assert.equal(error.platformCode, 'channel_not_found');
    assert.equal(error.retryable, false);
    await messenger.send(toJohn, news, options);
    assert.equal(world.fake.callsTo('conversations.open').length, opened + 1, 'the DM was opened again');
  });

  it('maps HTTP 503 and internal_error to transient, after a single call', async () => {
    world.fake.fail('chat.postMessage', { status: 503, times: 1 });
    const http = await rejection(messenger.send(toJohn, news, options));
    assert.equal(http.kind, 'transient');
    assert.equal(http.status, 503);
    assert.equal(world.fake.callsTo('chat.postMessage').length, 1, 'no internal retry');

    world.fake.fail('chat.update', { error: 'internal_error', times: 1 });
    const platform = await rejection(
      messenger.update(
        { platform: 'slack', tenantId: TEAM, conversationId: 'C0', messageId: '1.1' },
        news,
        options,
      ),
    );
    assert.equal(platform.kind, 'transient');
  });

  it('maps a revoked token to unreachable and a refused payload to rejected', async () => {
    world.fake.fail('chat.postMessage', { error: 'token_revoked', times: 1 });
    assert.equal((await rejection(messenger.send(toJohn, news, options))).kind, 'unreachable');
    world.fake.fail('chat.postMessage', { error: 'invalid_blocks', times: 1 });
    assert.equal((await rejection(messenger.send(toJohn, news, options))).kind, 'rejected');
  });

  it('maps a person Slack does not know to unreachable (conversations.open user_not_found)', async () => {
    const error = await rejection(
      messenger.send(
        { kind: 'person', identity: { platform: 'slack', tenantId: TEAM, userId: 'U0GONE' } },
        news,
        { locale: 'fr' },
      ),
    );
    assert.equal(error.kind, 'unreachable');
    assert.equal(error.platformCode, 'user_not_found');
  });

  it('maps a conversation id that cannot be encoded (a lone surrogate) to rejected, naming Slack', async () => {
    const error = await rejection(
      messenger.send(
        { kind: 'conversation', platform: 'slack', tenantId: TEAM, conversationId: 'C\ud800' },
        news,
        options,
      ),
    );
    assert.equal(error.kind, 'rejected');
    assert.equal(error.platform, 'slack');
    assert.deepEqual(world.fake.callsTo('chat.postMessage'), [], 'nothing reached Slack');
    world.fake.fail('chat.postMessage', { error: 'channel_not_found', times: 1 });
    const gone = await rejection(
      messenger.send(
        { kind: 'conversation', platform: 'slack', tenantId: TEAM, conversationId: 'C0GONE' },
        news,
        options,
      ),
    );
    assert.equal(gone.platform, 'slack');
  });
});
