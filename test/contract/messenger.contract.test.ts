/**
 * Messenger contract: what every implementation of the core's Messenger port does, run against
 * the Teams messenger over the recording fake connector and the Slack messenger over the fake
 * Slack Web API (each through a real Relais). Sends return a reference that update and delete
 * use; every platform failure becomes a DeliveryError of the kind the job queue acts on, raised
 * at once after a single call (the queue owns the delays) and naming the platform. What only one
 * platform does (Teams 1:1 creation on TEAMS_SERVICE_URL, Slack escaping and App Home) stays in
 * teams-messenger.test.ts and slack-messenger.test.ts.
 */
import assert from 'node:assert/strict';
import { type Card, card } from '../../shared/cards/model.js';
import { DeliveryError } from '../../shared/errors/errors.js';
import { MEMBER_COUNT_LIMIT } from '../../shared/messaging/messenger.js';
import type { MessengerBench, MessengerBenchFactory, PlatformFailure } from './messenger-bench.js';
import { slackMessengerBench } from './slack-messenger-bench.js';
import { teamsMessengerBench } from './teams-messenger-bench.js';

const benches: MessengerBenchFactory[] = [teamsMessengerBench, slackMessengerBench];

const news: Card = card(
  'Company news',
  { type: 'heading', text: 'Company news' },
  { type: 'text', text: 'The canteen reopens on **Monday**.' },
);
const edited: Card = card('Company news (updated)', { type: 'heading', text: 'Canteen closed after all' });
const options = { locale: 'fr' as const };

