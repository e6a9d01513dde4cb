/**
 * What a vote costs the database, counted in statements (never timed): a click on a busy poll
 * reads neither the poll's definition nor the voter's ballot back, nor looks up a message or a
 * Teams conversation it already knows, nor checks a known voter's unchanged profile again, nor
 * reads a known voter's person while the people tables are unchanged, and a
 * Slack click claims its dedupe keys in one statement; and the per-instance poll definitions never let a vote miscount when another
 * instance adds an option, closes or reopens the poll.
 */
import assert from 'node:assert/strict';
import { pollDb } from '../../../shared/polls/poll-tables.js';
import { describeEach } from '../../harness/databases.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { type SqlTrace, traceSql } from '../../harness/sql-trace.js';
import { executeActionActivity, postActivity, type TeamsUser } from '../../harness/teams-activities.js';
import { BOT_TOKEN, SECRET, TEAM } from '../slack/slack-world.js';
import { executeActionsOf } from '../teams/teams-helpers.js';
import {
  API_KEY,
  channelScene,
  type PollWorld,
  pollMessages,
  results,
  SLACK_CHANNEL,
  slackClick,
  slackPollPost,
  slackVoteButton,
  startPollWorld,
  TEAMS_CHANNEL,
  TENANT,
  teamsChannelKnown,
  teamsMember,
  teamsPollCard,
  teamsVote,
} from './poll-world.js';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON (cards) the test inspects freely
type Json = any;

const teamsTarget = { conversation: { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL } };

async function createPoll(world: PollWorld, poll: Record<string, unknown>) {
  const created = await world.api('POST', '/polls', { poll, target: teamsTarget });
  assert.equal(created.status, 201, created.text);
  const pollId = created.body.poll.id as string;
  const card = teamsPollCard(world, pollId) as Json;
  const [message] = await pollMessages(world, pollId);
  return { pollId, card, messageId: message.message_id };
}

describe('Vote cost in statements (HTTP) [sqlite]', function () {
  this.timeout(30_000);
  let world: PollWorld;
  let trace: SqlTrace;
  before(async () => {
    trace = traceSql();
    // one refresh window of a minute: no card refresh runs while the votes are counted
    world = await startPollWorld(undefined, { POLL_REFRESH_WINDOW_MS: '60000' });
    await teamsChannelKnown(world);
  });
  after(async () => {
    trace?.dispose();
    await world?.close();
  });

  const count = (pattern: RegExp) => trace.statements.filter((s) => pattern.test(s)).length;

  it('reads neither the poll, nor the ballot back, nor a known message again on each click', async () => {
    const { pollId, card, messageId } = await createPoll(world, {
      question: 'Lunch?',
      options: ['Pizza', 'Salad', 'Soup'],
    });
    const posted = await world.api('POST', `/polls/${pollId}/post`, {
      conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
    });
    assert.equal(posted.status, 201, posted.text);
    const slack = slackPollPost(world);
    const voters: TeamsUser[] = [];
    const slackIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      voters.push(teamsMember(world, `Cost Voter ${i}`));
      slackIds.push(`U0COST${i}`);
      world.slack.fake.addUser({
        id: `U0COST${i}`,
        teamId: TEAM,
        realName: `Cost ${i}`,
        email: `cost${i}@x.example`,
      });
    }
    // first contact: people learned, poll and message met once
    for (const [i, voter] of voters.entries()) {
      assert.equal((await teamsVote(world, voter, card, 'Pizza', messageId)).status, 200);
      const click = await slackClick(world, slackIds[i], slackVoteButton(slack.blocks, 'Pizza'), slack.ts, {
        actionTs: `1800000000.00000${i}`,
      });
      assert.equal(click.status, 200);
    }
    await waitForVoters(world, pollId, 8);

    // each voter's second click (the first one learned them): then the third, counted
    const round = async (label: 'Salad' | 'Soup', stamp: string) => {
      for (const [i, voter] of voters.entries()) {
        const answer = await teamsVote(world, voter, card, label, messageId);
        assert.equal(answer.status, 200);
        assert.match(JSON.stringify(answer.body), new RegExp(label));
        await slackClick(world, slackIds[i], slackVoteButton(slack.blocks, label), slack.ts, {
          actionTs: `${stamp}.00000${i}`,
        });
      }
      // read straight from the table: the API's own reads are no click's
      await waitForChoice(world, pollId, label === 'Salad' ? 2 : 4, 8);
    };
    await round('Salad', '1800000001');
    trace.start();
    await round('Soup', '1800000002');
    trace.stop();

    assert.equal(count(/^insert into poll_ballots/), 8, 'one ballot upsert per changed vote');
    assert.equal(count(/from "polls" where "id"/), 0, 'the poll definition is not read again');
    assert.equal(count(/from "poll_options"/), 0, 'nor its options');
    assert.equal(
      count(/^select "choices" from "poll_ballots"/),
      0,
      'the ballot just written is not read back',
    );
    assert.equal(count(/from "poll_messages" where "platform"/), 0, 'a message already met is not looked up');
    assert.equal(count(/^select "target" from "polls"/), 0);
    // one dedupe statement per click: a Teams invoke's claim, a Slack click's two claims together
    assert.equal(count(/^insert into "kv"/), 8, 'one dedupe statement per click');
    // a known voter whose profile did not change: no email-link check, no enrichment, and no
    // person read either while the people tables are unchanged (known-person-cache.ts), never
    // written
    assert.equal(
      count(/"people"|"identities"|"roles"|from identities|from roles/),
      0,
      'no people statement for a known voter',
    );
    assert.equal(count(/^select "identities"\."user_id"/), 0, 'the email link is not checked again');
    // (the job worker's own updates aside: a card refresh falls due when a minute turns, and a
    // busy machine can take the rounds across one)
    assert.equal(count(/^update (?!"jobs")/), 0, 'nothing about the voter is written');
    // the platform profile this instance read or wrote is kept in memory until its row expires
    assert.equal(count(/from "kv"/), 0, "a known voter's platform profile is not read again");
    // a Teams click never rewrites a conversation row, so one this instance knows is not read
    assert.equal(count(/from "conversations"/), 0, 'a known conversation is not read again');
  });
});

