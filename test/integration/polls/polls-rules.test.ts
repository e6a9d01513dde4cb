/**
 * Poll rules over HTTP on both stores: anonymous ballots keep nobody's id (tables and event log
 * checked), hidden results stay hidden until the close, the deadline closes a poll by itself,
 * voters add options (the same label twice is one option), CSV exports, guests answer only what
 * was addressed to them, and two instances on one database (SQLite file or PostgreSQL) voting at
 * once count exactly.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { translate } from '../../../shared/i18n/i18n.js';
import { pollDb } from '../../../shared/polls/poll-tables.js';
import { describeEachStore } from '../../harness/databases.js';
import { pollUntil } from '../../harness/eventually.js';
import { startTestRelais, type TestRelais } from '../../harness/relais.js';
import { executeActionActivity, postActivity, teamsUser } from '../../harness/teams-activities.js';
import { BOT_TOKEN, ENGLISH, FRENCH, SECRET, TEAM } from '../slack/slack-world.js';
import { executeActionsOf, textsOf } from '../teams/teams-helpers.js';
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

const ANONYMITY_KEY = 'polls-test-anonymity-key-0123456789abcdef';

describeEachStore('Poll rules (HTTP)', (backend) => {
  let world: PollWorld;
  before(async function () {
    this.timeout(20_000);
    world = await startPollWorld(backend(), { POLL_ANONYMITY_KEY: ANONYMITY_KEY });
    world.slack.fake.addUser({
      id: 'U0GUEST',
      teamId: TEAM,
      realName: 'Gus Guest',
      email: 'gus@partner.example',
      isRestricted: true,
    });
    await teamsChannelKnown(world);
  });
  after(async () => {
    await world?.close();
  });
  beforeEach(() => {
    world.connector.reset();
    world.slack.fake.reset();
  });

  const teamsTarget = {
    conversation: { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL },
  };

  /** creates a poll posted in the Teams channel; returns its id, Teams card and message id */
  async function createPoll(poll: Record<string, unknown>) {
    const created = await world.api('POST', '/polls', { poll, target: teamsTarget });
    assert.equal(created.status, 201, created.text);
    const pollId = created.body.poll.id as string;
    const card = teamsPollCard(world, pollId);
    const [message] = await pollMessages(world, pollId);
    return { pollId, card, messageId: message.message_id, created: created.body };
  }

  async function postToSlack(pollId: string) {
    const response = await world.api('POST', `/polls/${pollId}/post`, {
      conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
    });
    assert.equal(response.status, 201, response.text);
    return slackPollPost(world);
  }

  it('keeps no voter id, no time and no choice of an anonymous poll anywhere in the database', async () => {
    const { pollId, card, messageId } = await createPoll({
      question: 'Secret?',
      options: ['Yes', 'No'],
      anonymous: true,
    });
    const slackPost = await postToSlack(pollId);
    // the events written from here on, told apart by their id: a click event and its vote event
    // are stamped in one request, in no order a test can rely on (equal, or either first)
    const before = await world.slack.relais.core.store.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('id').as('last'))
      .executeTakeFirst();
    const lastEventId = Number(before?.last ?? 0);
    const voter = teamsMember(world, 'Anna Nonymous');
    await teamsVote(world, voter, card, 'Yes', messageId);
    await slackClick(world, FRENCH.id, slackVoteButton(slackPost.blocks, 'No'), slackPost.ts);
    await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 2,
      { what: 'two anonymous votes' },
    );
    const core = world.slack.relais.core;
    // a click's event is written after its vote is counted (and Slack's after the ack): wait for
    // both, so everything the two clicks write is in the database before it is searched
    const clicks = await pollUntil(
      () =>
        core.store.db
          .selectFrom('events')
          .select('person_id')
          .where('type', '=', 'card.action')
          .where('subject_id', '=', 'poll.vote')
          .where('id', '>', lastEventId)
          .execute(),
      (rows) => rows.length >= 2,
      { what: 'the click events of both votes' },
    );
    assert.equal(clicks.length, 2, 'one click event per vote');

    const people = await core.store.db.selectFrom('people').select('id').execute();
    const identities = await core.store.db
      .selectFrom('identities')
      .select(['user_id', 'aad_object_id'])
      .execute();
    const secrets = [
      ...people.map((p) => p.id),
      ...identities.map((i) => i.user_id),
      ...identities.flatMap((i) => (i.aad_object_id ? [i.aad_object_id] : [])),
    ];
    const db = pollDb(core.store);
    const ballots = await db.selectFrom('poll_ballots').selectAll().where('poll_id', '=', pollId).execute();
    assert.equal(ballots.length, 2);
    for (const ballot of ballots) {
      assert.equal(ballot.person_id, null);
      assert.equal(ballot.updated_at, null, 'no time to match against the event log');
      assert.match(ballot.voter_key, /^a:[A-Za-z0-9_-]{43}$/, 'an HMAC, not an id');
    }
    // nothing in the poll tables, the events of this poll, or the click claims names a voter
    const dump = JSON.stringify([
      ballots,
      await db.selectFrom('poll_messages').selectAll().where('poll_id', '=', pollId).execute(),
      await db.selectFrom('poll_options').selectAll().where('poll_id', '=', pollId).execute(),
      await core.store.db.selectFrom('events').selectAll().where('subject_id', '=', pollId).execute(),
      // the platform dedupe claims (who clicked which button) are kept as HMACs
      await core.store.db.selectFrom('kv').select('key').where('key', 'like', 'once:%').execute(),
      // the conversation rows keep no "last person who acted" in the channel
      await core.store.db.selectFrom('conversations').selectAll().where('kind', '!=', 'personal').execute(),
    ]);
    for (const secret of secrets)
      assert.ok(!dump.includes(secret), `the database ties ${secret} to the poll`);
    const votes = await core.store.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'poll.voted')
      .where('subject_id', '=', pollId)
      .execute();
    assert.equal(votes.length, 2);
    for (const event of votes) {
      assert.equal(event.person_id, null);
      assert.equal(event.data, null, 'the choice of an anonymous vote is not logged');
    }
    assert.ok(
      clicks.every((c) => c.person_id === null),
      'the click event names nobody either',
    );
    // the voter still sees their own choice (the server holds the key), and votes once
    const again = await teamsVote(world, voter, card, 'Yes', messageId);
    assert.equal(again.status, 200);
    assert.equal((await results(world, pollId)).voters, 2);
    const voters = await world.api('GET', `/polls/${pollId}/voters`);
    assert.equal(voters.status, 409, 'an anonymous poll has no voters list');
  });

  it('stamps no conversation row with the moment of an anonymous vote, nor names the voter there', async () => {
    const { card, messageId } = await createPoll({
      question: 'Quiet?',
      options: ['Yes', 'No'],
      anonymous: true,
    });
    const core = world.slack.relais.core;
    const channelRow = () =>
      core.store.db
        .selectFrom('conversations')
        .selectAll()
        .where('platform', '=', 'teams')
        .where('conversation_id', '=', TEAMS_CHANNEL)
        .executeTakeFirstOrThrow();
    const before = await channelRow();
    const voter = teamsMember(world, 'Vera Secret');
    assert.equal((await teamsVote(world, voter, card, 'No', messageId)).status, 200);
    const person = await core.people.findByIdentity({
      platform: 'teams',
      tenantId: TENANT,
      userId: voter.id,
    });
    assert.ok(person, 'the voter is known as a person');
    const after = await channelRow();
    for (const secret of [voter.id, voter.aadObjectId, voter.name, person.id])
      assert.ok(!JSON.stringify(after).includes(secret), `the channel row names the voter (${secret})`);
    // the stored stamp is compared as a value: the vote wrote nothing, so it cannot be the vote's
    assert.equal(after.updated_at, before.updated_at, 'the vote stamped the channel row');
    assert.deepEqual(after, before);
  });

  /** the option a Teams vote answer shows as the voter's own (its button marked positive) */
  const chosenIn = (answer: { body: { value?: unknown } }) =>
    executeActionsOf(answer.body.value)
      .filter((a) => a.verb === 'poll.vote' && a.style === 'positive')
      .map((a) => a.title);

  it('answers a redelivered Teams vote with the current card, without replaying it over a newer vote', async () => {
    const { pollId, card, messageId } = await createPoll({ question: 'Again?', options: ['Old', 'New'] });
    const voter = teamsMember(world, 'Rita Redelivered');
    const firstId = `f:first-${randomUUID()}`;
    const first = await teamsVote(world, voter, card, 'Old', messageId, { activityId: firstId });
    assert.deepEqual(chosenIn(first), ['Old']);
    const changed = await teamsVote(world, voter, card, 'New', messageId);
    assert.deepEqual(chosenIn(changed), ['New']);
    // Teams delivers the first invoke again (same activity id): answered like a first delivery
    // would be, with the voter's card as it is now, and the newer vote stands
    const again = await teamsVote(world, voter, card, 'Old', messageId, { activityId: firstId });
    assert.equal(again.status, 200);
    assert.equal(again.body.statusCode, 200);
    assert.equal(again.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(chosenIn(again), ['New']);
    assert.deepEqual(await results(world, pollId), {
      pollId,
      voters: 1,
      recipients: null,
      counts: { o0: 0, o1: 1 },
    });
  });

  it('hides after_close results from everyone until the poll closes, then shows them', async () => {
    const { pollId, card, messageId } = await createPoll({
      question: 'Hidden?',
      options: ['Red', 'Blue'],
      resultVisibility: 'after_close',
    });
    const voter = teamsMember(world, 'Hugo Hidden');
    const answer = await teamsVote(world, voter, card, 'Red', messageId);
    assert.equal(answer.body.type, 'application/vnd.microsoft.card.adaptive');
    const texts = textsOf(answer.body.value).join(' | ');
    assert.ok(!/Votes\s*:|\b1\b.*%|100/.test(texts), texts);
    assert.equal((await world.api('GET', `/polls/${pollId}/results`)).status, 403);
    assert.equal((await world.api('GET', `/polls/${pollId}`)).body.results, undefined);
    // past the refresh window and a queue poll, this poll's shared card is still untouched (other
    // tests' debounced refreshes may land meanwhile: only this message counts)
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(
      world.connector.requests.filter((r) => r.method === 'PUT' && r.path.includes(messageId)).length,
      0,
      'the shared card is not updated with counts',
    );

    assert.equal((await world.api('POST', `/polls/${pollId}/close`)).status, 200);
    assert.deepEqual((await results(world, pollId)).counts, { o0: 1, o1: 0 });
    // the shared card is refreshed with the final results
    await world.connector.waitFor(
      (requests) => requests.some((r) => r.method === 'PUT' && r.path.includes(messageId)),
      10_000,
    );
  });

  it('closes a poll by itself at its deadline', async () => {
    const closesAt = new Date(Date.now() + 3_000).toISOString();
    const { pollId, created } = await createPoll({ question: 'Quick?', options: ['A', 'B'], closesAt });
    // open as created: read again later, a slow machine may already be past the deadline
    assert.equal(created.poll.state, 'open');
    const closed = await pollUntil(
      async () => (await world.api('GET', `/polls/${pollId}`)).body.poll,
      (p) => p.state === 'closed',
      { what: 'the automatic close' },
    );
    assert.equal(closed.closedAt, new Date(closesAt).toISOString());
    // reopened with no deadline it stays open, and takes votes again
    const reopened = await world.api('POST', `/polls/${pollId}/reopen`, {});
    assert.equal(reopened.body.state, 'open');
  });

  it('lets voters add an option once, whatever its case, and vote for it', async () => {
    const { pollId, card, messageId } = await createPoll({
      question: 'Where?',
      options: ['Paris', 'Lyon'],
      allowAddOptions: true,
    });
    const add = executeActionsOf(card).find((a) => a.verb === 'poll.add_option');
    assert.ok(add, 'the card offers to add an option');
    const [ida, ivan] = [teamsMember(world, 'Ida Add'), teamsMember(world, 'Ivan Add')];
    const [r1, r2] = await Promise.all([
      postActivity(
        world.url,
        executeActionActivity(channelScene(world, ida), add, {
          replyToId: messageId,
          inputs: { 'in.poll_new_option': 'Nantes' },
        }),
      ),
      postActivity(
        world.url,
        executeActionActivity(channelScene(world, ivan), add, {
          replyToId: messageId,
          inputs: { 'in.poll_new_option': ' nantes ' },
        }),
      ),
    ]);
    assert.equal(r1.status, 200);
    assert.equal(r2.status, 200);
    // the two adds race: whichever landed first gave the label, the other added nothing
    const poll = (await world.api('GET', `/polls/${pollId}`)).body.poll;
    const labels: string[] = poll.options.map((o: { label: string }) => o.label);
    assert.deepEqual(labels.slice(0, 2), ['Paris', 'Lyon']);
    assert.equal(labels.length, 3);
    assert.ok(['Nantes', 'nantes'].includes(labels[2]), labels.join());
    const withOption = r1.body.value;
    await teamsVote(world, ida, withOption, labels[2], messageId);
    assert.equal((await results(world, pollId)).counts.o2, 1);
    // an empty option is refused and adds nothing
    const empty = await postActivity(
      world.url,
      executeActionActivity(channelScene(world, ida), add, {
        replyToId: messageId,
        inputs: { 'in.poll_new_option': '  ' },
      }),
    );
    assert.equal(empty.status, 200);
    assert.equal((await world.api('GET', `/polls/${pollId}`)).body.poll.options.length, 3);
  });

  it('exports results and, for named polls, voters as CSV', async () => {
    const { pollId, card, messageId } = await createPoll({
      question: 'CSV?',
      options: ['=cmd', 'Plain, with comma'],
    });
    const [one, two] = [teamsMember(world, 'Chloe Csv'), teamsMember(world, 'Carl Csv')];
    await teamsVote(world, one, card, '=cmd', messageId);
    await teamsVote(world, two, card, 'Plain, with comma', messageId);
    const csv = await world.api('GET', `/polls/${pollId}/results?format=csv&locale=en`);
    assert.equal(csv.status, 200);
    assert.match(csv.text, /^\uFEFF?Option,Votes,Percent\r\n'=cmd,1,50\r\n"Plain, with comma",1,50\r\n$/);
    const voters = await world.api('GET', `/polls/${pollId}/voters?locale=en`);
    assert.equal(voters.status, 200, voters.text);
    assert.match(voters.text, /Chloe Csv,.*'=cmd/);
    assert.match(voters.text, /Carl Csv,.*"Plain, with comma"/);
  });

  it('lets a Teams guest vote in the channel the poll was posted in, and nowhere else', async () => {
    const { pollId, card, messageId } = await createPoll({
      question: 'Teams guests?',
      options: ['In', 'Out'],
    });
    const guest = teamsUser('Gwen Guest'); // the member lookup does not know her: a guest
    const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote' && a.title === 'In');
    assert.ok(button);
    const elsewhere = {
      ...channelScene(world, guest),
      conversation: {
        id: '19:other@thread.tacv2;messageid=9',
        conversationType: 'channel' as const,
        isGroup: true,
      },
    };
    const refused = await postActivity(
      world.url,
      executeActionActivity(elsewhere, button, { replyToId: messageId }),
    );
    assert.equal(refused.body.statusCode, 400);
    assert.equal((await results(world, pollId)).voters, 0);
    const here = await postActivity(
      world.url,
      executeActionActivity(channelScene(world, guest), button, { replyToId: messageId }),
    );
    assert.equal(here.body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(here.body));
    assert.equal((await results(world, pollId)).voters, 1);
    const person = await world.slack.relais.core.people.findByIdentity({
      platform: 'teams',
      tenantId: TENANT,
      userId: guest.id,
    });
    assert.equal(person?.kind, 'guest');
  });

  it('lets a guest vote only on a poll posted where they are', async () => {
    const { pollId } = await createPoll({ question: 'Guests?', options: ['In', 'Out'] });
    const slackPost = await postToSlack(pollId);
    const button = slackVoteButton(slackPost.blocks, 'In');
    // the same button, from a channel the poll was never posted in (forged or forwarded)
    await world.slack.interact({
      type: 'block_actions',
      user: { id: 'U0GUEST', username: 'gus', team_id: TEAM },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      container: {
        type: 'message',
        message_ts: '1700000009.000001',
        channel_id: 'C0ELSEWHERE',
        is_ephemeral: false,
      },
      trigger_id: '1.trigger',
      team: { id: TEAM, domain: 'team' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: 'C0ELSEWHERE', name: 'elsewhere' },
      message: { type: 'message', ts: '1700000009.000001', text: 'card', blocks: [] },
      actions: [{ block_id: 'b0', type: 'button', action_ts: '1700000009.1', ...button }],
    });
    await world.slack.fake.waitForCall('chat.postEphemeral');
    assert.equal((await results(world, pollId)).voters, 0, 'the guest vote from elsewhere is refused');
    // in the channel the poll was posted in, the guest's vote counts
    await slackClick(world, 'U0GUEST', button, slackPost.ts);
    await pollUntil(
      () => results(world, pollId),
      (r) => r.voters === 1,
      { what: 'the guest vote' },
    );
    // a guest creates a poll only for a group they contribute to: none here
    const guest = await world.slack.relais.core.people.findByIdentity({
      platform: 'slack',
      tenantId: TEAM,
      userId: 'U0GUEST',
    });
    assert.equal(guest?.kind, 'guest');
    await assert.rejects(
      world.slack.relais.core.polls.create(
        { kind: 'person', person: guest! },
        { question: 'Mine?', options: ['a', 'b'] },
      ),
      /a guest sends only to the groups they contribute to/,
    );
    void ENGLISH;
  });

  it('refuses malformed polls and votes over the API with clear 400s', async () => {
    const bad = await world.api('POST', '/polls', { poll: { question: 'One?', options: ['only'] } });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /options/);
    const dup = await world.api('POST', '/polls', { poll: { question: 'Dup?', options: ['A', 'a'] } });
    assert.equal(dup.status, 400);
    assert.match(dup.text, /duplicate option/);
    const anonAdd = await world.api('POST', '/polls', {
      poll: { question: 'X?', options: ['A', 'B'], anonymous: true, allowAddOptions: true },
    });
    assert.equal(anonAdd.status, 400);
    const past = await world.api('POST', '/polls', {
      poll: { question: 'X?', options: ['A', 'B'], closesAt: '2000-01-01T00:00:00Z' },
    });
    assert.equal(past.status, 400);
    assert.match(past.text, /closesAt/);
    const audience = await world.api('POST', '/polls', {
      poll: { question: 'X?', options: ['A', 'B'] },
      target: { audience: {} },
    });
    assert.equal(audience.status, 400, 'an empty audience is refused');
  });

  it('refuses forged vote buttons from Teams and Slack as no longer available, and counts nothing', async () => {
    const { pollId, card, messageId } = await createPoll({ question: 'Forged?', options: ['Yes', 'No'] });
    const voter = teamsMember(world, 'Fiona Forger');
    const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote' && a.title === 'Yes');
    assert.ok(button);
    const refusal = {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: translate('en', 'error.unknown_action') },
    };
    for (const payload of [
      { poll: pollId, option: 'o'.repeat(5_000) }, // longer than any option id
      { option: 'o0' }, // no poll id
      { poll: pollId, option: 7 }, // an option that is not an id
      { poll: '', option: 'o0' },
    ]) {
      const forged = { ...button, data: { ...button.data, payload } };
      const answer = await postActivity(
        world.url,
        executeActionActivity(channelScene(world, voter), forged, { replyToId: messageId }),
      );
      assert.equal(answer.status, 200);
      assert.deepEqual(answer.body, refusal, JSON.stringify(payload).slice(0, 80));
    }
    // Slack: a value that fits the button's 2,000 characters, but not the vote's payload
    const slackPost = await postToSlack(pollId);
    const slackButton = slackVoteButton(slackPost.blocks, 'Yes');
    const value = JSON.stringify({ poll: pollId, option: 'o'.repeat(1_500) });
    await slackClick(world, ENGLISH.id, { ...slackButton, value }, slackPost.ts);
    const told = await world.slack.fake.waitForCall('chat.postEphemeral');
    assert.equal(told.body.user, ENGLISH.id);
    assert.equal(told.body.text, translate('en', 'error.unknown_action'));
    assert.equal((await results(world, pollId)).voters, 0);
    // the real button still counts
    await teamsVote(world, voter, card, 'Yes', messageId);
    assert.equal((await results(world, pollId)).voters, 1);
  });

  describe('two instances on one database', () => {
    let second: TestRelais | undefined;
    before(async function () {
      this.timeout(20_000);
      const url = backend().storeOptions?.databaseUrl;
      // on SQLite, the first instance's file: as two processes of SERVER_PROCESSES share it
      const place = url ? { DATABASE_URL: url } : { DATA_DIR: world.slack.relais.dataDir };
      second = await startTestRelais({
        ...place,
        TEAMS_SERVICE_URL: world.connector.url,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_API_URL: world.slack.fake.apiUrl,
        RELAIS_API_KEYS: API_KEY,
        POLL_ANONYMITY_KEY: ANONYMITY_KEY,
      });
    });
    after(async () => {
      await second?.close();
    });

    it('does not replay a Teams vote redelivered to the other instance over a newer one', async () => {
      const { pollId, card, messageId } = await createPoll({
        question: 'Elsewhere?',
        options: ['Old', 'New'],
      });
      const voter = teamsMember(world, 'Otto Other');
      const acrossId = `f:across-${randomUUID()}`;
      const vote = (url: string, label: string, activityId?: string) => {
        const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote' && a.title === label)!;
        const activity = executeActionActivity(channelScene(world, voter), button, { replyToId: messageId });
        if (activityId) activity.id = activityId;
        return postActivity(url, activity);
      };
      await vote(world.url, 'Old', acrossId);
      await vote(world.url, 'New');
      const again = await vote(second!.url, 'Old', acrossId);
      assert.equal(again.status, 200);
      assert.deepEqual(chosenIn(again), ['New']);
      assert.deepEqual(await results(world, pollId), {
        pollId,
        voters: 1,
        recipients: null,
        counts: { o0: 0, o1: 1 },
      });
    });

    it('counts concurrent votes, retries and changes sent to both instances exactly', async function () {
      this.timeout(60_000);
      const { pollId, card, messageId } = await createPoll({
        question: 'Scale?',
        options: ['A', 'B', 'C'],
        anonymous: true,
      });
      const voters = Array.from({ length: 30 }, (_, i) => teamsMember(world, `Voter ${i}`));
      const labels = ['A', 'B', 'C'];
      const vote = (url: string, i: number, label: string) => {
        const button = executeActionsOf(card).find((a) => a.verb === 'poll.vote' && a.title === label)!;
        return postActivity(
          url,
          executeActionActivity(channelScene(world, voters[i]), button, { replyToId: messageId }),
        );
      };
      // each voter: the same vote to both instances at once, then a change on one of them
      await Promise.all(
        voters.map((_, i) =>
          Promise.all([vote(world.url, i, labels[i % 3]), vote(second!.url, i, labels[i % 3])]),
        ),
      );
      await Promise.all(
        voters.map((_, i) => (i % 5 === 0 ? vote(i % 2 ? second!.url : world.url, i, 'C') : undefined)),
      );
      const expected = { o0: 0, o1: 0, o2: 0 } as Record<string, number>;
      voters.forEach((_, i) => {
        expected[i % 5 === 0 ? 'o2' : `o${i % 3}`] += 1;
      });
      assert.deepEqual(await results(world, pollId), {
        pollId,
        voters: 30,
        recipients: null,
        counts: expected,
      });
    });
  });
});