/** the DeliveryError `run` fails with */
async function failure(run: () => Promise<unknown>): Promise<DeliveryError> {
  const error = await run().then(
    () => assert.fail('expected a DeliveryError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof DeliveryError, `expected a DeliveryError, got ${error}`);
  return error;
}

for (const factory of benches) {
  describe(`Messenger contract [${factory.platform}]`, () => {
    let bench: MessengerBench;
    before(async () => {
      bench = await factory.start();
    });
    after(() => bench?.close());
    beforeEach(() => bench.reset());

    /** a message sent to a channel, then the call log cleared */
    async function sentMessage() {
      const sent = await bench.messenger.send(bench.channel(), news, options);
      bench.reset();
      return sent;
    }

    /** the failure, checked to be raised at once, after one call, naming the platform */
    async function failsOnce(
      operation: Parameters<MessengerBench['calls']>[0],
      run: () => Promise<unknown>,
    ): Promise<DeliveryError> {
      const error = await failure(run);
      assert.equal(error.platform, factory.platform, 'the error names the platform');
      assert.equal(bench.calls(operation).length, 1, 'one call: no retry inside the messenger');
      return error;
    }

    describe('sending, updating, deleting', () => {
      it('sends to a person in their 1:1 conversation and returns where the message is', async () => {
        const target = await bench.knownPerson();
        const sent = await bench.messenger.send(target, news, options);
        const [post, ...more] = bench.calls('send');
        assert.deepEqual(more, []);
        assert.ok(post?.wire.includes('The canteen reopens'), 'the card reached the platform');
        assert.deepEqual(sent, {
          platform: factory.platform,
          tenantId: bench.tenantId,
          conversationId: post?.conversationId,
          messageId: sent.messageId,
        });
        assert.ok(sent.messageId, 'the platform message id is kept for update and delete');
      });

      it('opens the 1:1 conversation with a person once and reuses it', async () => {
        const target = await bench.newPerson();
        const first = await bench.messenger.send(target, news, options);
        const second = await bench.messenger.send(target, news, options);
        assert.equal(bench.calls('open').length, 1);
        assert.equal(second.conversationId, first.conversationId);
        assert.notEqual(second.messageId, first.messageId);
        assert.deepEqual(
          bench.calls('send').map((c) => c.conversationId),
          [first.conversationId, first.conversationId],
        );
      });

      it('sends to a channel', async () => {
        const channel = bench.channel();
        const sent = await bench.messenger.send(channel, news, options);
        assert.equal(sent.conversationId, channel.conversationId);
        assert.equal(sent.platform, factory.platform);
        assert.deepEqual(
          bench.calls('send').map((c) => c.conversationId),
          [channel.conversationId],
        );
        assert.equal(bench.calls('open').length, 0, 'a channel needs no conversation opened');
      });

      it('updates the message it sent, in place', async () => {
        const sent = await sentMessage();
        await bench.messenger.update(sent, edited, options);
        const [update, ...more] = bench.calls('update');
        assert.deepEqual(more, []);
        assert.deepEqual([update?.conversationId, update?.messageId], [sent.conversationId, sent.messageId]);
        assert.ok(update?.wire.includes('Canteen closed after all'));
        assert.equal(bench.calls('send').length, 0, 'no new message');
      });

      it('deletes (recalls) the message it sent', async () => {
        const sent = await sentMessage();
        assert.ok(bench.messenger.delete, 'both platforms can recall a message');
        await bench.messenger.delete(sent);
        const [removed, ...more] = bench.calls('delete');
        assert.deepEqual(more, []);
        assert.deepEqual(
          [removed?.conversationId, removed?.messageId],
          [sent.conversationId, sent.messageId],
        );
      });
    });

    describe('rate limits', () => {
      // an hour: a messenger that slept on Retry-After could never finish these tests, so
      // finishing at all shows the 429 was surfaced at once (no wall-clock bound on how fast)
      const throttled: PlatformFailure = { kind: 'rate_limited', retryAfterSeconds: 3600 };

      it('a 429 on send is rate_limited with Retry-After, at once and without retrying', async () => {
        const target = await bench.knownPerson();
        await bench.messenger.send(target, news, options); // the 1:1 conversation is open from here on
        bench.reset();
        bench.failNext('send', throttled);
        const error = await failsOnce('send', () => bench.messenger.send(target, news, options));
        assert.equal(error.kind, 'rate_limited');
        assert.equal(error.retryAfterMs, 3_600_000);
        assert.equal(error.status, 429);
        assert.equal(error.retryable, true);
      });

      it('a 429 on update is rate_limited with Retry-After', async () => {
        const sent = await sentMessage();
        bench.failNext('update', { kind: 'rate_limited', retryAfterSeconds: 2 });
        const error = await failsOnce('update', () => bench.messenger.update(sent, edited, options));
        assert.deepEqual([error.kind, error.retryAfterMs], ['rate_limited', 2000]);
      });

      it('a 429 on delete is rate_limited with Retry-After', async () => {
        const sent = await sentMessage();
        bench.failNext('delete', throttled);
        const error = await failsOnce('delete', () => bench.messenger.delete!(sent));
        assert.deepEqual([error.kind, error.retryAfterMs], ['rate_limited', 3_600_000]);
      });

      it('a 429 while opening a 1:1 conversation is rate_limited', async () => {
        const target = await bench.newPerson();
        bench.failNext('open', throttled);
        const error = await failsOnce('open', () => bench.messenger.send(target, news, options));
        assert.deepEqual([error.kind, error.retryAfterMs], ['rate_limited', 3_600_000]);
        assert.equal(bench.calls('send').length, 0);
      });
    });

    describe('people and conversations out of reach', () => {
      it('a person who blocked the bot or removed the app is unreachable, never retried', async () => {
        const target = await bench.knownPerson();
        const code = bench.failNext('send', { kind: 'blocked' });
        const error = await failsOnce('send', () => bench.messenger.send(target, news, options));
        assert.equal(error.kind, 'unreachable');
        assert.equal(error.platformCode, code);
        assert.equal(error.retryable, false);
      });

      it('a conversation that is gone is unreachable, never retried', async () => {
        const sent = await sentMessage();
        const code = bench.failNext('update', { kind: 'gone' });
        const error = await failsOnce('update', () => bench.messenger.update(sent, edited, options));
        assert.equal(error.kind, 'unreachable');
        assert.equal(error.platformCode, code);
        assert.equal(error.retryable, false);
      });

      it('a 1:1 conversation that is gone is forgotten: the next send opens a new one', async () => {
        const target = await bench.newPerson();
        await bench.messenger.send(target, news, options);
        bench.failNext('send', { kind: 'gone' });
        const error = await failure(() => bench.messenger.send(target, news, options));
        assert.equal(error.kind, 'unreachable');
        const again = await bench.messenger.send(target, news, options);
        assert.equal(bench.calls('open').length, 2, 'the conversation was opened again');
        assert.ok(again.messageId);
      });

      it('a person the platform will not let the bot reach is unreachable', async () => {
        const target = await bench.unreachablePerson();
        const error = await failsOnce('open', () => bench.messenger.send(target, news, options));
        assert.equal(error.kind, 'unreachable');
        assert.ok(error.platformCode, 'the platform code is kept for the delivery record');
        assert.equal(bench.calls('send').length, 0);
      });
    });

    describe('platform outages', () => {
      for (const status of [502, 503, 504] as const) {
        it(`HTTP ${status} is transient, retryable, after a single call`, async () => {
          const target = await bench.knownPerson();
          await bench.messenger.send(target, news, options);
          bench.reset();
          bench.failNext('send', { kind: 'unavailable', status });
          const error = await failsOnce('send', () => bench.messenger.send(target, news, options));
          assert.equal(error.kind, 'transient');
          assert.equal(error.status, status);
          assert.equal(error.retryable, true);
        });
      }

      it('an outage on update is transient too', async () => {
        const sent = await sentMessage();
        bench.failNext('update', { kind: 'unavailable', status: 503 });
        const error = await failsOnce('update', () => bench.messenger.update(sent, edited, options));
        assert.deepEqual([error.kind, error.status], ['transient', 503]);
      });

      it('a platform that hangs up without answering is transient, with no status', async () => {
        const sent = await sentMessage();
        bench.failNext('send', { kind: 'hang_up' });
        const error = await failsOnce('send', () =>
          bench.messenger.send({ ...bench.channel(), conversationId: sent.conversationId }, news, options),
        );
        assert.equal(error.kind, 'transient');
        assert.equal(error.status, undefined);
      });
    });

    describe('payloads the platform cannot take', () => {
      it('a payload the platform refuses is rejected, with its code, never retried', async () => {
        const code = bench.failNext('send', { kind: 'refused' });
        const error = await failsOnce('send', () => bench.messenger.send(bench.channel(), news, options));
        assert.equal(error.kind, 'rejected');
        assert.equal(error.platformCode, code);
        assert.equal(error.retryable, false);
      });

      it('a conversation id that cannot be encoded (a lone surrogate) is rejected before any call', async () => {
        const error = await failure(() => bench.messenger.send(bench.unencodableChannel(), news, options));
        assert.equal(error.kind, 'rejected');
        assert.equal(error.platform, factory.platform);
        assert.equal(error.retryable, false);
        assert.equal(bench.allCalls(), 0, 'nothing reached the platform');
      });

      it('card text that cannot be encoded (a lone surrogate) is rejected before any call', async () => {
        const garbled = card('News \ud800', { type: 'heading', text: 'Broken \udc00 text' });
        const sent = await sentMessage();
        for (const run of [
          () => bench.messenger.send(bench.channel(), garbled, options),
          () => bench.messenger.update(sent, garbled, options),
        ]) {
          const error = await failure(run);
          assert.deepEqual(
            [error.kind, error.platform, error.platformCode, error.retryable],
            ['rejected', factory.platform, 'unencodable', false],
          );
        }
        assert.equal(bench.allCalls(), 0, 'nothing reached the platform');
      });
    });

    describe('conversation membership', () => {
      it('tells a member from a non-member', async () => {
        assert.ok(bench.messenger.isMember, 'both platforms can tell who is in a conversation');
        const [member, stranger] = [await bench.knownPerson(), await bench.newPerson()];
        const channel = bench.channel();
        bench.setMembers(channel, [member.identity]);
        assert.equal(await bench.messenger.isMember(channel, member.identity), true);
        assert.equal(await bench.messenger.isMember(channel, stranger.identity), false);
      });

      it('counts the people in a conversation (the reach of a relay)', async () => {
        assert.ok(bench.messenger.memberCount, 'both platforms can count a conversation');
        const people = [await bench.knownPerson(), await bench.newPerson(), await bench.newPerson()];
        const channel = bench.channel();
        bench.setMembers(
          channel,
          people.map((p) => p.identity),
        );
        assert.equal(await bench.messenger.memberCount(channel), 3);
      });

      it('counts up to MEMBER_COUNT_LIMIT and says "unknown" beyond it, never a partial figure', async () => {
        // people the platform lists in the channel; Relais need not know them to count them
        const people = Array.from({ length: MEMBER_COUNT_LIMIT + 1 }, (_, n) => ({
          platform: factory.platform,
          tenantId: bench.tenantId,
          userId: `U0MANY${n}`,
        }));
        const full = bench.channel();
        bench.setMembers(full, people.slice(0, MEMBER_COUNT_LIMIT));
        assert.equal(await bench.messenger.memberCount!(full), MEMBER_COUNT_LIMIT);
        const larger = bench.channel();
        bench.setMembers(larger, people);
        assert.equal(await bench.messenger.memberCount!(larger), undefined);
      });

      it('a conversation the bot cannot see has no members it can vouch for', async () => {
        const person = await bench.knownPerson();
        const channel = bench.channel();
        bench.failNext('members', { kind: 'gone' });
        assert.equal(await bench.messenger.isMember!(channel, person.identity), false);
      });

      it('a rate-limited membership lookup is thrown, not taken for "not a member"', async () => {
        const person = await bench.knownPerson();
        const channel = bench.channel();
        bench.setMembers(channel, [person.identity]);
        bench.failNext('members', { kind: 'rate_limited', retryAfterSeconds: 3600 });
        const error = await failure(() => bench.messenger.isMember!(channel, person.identity));
        assert.deepEqual([error.kind, error.platform], ['rate_limited', factory.platform]);
      });
    });
  });
}
