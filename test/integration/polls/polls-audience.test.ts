/**
 * Polls sent 1:1 to an audience through the delivery machinery (communicators only): each person
 * gets their own copy, votes from it (the copy is theirs, so it is refreshed in place), and a
 * reminder reaches only the people who have not voted yet.
 */
import assert from 'node:assert/strict';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { blockActions } from '../../harness/slack-signing.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
import { ENGLISH, FRENCH, TEAM } from '../slack/slack-world.js';
import { cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import { channelScene, type PollWorld, results, startPollWorld, TENANT, teamsMember } from './poll-world.js';

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

  it('stamps no Teams 1:1 row with the moment of an anonymous vote cast from the copy sent there', async function () {
    this.timeout(30_000);
    const core = world.slack.relais.core;
    const voter = teamsMember(world, 'Ines Inbox');
    // known to Relais from a channel message: no 1:1 with the bot yet, the delivery creates it
    await postActivity(world.url, messageActivity(channelScene(world, voter), 'help', { mention: true }));
    const person = await pollUntil(
      () => core.people.findByIdentity({ platform: 'teams', tenantId: TENANT, userId: voter.id }),
      Boolean,
      { what: 'the voter learned' },
    );
    assert.ok(person);
    world.connector.reset();
    const created = await world.api('POST', '/polls', {
      poll: { question: 'Inbox?', options: ['Yes', 'No'], anonymous: true },
      target: { audience: { people: [person.id] } },
    });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id as string;
    const copies = await pollUntil(
      () => world.connector.sentActivities().filter((r) => textsOf(r.body).includes('Inbox?')),
      (sent) => sent.length >= 1,
      { what: 'the 1:1 copy' },
    );
    const conversationId = decodeURIComponent(/conversations\/([^/]+)\/activities/.exec(copies[0].path)![1]);
    const row = () =>
      core.store.db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', 'teams')
        .where('conversation_id', '=', conversationId)
        .executeTakeFirst();
    // the messenger saves the 1:1 it created once the copy is sent
    const before = await pollUntil(row, Boolean, { what: 'the 1:1 saved' });
    assert.ok(before);
    assert.equal(before.person_id, person.id, 'the 1:1 the delivery created is hers');

    const button = executeActionsOf(cardOf(copies[0])).find(
      (a) => a.verb === 'poll.vote' && a.title === 'Yes',
    );
    assert.ok(button);
    const scene = {
      serviceUrl: world.connector.url,
      tenantId: TENANT,
      user: voter,
      locale: 'en-US',
      conversation: { id: conversationId, conversationType: 'personal' as const },
    };
    const vote = await postActivity(world.url, executeActionActivity(scene, button));
    assert.equal(vote.status, 200);
    assert.equal((await results(world, pollId)).voters, 1);
    // compared as stored values: the vote wrote nothing to her 1:1 row, so no moment of hers
    assert.deepEqual(await row(), before);
  });
});
