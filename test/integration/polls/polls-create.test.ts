/**
 * Creating and answering polls in chat: `poll` alone offers the creation dialog (a Teams card
 * button; Slack opens the modal at once), the modal's submission posts the poll where the command
 * was typed, and multiple-choice polls take several options up to their limit on both platforms.
 */
import assert from 'node:assert/strict';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { executeActionActivity, messageActivity, postActivity } from '../../harness/teams-activities.js';
import { ENGLISH, FRENCH, TEAM } from '../slack/slack-world.js';
import { cardOf, executeActionsOf, textsOf } from '../teams/teams-helpers.js';
import {
  channelScene,
  type PollWorld,
  pollMessages,
  results,
  SLACK_CHANNEL,
  slackClick,
  slackPollPost,
  startPollWorld,
  TEAMS_CHANNEL,
  TENANT,
  teamsChannelKnown,
  teamsMember,
  teamsPollCard,
} from './poll-world.js';

describeEachStore('Creating polls and multiple choice (HTTP)', (backend) => {
  let world: PollWorld;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend());
    await teamsChannelKnown(world);
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.connector.reset();
    world.slack.fake.reset();
  });

  it('answers `poll` alone in Teams with a card whose button opens the creation dialog', async () => {
    const user = teamsMember(world, 'Paula Poll');
    const asked = messageActivity(channelScene(world, user), 'poll', { mention: true });
    await postActivity(world.url, asked);
    const card = cardOf(world.connector.repliesTo(asked.id).at(-1));
    assert.ok(textsOf(card).includes('Create a poll'));
    const opener = JSON.stringify(card);
    assert.match(opener, /task\/fetch/);
    assert.match(opener, /poll\.compose/);
    assert.ok(world.slack.relais.core.shortcuts.get('poll.create'), 'the poll.create shortcut is registered');
  });

  it('opens the Slack modal for `/relais poll` and posts the submitted poll in that channel', async () => {
    await world.slack.command(ENGLISH.id, 'poll');
    const open = await world.slack.fake.waitForCall('views.open');
    const view = typeof open.body.view === 'string' ? JSON.parse(open.body.view) : open.body.view;
    assert.equal(open.response.ok, true, JSON.stringify(open.response));
    assert.match(JSON.stringify(view), /poll_question/);
    const submitted = await world.slack.interact({
      type: 'view_submission',
      team: { id: TEAM, domain: 'relais' },
      user: { id: ENGLISH.id, username: 'john', name: 'john', team_id: TEAM },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: '1700000000.submit.trigger',
      view: {
        ...view,
        id: 'V0POLL',
        team_id: TEAM,
        hash: '1.hash',
        root_view_id: 'V0POLL',
        app_id: 'A0FAKE',
        bot_id: 'B0BOT',
        state: {
          values: {
            'in.poll_question': { value: { type: 'plain_text_input', value: 'Offsite venue?' } },
            'in.poll_options': { value: { type: 'plain_text_input', value: 'Lake\nMountain\nCity' } },
            'in.poll_settings': {
              value: { type: 'checkboxes', selected_options: [{ value: 'multiple' }] },
            },
            'in.poll_visibility': {
              value: { type: 'radio_buttons', selected_option: { value: 'after_vote' } },
            },
          },
        },
      },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    });
    assert.equal(submitted.status, 200);
    const post = await pollUntil(
      () =>
        world.slack.fake
          .callsTo('chat.postMessage')
          .filter((c) => JSON.stringify(c.body).includes('Offsite venue?')),
      (calls) => calls.length === 1,
      { what: 'the poll posted in the channel' },
    );
    assert.equal(post[0].body.channel, 'C0GENERAL', 'where the command was typed');
    const polls = await world.api('GET', '/polls?limit=5');
    const poll = polls.body.polls.find((p: { question: string }) => p.question === 'Offsite venue?');
    assert.equal(poll.maxChoices, 3);
    assert.equal(poll.resultVisibility, 'after_vote');
  });

  it('takes several choices up to the limit from Teams and Slack, and refuses more', async () => {
    const created = await world.api('POST', '/polls', {
      poll: { question: 'Which days?', options: ['Mon', 'Tue', 'Wed', 'Thu'], maxChoices: 2 },
      target: { conversation: { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL } },
    });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id;
    const card = teamsPollCard(world, pollId);
    const [message] = await pollMessages(world, pollId);
    const vote = executeActionsOf(card).find((a) => a.verb === 'poll.vote');
    assert.ok(vote);
    const user = teamsMember(world, 'Mia Multi');
    const teamsVote = (choices: string) =>
      postActivity(
        world.url,
        executeActionActivity(channelScene(world, user, 'en-US'), vote, {
          replyToId: message.message_id,
          inputs: { 'in[].poll_choice': choices },
        }),
      );
    const tooMany = await teamsVote('o0,o1,o2');
    assert.ok(JSON.stringify(tooMany.body).includes('Pick at most 2 options.'), JSON.stringify(tooMany.body));
    assert.equal((await results(world, pollId)).voters, 0);
    const ok = await teamsVote('o1,o3');
    assert.equal(ok.body.type, 'application/vnd.microsoft.card.adaptive');

    const posted = await world.api('POST', `/polls/${pollId}/post`, {
      conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
    });
    assert.equal(posted.status, 201);
    const slack = slackPollPost(world);
    const submit = slack.blocks
      .flatMap((b: { elements?: { action_id: string; value: string }[] }) => b.elements ?? [])
      .find((e: { action_id?: string }) => e.action_id?.startsWith('poll.vote:'));
    assert.ok(submit, 'a Vote button under the checkboxes');
    await slackClick(world, FRENCH.id, submit, slack.ts, {
      state: {
        values: {
          'in.poll_choice': {
            value: { type: 'checkboxes', selected_options: [{ value: 'o1' }, { value: 'o2' }] },
          },
        },
      },
    });
    const tally = await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 2,
      { what: 'two ballots' },
    );
    assert.deepEqual(tally.counts, { o0: 0, o1: 2, o2: 1, o3: 1 });
  });

  it('Slack multiple choice: a voter who corrects their choice at once is counted and shown it', async () => {
    const created = await world.api('POST', '/polls', {
      poll: { question: 'Which rooms?', options: ['Red', 'Blue', 'Green'], maxChoices: 2 },
      target: { conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL } },
    });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id;
    const slack = slackPollPost(world);
    const submit = slack.blocks
      .flatMap((b: { elements?: { action_id: string; value: string }[] }) => b.elements ?? [])
      .find((e: { action_id?: string }) => e.action_id?.startsWith('poll.vote:'));
    assert.ok(submit, 'a Vote button under the checkboxes');
    let clicks = 0;
    /** ticks `options` and presses Vote, as a new click (its own action_ts) */
    const vote = (...options: string[]) =>
      slackClick(world, FRENCH.id, submit, slack.ts, {
        actionTs: `1700000100.00000${clicks++}`,
        state: {
          values: {
            'in.poll_choice': {
              value: { type: 'checkboxes', selected_options: options.map((value) => ({ value })) },
            },
          },
        },
      });
    /** the options ticked on the last card the voter was shown (an ephemeral in the channel) */
    const shown = async (count: number) => {
      const ephemerals = await pollUntil(
        () =>
          world.slack.fake
            .callsTo('chat.postEphemeral')
            // this poll's cards only: an earlier test's notice may land meanwhile
            .filter(
              (c) => c.body.user === FRENCH.id && JSON.stringify(c.body.blocks).includes('Which rooms?'),
            ),
        (calls) => calls.length >= count,
        { what: `${count} cards shown to the voter` },
      );
      const blocks = ephemerals[count - 1].body.blocks;
      const parsed = typeof blocks === 'string' ? JSON.parse(blocks) : blocks;
      const input = parsed.find((b: { block_id?: string }) => b.block_id === 'in.poll_choice');
      return (input.element.initial_options ?? []).map((o: { value: string }) => o.value);
    };
    const counts = (expected: Record<string, number>) =>
      pollUntil(
        () => results(world, pollId),
        (r) => JSON.stringify(r.counts) === JSON.stringify(expected),
        { what: JSON.stringify(expected) },
      );

    await vote('o0');
    await counts({ o0: 1, o1: 0, o2: 0 });
    assert.deepEqual(await shown(1), ['o0']);
    // the correction comes within the double-click window: another choice is not a double click
    await vote('o1', 'o2');
    await counts({ o0: 0, o1: 1, o2: 1 });
    assert.deepEqual(await shown(2), ['o1', 'o2']);
    // and back to the first choice: it is not the same as the click just before
    await vote('o0');
    await counts({ o0: 1, o1: 0, o2: 0 });
    assert.deepEqual(await shown(3), ['o0']);
  });
});
