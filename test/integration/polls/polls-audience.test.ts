/**
 * Polls sent 1:1 to an audience through the delivery machinery (communicators only): each person
 * gets their own copy, votes from it (the copy is theirs, so it is refreshed in place), and a
 * reminder reaches only the people who have not voted yet.
 */
import assert from 'node:assert/strict';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { blockActions } from '../../harness/slack-signing.js';
import { ENGLISH, FRENCH, TEAM } from '../slack/slack-world.js';
import { type PollWorld, results, startPollWorld } from './poll-world.js';

describeEachStore('Polls sent 1:1 to an audience (HTTP)', (backend) => {
  let world: PollWorld;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend());
    // both people are known to Relais (they used it once)
    await world.slack.command(FRENCH.id, 'aide');
    await world.slack.command(ENGLISH.id, 'help');
  });
  after(async () => {
    await world?.close();
  });

  const personOf = (userId: string) =>
    world.slack.relais.core.people.findByIdentity({ platform: 'slack', tenantId: TEAM, userId });

  it('sends each person their copy, takes their vote from it, and reminds only who has not voted', async function () {
    this.timeout(30_000);
    // Slack acknowledges a command first: the people are learned just after
    const [french, english] = await pollUntil(
      () => Promise.all([personOf(FRENCH.id), personOf(ENGLISH.id)]),
      (both) => both.every(Boolean),
      { what: 'both people learned' },
    );
    assert.ok(french && english);
    const member = { kind: 'person' as const, person: french };
    await assert.rejects(
      world.slack.relais.core.polls.create(
        member,
        { question: 'Mine?', options: ['a', 'b'] },
        { audience: { people: [english.id] } as never },
      ),
      /communicator/,
      'a member cannot send a poll 1:1 to an audience',
    );

    world.slack.fake.reset();
    const created = await world.api('POST', '/polls', {
      poll: { question: 'Team day?', options: ['Monday', 'Friday'], anonymous: true },
      target: { audience: { people: [french.id, english.id] } },
    });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id as string;
    const posts = await pollUntil(
      () => world.slack.fake.callsTo('chat.postMessage'),
      (calls) => calls.length >= 2,
      { what: 'two 1:1 copies' },
    );
    const copy = posts.find((c) => c.body.channel === `D${FRENCH.id.replace(/^U/, '')}`);
    assert.ok(copy, 'Amélie got her copy in her DM');
    const blocks = (
      typeof copy.body.blocks === 'string' ? JSON.parse(copy.body.blocks) : copy.body.blocks
    ) as {
      elements?: { action_id: string; value: string; text: { text: string } }[];
    }[];
    const button = blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id?.startsWith('poll.vote:') && e.text.text === 'Friday');
    assert.ok(button);

    world.slack.fake.reset();
    await world.slack.interact(
      blockActions({
        teamId: TEAM,
        userId: FRENCH.id,
        channelId: String(copy.body.channel),
        messageTs: String(copy.response.ts),
        action: { action_id: button.action_id, value: button.value, type: 'button' },
      }),
    );
    await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 1,
      { what: 'her vote' },
    );
    // her copy is hers alone: refreshed in place
    const update = await world.slack.fake.waitForCall('chat.update');
    assert.equal(update.body.ts, copy.response.ts);
    assert.equal(world.slack.fake.callsTo('chat.postEphemeral').length, 0);

    world.slack.fake.reset();
    const remind = await world.api('POST', `/polls/${pollId}/remind`);
    assert.equal(remind.status, 200, remind.text);
    assert.deepEqual(remind.body, { queued: 1 });
    const reminder = await world.slack.fake.waitForCall('chat.postMessage');
    assert.equal(reminder.body.channel, `D${ENGLISH.id.replace(/^U/, '')}`, 'only John, who has not voted');
    assert.match(JSON.stringify(reminder.body), /Reminder|Rappel/);
  });
});
