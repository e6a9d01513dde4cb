/**
 * Polls over HTTP on both platforms and both stores: a poll created in Teams and posted to Slack
 * too tallies together; retries and double clicks count once; a vote can change; mistakes get a
 * clear answer and change nothing; the voter's own view comes back at once (Teams invoke answer,
 * Slack ephemeral) and shared cards follow, debounced.
 */
import assert from 'node:assert/strict';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
import { ENGLISH, FRENCH, TEAM } from '../slack/slack-world.js';
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import {
  channelScene,
  lastTeamsPollCard,
  type PollWorld,
  pollIdOfCard,
  pollMessages,
  results,
  SLACK_CHANNEL,
  slackClick,
  slackPollPost,
  slackVoteButton,
  startPollWorld,
  TEAMS_CHANNEL,
  teamsChannelKnown,
  teamsMember,
  teamsVote,
} from './poll-world.js';

describeEachStore('Polls in chat (Teams and Slack over HTTP)', (backend) => {
  let world: PollWorld;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend());
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.connector.reset();
    world.slack.fake.reset();
  });

  /** `poll "…" "…"` typed in the Teams channel; returns the poll id and its Teams message */
  async function quickPoll(text: string) {
    const author = await teamsChannelKnown(world);
    const response = await postActivity(
      world.url,
      messageActivity(channelScene(world, author), text, { mention: true }),
    );
    assert.equal(response.status, 200);
    const card = lastTeamsPollCard(world);
    const pollId = pollIdOfCard(card);
    const [message] = await pollMessages(world, pollId);
    assert.equal(message?.conversation_id, TEAMS_CHANNEL);
    return { author, card, pollId, teamsMessageId: message.message_id };
  }

  async function postToSlack(pollId: string) {
    const response = await world.api('POST', `/polls/${pollId}/post`, {
      conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
    });
    assert.equal(response.status, 201, response.text);
    return slackPollPost(world);
  }

  it('posts a quick poll into the Teams channel and to Slack; votes from both tally together', async () => {
    const { card, pollId, teamsMessageId } = await quickPoll(
      'poll "Lunch on Friday?" "Pizza" "Sushi" "Salad"',
    );
    assert.ok(textsOf(card).includes('Lunch on Friday?'));
    const slackPost = await postToSlack(pollId);

    const alice = teamsMember(world, 'Alice Teams');
    const bob = teamsMember(world, 'Bob Teams');
    const a = await teamsVote(world, alice, card, 'Pizza', teamsMessageId);
    assert.equal(a.status, 200);
    assert.equal(a.body.statusCode, 200);
    assert.equal(a.body.type, 'application/vnd.microsoft.card.adaptive');
    // the voter's own card: counts (live poll) and their choice
    assert.ok(textsOf(a.body.value).some((t) => t.includes('Pizza')));
    await teamsVote(world, bob, card, 'Sushi', teamsMessageId);

    await slackClick(world, FRENCH.id, slackVoteButton(slackPost.blocks, 'Pizza'), slackPost.ts);
    await slackClick(world, ENGLISH.id, slackVoteButton(slackPost.blocks, 'Salad'), slackPost.ts);
    // Slack acks at once and votes after: wait for the votes to land
    const tally = await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 4,
      { what: 'four votes' },
    );
    assert.deepEqual(tally.counts, { o0: 2, o1: 1, o2: 1 });
  });

  it('counts a double click and a retried request once, on both platforms', async () => {
    const { card, pollId, teamsMessageId } = await quickPoll('poll "Retries?" "Yes" "No"');
    const slackPost = await postToSlack(pollId);
    const carol = teamsMember(world, 'Carol Teams');
    // Teams: the same invoke delivered twice at once (a retry), and a double click
    const activityId = `f:retry-${Date.now()}`;
    const [r1, r2] = await Promise.all([
      teamsVote(world, carol, card, 'Yes', teamsMessageId, { activityId }),
      teamsVote(world, carol, card, 'Yes', teamsMessageId, { activityId }),
    ]);
    assert.equal(r1.status, 200);
    assert.equal(r2.status, 200);
    await teamsVote(world, carol, card, 'Yes', teamsMessageId);
    // Slack: the same payload twice (retry) and a second click a moment later (double click)
    const button = slackVoteButton(slackPost.blocks, 'No');
    await Promise.all([
      slackClick(world, FRENCH.id, button, slackPost.ts, { actionTs: '1700000001.000001' }),
      slackClick(world, FRENCH.id, button, slackPost.ts, { actionTs: '1700000001.000001' }),
      slackClick(world, FRENCH.id, button, slackPost.ts, { actionTs: '1700000001.000002' }),
    ]);
    const tally = await pollUntil(
      () => results(world, pollId),
      (r) => r.voters >= 2,
      { what: 'two voters' },
    );
    assert.deepEqual(tally, { pollId, voters: 2, recipients: null, counts: { o0: 1, o1: 1 } });
    // the event log writes after the answer (one insert per turn): wait for both, then no third
    const voted = () =>
      world.slack.relais.core.store.db
        .selectFrom('events')
        .select('person_id')
        .where('type', '=', 'poll.voted')
        .where('subject_id', '=', pollId)
        .execute();
    await pollUntil(voted, (rows) => rows.length >= 2, { what: 'two vote events' });
    assert.equal((await voted()).length, 2, 'one vote event per voter');
  });

  it('lets a voter change their vote until the poll closes', async () => {
    const { card, pollId, teamsMessageId } = await quickPoll('poll "Change?" "First" "Second"');
    const dan = teamsMember(world, 'Dan Teams');
    await teamsVote(world, dan, card, 'First', teamsMessageId);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 1, o1: 0 });
    await teamsVote(world, dan, card, 'Second', teamsMessageId);
    assert.deepEqual(await results(world, pollId), {
      pollId,
      voters: 1,
      recipients: null,
      counts: { o0: 0, o1: 1 },
    });
    const closed = await world.api('POST', `/polls/${pollId}/close`);
    assert.equal(closed.status, 200, closed.text);
    assert.equal(closed.body.state, 'closed');
    const late = await teamsVote(world, dan, card, 'First', teamsMessageId);
    assert.equal(late.status, 200);
    assert.match(JSON.stringify(late.body), /closed|clos/);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 0, o1: 1 }, 'a closed poll takes no vote');
  });

  it('answers an unknown option or a forged payload with a clear error and changes nothing', async () => {
    const { card, pollId, teamsMessageId } = await quickPoll('poll "Safe?" "A" "B"');
    const eve = teamsMember(world, 'Eve Teams');
    const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote')!;
    const forged = { ...button, data: { ...button.data, payload: { poll: pollId, option: 'o9' } } };
    const unknown = await postActivity(
      world.url,
      executeActionActivity(channelScene(world, eve, 'en-US'), forged, { replyToId: teamsMessageId }),
    );
    assert.equal(unknown.status, 200);
    assert.ok(
      JSON.stringify(unknown.body).includes('That option is not part of this poll.'),
      JSON.stringify(unknown.body),
    );
    const noPoll = { ...button, data: { ...button.data, payload: { poll: 'no-such-poll', option: 'o0' } } };
    const missing = await postActivity(
      world.url,
      executeActionActivity(channelScene(world, eve, 'en-US'), noPoll, { replyToId: teamsMessageId }),
    );
    assert.equal(missing.body.statusCode, 400);
    const badShape = { ...button, data: { ...button.data, payload: { poll: pollId, option: 7 } } };
    const shape = await postActivity(
      world.url,
      executeActionActivity(channelScene(world, eve, 'en-US'), badShape, { replyToId: teamsMessageId }),
    );
    assert.equal(shape.status, 200);
    assert.deepEqual(await results(world, pollId), {
      pollId,
      voters: 0,
      recipients: null,
      counts: { o0: 0, o1: 0 },
    });
    // over the API: unknown option and an empty ballot are 400s naming the problem
    const apiVote = await world.api('POST', `/polls/${pollId}/votes`, { options: ['o0'] });
    assert.equal(apiVote.status, 403, 'an API key is no person and cannot vote');
  });

  it('shows a Slack voter their own view privately and refreshes the shared message, debounced', async () => {
    const { pollId } = await quickPoll('poll "Shared?" "Left" "Right"');
    const slackPost = await postToSlack(pollId);
    world.slack.fake.reset();
    const left = slackVoteButton(slackPost.blocks, 'Left');
    await slackClick(world, FRENCH.id, left, slackPost.ts, { actionTs: '1700000002.000001' });
    await slackClick(world, ENGLISH.id, left, slackPost.ts, { actionTs: '1700000002.000002' });
    const ephemeral = await world.slack.fake.waitForCall('chat.postEphemeral');
    assert.equal(ephemeral.body.channel, SLACK_CHANNEL);
    // an earlier test's debounced refresh may land meanwhile: only this message's updates count
    const ofThisPoll = (c: { body: Record<string, unknown> }) => c.body.ts === slackPost.ts;
    await world.slack.fake.waitForCall('chat.update', ofThisPoll);
    await pollUntil(
      () =>
        world.slack.fake
          .callsTo('chat.update')
          .filter(ofThisPoll)
          .map((c) => JSON.stringify(c.body.blocks)),
      (updates) => updates.some((u) => u.includes('2')),
      { what: 'the shared message showing two votes' },
    );
    // two votes inside one window: the shared message is not updated once per vote
    // two votes, at most one update per window: never one per vote and viewer
    assert.ok(world.slack.fake.callsTo('chat.update').filter((c) => c.body.ts === slackPost.ts).length <= 2);
    // the voters' own views never replaced the shared message: every update of it is the shared card
    for (const call of world.slack.fake.callsTo('chat.update').filter((c) => c.body.ts === slackPost.ts)) {
      assert.doesNotMatch(
        JSON.stringify(call.body.blocks),
        /Your vote is recorded|Votre vote est enregistré/,
      );
    }
  });
});