describeEach(['postgres'], 'Poll definitions kept per instance (HTTP, two instances)', (backend) => {
  let world: PollWorld;
  let second: TestRelais;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend());
    second = await startTestRelais({
      DATABASE_URL: backend().storeOptions?.databaseUrl,
      TEAMS_SERVICE_URL: world.connector.url,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: world.slack.fake.apiUrl,
      RELAIS_API_KEYS: API_KEY,
    });
    await teamsChannelKnown(world);
  });
  after(async () => {
    await second?.close();
    await world?.close();
  });

  /** a Teams click on `card`'s button sent to one instance */
  const click = (
    url: string,
    user: TeamsUser,
    button: Json,
    messageId: string,
    inputs?: Record<string, string>,
  ) =>
    postActivity(
      url,
      executeActionActivity(channelScene(world, user), button, { replyToId: messageId, inputs }),
    );

  it('counts a vote for an option another instance added a moment ago', async () => {
    const { pollId, card, messageId } = await createPoll(world, {
      question: 'Where?',
      options: ['Paris', 'Lyon'],
      allowAddOptions: true,
    });
    const [ana, bo] = [teamsMember(world, 'Ana Cache'), teamsMember(world, 'Bo Cache')];
    // the first instance reads the poll (two options) for a vote
    assert.equal((await teamsVote(world, ana, card, 'Paris', messageId)).status, 200);
    // the second instance adds an option, and answers with a card that offers it
    const add = executeActionsOf(card).find((a) => a.verb === 'poll.add_option');
    const added = await click(second.url, bo, add, messageId, { 'in.poll_new_option': 'Nantes' });
    assert.equal(added.status, 200);
    const nantes = executeActionsOf(added.body.value).find(
      (a) => a.verb === 'poll.vote' && a.title === 'Nantes',
    );
    assert.ok(nantes, 'the card of the second instance offers the new option');
    // that button, clicked on the first instance, counts
    const voted = await click(world.url, ana, nantes, messageId);
    assert.equal(voted.status, 200);
    assert.doesNotMatch(JSON.stringify(voted.body), /"statusCode":4/);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 0, o1: 0, o2: 1 });
  });

  it('refuses a vote once another instance closed the poll, and takes it again once reopened there', async () => {
    const { pollId, card, messageId } = await createPoll(world, {
      question: 'Open?',
      options: ['Yes', 'No'],
    });
    const [cy, di] = [teamsMember(world, 'Cy Cache'), teamsMember(world, 'Di Cache')];
    assert.equal((await teamsVote(world, cy, card, 'Yes', messageId)).status, 200);
    const closeOnSecond = await fetch(`${second.url}/api/v1/polls/${pollId}/close`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    assert.equal(closeOnSecond.status, 200);
    const refused = await teamsVote(world, di, card, 'No', messageId);
    assert.equal(refused.status, 200);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 1, o1: 0 }, 'no vote counts once closed');
    // the first instance now knows it closed; reopened on the second, it takes votes at once
    const reopen = await fetch(`${second.url}/api/v1/polls/${pollId}/reopen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(reopen.status, 200);
    assert.equal((await teamsVote(world, di, card, 'No', messageId)).status, 200);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 1, o1: 1 });
  });
});

async function waitForVoters(world: PollWorld, pollId: string, voters: number) {
  for (let i = 0; i < 200; i++) {
    if ((await results(world, pollId)).voters >= voters) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`${voters} voters never counted`);
}

/** until `voters` ballots hold `choices` (bit i = option i), read from the ballots table */
async function waitForChoice(world: PollWorld, pollId: string, choices: number, voters: number) {
  const db = pollDb(world.slack.relais.core.store);
  for (let i = 0; i < 200; i++) {
    const row = await db
      .selectFrom('poll_ballots')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('poll_id', '=', pollId)
      .where('choices', '=', choices)
      .executeTakeFirst();
    if (Number(row?.n) >= voters) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`${voters} changed votes never counted`);
}
