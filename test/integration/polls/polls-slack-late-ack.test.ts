/**
 * A Slack vote that Bolt could not acknowledge within its 3 seconds (here: the first click waits
 * on a slow auth.test, held by the fake until Bolt has answered 404) still counts, and the voter
 * sees their own card. Before, the listener's late ack() threw on the already-sent 404 and the
 * vote was lost (the PostgreSQL benchmark's tally error at load 26). The order is forced by the
 * hold, not by timing: the fake answers auth.test only once the 404 has reached the client.
 */
import assert from 'node:assert/strict';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { messageActivity, postActivity } from '../../harness/teams-activities.js';
import { FRENCH, TEAM } from '../slack/slack-world.js';
import {
  channelScene,
  lastTeamsPollCard,
  type PollWorld,
  pollIdOfCard,
  results,
  SLACK_CHANNEL,
  slackClick,
  slackPollPost,
  slackVoteButton,
  startPollWorld,
  teamsChannelKnown,
} from './poll-world.js';

describeEachStore('Polls: a Slack vote acknowledged late', (backend) => {
  let world: PollWorld;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend());
  });
  after(async () => {
    await world?.close();
  });

  it('counts the vote and shows the voter their card after Bolt answered 404 at 3 s', async function () {
    // Bolt's own timer (3,001 ms) has to run out once
    this.timeout(30_000);
    const author = await teamsChannelKnown(world);
    const created = await postActivity(
      world.url,
      messageActivity(channelScene(world, author), 'poll "Late?" "Yes" "No"', { mention: true }),
    );
    assert.equal(created.status, 200);
    const pollId = pollIdOfCard(lastTeamsPollCard(world));
    const posted = await world.api('POST', `/polls/${pollId}/post`, {
      conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
    });
    assert.equal(posted.status, 201, posted.text);
    const post = slackPollPost(world);

    // the first Bolt request learns the bot's workspace with auth.test: a slow Slack holds it
    const slow = world.slack.fake.hold('auth.test');
    const click = slackClick(world, FRENCH.id, slackVoteButton(post.blocks, 'No'), post.ts);
    await slow.arrived;
    const answer = await click;
    assert.equal(answer.status, 404, 'Bolt answers a request nobody acknowledged in 3 s');
    slow.release();

    const tally = await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 1,
      { what: 'the late vote counted' },
    );
    assert.deepEqual(tally.counts, { o0: 0, o1: 1 });
    const ephemeral = await world.slack.fake.waitForCall(
      'chat.postEphemeral',
      (c) => c.body.user === FRENCH.id,
    );
    assert.equal(ephemeral.body.channel, SLACK_CHANNEL);
    assert.equal(
      world.slack.fake.callsTo('response_url').length,
      0,
      'no "something went wrong" answer: nothing failed',
    );
  });
});
