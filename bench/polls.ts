/**
 * Polls under load, over HTTP, on SQLite and on PostgreSQL: simulated voters click the real
 * buttons, half as Teams `adaptiveCard/action` invokes and half as signed Slack `block_actions`,
 * 10% of them with a platform retry (the same request again) and 10% with a double click.
 *
 * - sustained: every voter once, 64 requests in flight; votes/s until the last vote is counted;
 * - paced: open-loop at 200 and 500 votes/s (requests leave on schedule whatever the answers),
 *   time to acknowledge a vote (HTTP answer) p50/p99;
 * - tally error: |counted − expected| summed over options, after every vote landed (goal 0);
 * - results read: a poll with 100,000 ballots seeded in SQL, GET /polls/{id}/results p50/p99,
 *   and the and the core's results() alone (poll, options and the aggregate).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { pollDb } from '../shared/polls/poll-tables.js';
import { type BackendKind, createBackend } from '../test/harness/databases.js';
import { pollUntil } from '../test/harness/eventually.js';
import { executeActionActivity, postActivity, type TeamsUser } from '../test/harness/teams-activities.js';
import {
  channelScene,
  type PollWorld,
  pollMessages,
  SLACK_CHANNEL,
  slackClick,
  slackPollPost,
  startPollWorld,
  TEAMS_CHANNEL,
  TENANT,
  teamsChannelKnown,
  teamsMember,
} from '../test/integration/polls/poll-world.js';
import { TEAM } from '../test/integration/slack/slack-world.js';
import { executeActionsOf } from '../test/integration/teams/teams-helpers.js';
import { type Benchmark, formatMs, percentile } from './benchmark.js';

const VOTERS = Number(process.env.BENCH_POLL_VOTERS ?? 2_000);
const SEEDED = Number(process.env.BENCH_POLL_SEEDED ?? 100_000);
const OPTIONS = ['North', 'South', 'East', 'West'];
/** each paced phase sends this many seconds of votes */
const PACED_SECONDS = Number(process.env.BENCH_POLL_PACED_SECONDS ?? 3);

interface Voter {
  platform: 'teams' | 'slack';
  teams?: TeamsUser;
  slackId?: string;
}

interface PostedPoll {
  pollId: string;
  teamsCard: Record<string, unknown>;
  teamsMessageId: string;
  slackButtons: Map<string, { action_id: string; value: string }>;
  slackTs: string;
}

export const pollsBenchmark: Benchmark = {
  name: 'polls',
  description: `${VOTERS} voters over HTTP (half Teams, half Slack, 10% retries, 10% double clicks), paced acks, exact tally, results of ${SEEDED} ballots`,
  async run() {
    for (const kind of ['sqlite', 'postgres'] as BackendKind[]) {
      const backend = await createBackend(kind);
      if (!backend) {
        console.log(`${kind}: skipped, server unreachable`);
        continue;
      }
      const world = await startPollWorld(backend, {
        POLL_ANONYMITY_KEY: 'bench-anonymity-key-0123456789abcdef0123',
      });
      try {
        await runOn(kind, world);
      } finally {
        await world.close();
        await backend.dispose();
      }
    }
  },
};

async function runOn(kind: string, world: PollWorld): Promise<void> {
  connectionResets = 0;
  await teamsChannelKnown(world);
  const voters: Voter[] = [];
  for (let i = 0; i < VOTERS; i++) {
    if (i % 2 === 0) voters.push({ platform: 'teams', teams: teamsMember(world, `Teams Voter ${i}`) });
    else {
      const slackId = `U0V${String(i).padStart(6, '0')}`;
      world.slack.fake.addUser({
        id: slackId,
        teamId: TEAM,
        realName: `Slack Voter ${i}`,
        email: `v${i}@bench.example`,
      });
      voters.push({ platform: 'slack', slackId });
    }
  }

  // sustained: every voter once (first contact included: people are learned on the way)
  const sustained = await newPoll(world);
  const expected = new Map<number, number>();
  const started = performance.now();
  await inFlight(64, voters.length, async (i) => {
    const option = i % OPTIONS.length;
    expected.set(i, option);
    await vote(world, sustained, voters[i], option, i);
  });
  await waitForVoters(world, sustained.pollId, voters.length);
  const elapsed = performance.now() - started;
  const error1 = await tallyError(world, sustained.pollId, expected);
  console.log(`\n[${kind}]`);
  console.log(
    `  sustained: ${VOTERS} voters (+10% retries, +10% double clicks) counted in ${Math.round(elapsed)} ms = ${Math.round((VOTERS * 1000) / elapsed)} votes/s, tally error ${error1}`,
  );

  // paced, open loop: requests leave on schedule, whatever the answers
  const paced: string[] = [];
  let pacedError = 0;
  for (const rate of [200, 500]) {
    const poll = await newPoll(world);
    const count = Math.min(voters.length, rate * PACED_SECONDS);
    const acks: number[] = [];
    const want = new Map<number, number>();
    const t0 = performance.now();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const due = t0 + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const option = (i * 7) % OPTIONS.length;
      want.set(i, option);
      sends.push(vote(world, poll, voters[i], option, i, acks));
    }
    await Promise.all(sends);
    const achieved = (count * 1000) / (performance.now() - t0);
    await waitForVoters(world, poll.pollId, count);
    pacedError += await tallyError(world, poll.pollId, want);
    const done = performance.now() - t0;
    console.log(
      `  paced ${rate}/s for ${count} votes (sent at ${Math.round(achieved)}/s, all counted after ${Math.round(done)} ms): ack p50 ${formatMs(percentile(acks, 50))} ms, p99 ${formatMs(percentile(acks, 99))} ms, tally error so far ${pacedError}`,
    );
    paced.push(
      `${rate}/s (achieved ${Math.round(achieved)}/s): ack p50 ${formatMs(percentile(acks, 50))} ms, p99 ${formatMs(percentile(acks, 99))} ms`,
    );
  }

  const read = await resultsRead(world);
  console.log(`[${kind}] summary`);
  console.log(
    `  sustained: ${VOTERS} voters (+10% retries, +10% double clicks) counted in ${Math.round(elapsed)} ms = ${Math.round((VOTERS * 1000) / elapsed)} votes/s`,
  );
  for (const line of paced) console.log(`  paced ${line}`);
  if (connectionResets) console.log(`  connection resets sent again: ${connectionResets}`);
  console.log(`  tally error: ${error1 + pacedError} (sustained ${error1}, paced ${pacedError})`);
  console.log(
    `  results of ${SEEDED} ballots: GET /results p50 ${formatMs(read.http50)} ms, p99 ${formatMs(read.http99)} ms; core results() p50 ${formatMs(read.query50)} ms`,
  );
}

async function newPoll(world: PollWorld): Promise<PostedPoll> {
  const created = await world.api('POST', '/polls', {
    poll: { question: `Bench ${randomUUID().slice(0, 8)}?`, options: OPTIONS },
    target: { conversation: { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL } },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const pollId = created.body.poll.id as string;
  const posted = await world.api('POST', `/polls/${pollId}/post`, {
    conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
  });
  if (posted.status !== 201) throw new Error(`post: ${posted.status} ${posted.text}`);
  const slack = slackPollPost(world);
  const slackButtons = new Map<string, { action_id: string; value: string }>();
  for (const block of slack.blocks)
    for (const element of block.elements ?? [])
      if (String(element.action_id).startsWith('poll.vote:')) slackButtons.set(element.text.text, element);
  const teams = world.connector
    .sentActivities()
    .filter((r) => JSON.stringify(r.body).includes(pollId))
    .at(-1);
  const [message] = (await pollMessages(world, pollId)).filter((m) => m.platform === 'teams');
  return {
    pollId,
    teamsCard: teams?.body.attachments[0].content,
    teamsMessageId: message.message_id,
    slackButtons,
    slackTs: slack.ts,
  };
}

/** one voter's click, plus a platform retry (10%) or a double click (10%) */
async function vote(
  world: PollWorld,
  poll: PostedPoll,
  voter: Voter,
  option: number,
  i: number,
  acks?: number[],
) {
  const label = OPTIONS[option];
  const retry = i % 10 === 3;
  const double = i % 10 === 7;
  const timed = async (send: () => Promise<unknown>) => {
    const t = performance.now();
    await resent(send);
    acks?.push(performance.now() - t);
  };
  if (voter.platform === 'teams') {
    const button = executeActionsOf(poll.teamsCard).find((a) => a.verb === 'poll.vote' && a.title === label);
    const activity = executeActionActivity(channelScene(world, voter.teams!), button!, {
      replyToId: poll.teamsMessageId,
    });
    const send = () => postActivity(world.url, activity);
    await Promise.all([
      timed(send),
      retry ? resent(send) : undefined,
      double ? resent(() => postActivity(world.url, { ...activity, id: `f:${randomUUID()}` })) : undefined,
    ]);
    return;
  }
  const button = poll.slackButtons.get(label)!;
  const actionTs = `1800000000.${String(i).padStart(6, '0')}`;
  const send = (ts = actionTs) => slackClick(world, voter.slackId!, button, poll.slackTs, { actionTs: ts });
  await Promise.all([
    timed(() => send()),
    retry ? resent(() => send()) : undefined,
    double ? resent(() => send(`1800000001.${String(i).padStart(6, '0')}`)) : undefined,
  ]);
}

let connectionResets = 0;

/** a connection reset by the loaded machine is sent again, as a platform would retry */
async function resent<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 3 || !(error instanceof TypeError)) throw error;
      connectionResets += 1;
    }
  }
}

async function inFlight(limit: number, count: number, run: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await run(next++);
    }),
  );
}

async function waitForVoters(world: PollWorld, pollId: string, count: number): Promise<void> {
  await pollUntil(
    () => world.slack.relais.core.polls.results(pollId, { kind: 'automation', keyId: 'bench' }),
    (r) => r.voters >= count,
    { timeoutMs: 900_000, intervalMs: 200, what: `${count} voters` },
  );
}

async function tallyError(world: PollWorld, pollId: string, expected: Map<number, number>): Promise<number> {
  const results = await world.slack.relais.core.polls.results(pollId, { kind: 'automation', keyId: 'bench' });
  const want = OPTIONS.map(() => 0);
  for (const option of expected.values()) want[option] += 1;
  return (
    want.reduce((sum, n, i) => sum + Math.abs((results.counts[`o${i}`] ?? 0) - n), 0) +
    Math.abs(results.voters - expected.size)
  );
}

async function resultsRead(world: PollWorld) {
  const poll = await newPoll(world);
  const db = pollDb(world.slack.relais.core.store);
  for (let start = 0; start < SEEDED; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, SEEDED - start) }, (_, k) => {
      const n = start + k;
      return {
        poll_id: poll.pollId,
        voter_key: `a:seed-${n}`,
        choices: 1 << (n % OPTIONS.length),
        person_id: null,
        updated_at: null,
      };
    });
    await db.insertInto('poll_ballots').values(rows).execute();
  }
  // fresh statistics, as autovacuum would have after such an insert
  if (world.slack.relais.core.store.dialect === 'postgres') await sql`analyze poll_ballots`.execute(db);
  const http: number[] = [];
  const query: number[] = [];
  const service = world.slack.relais.core.polls;
  for (let i = 0; i < 50; i++) {
    let t = performance.now();
    const response = await world.api('GET', `/polls/${poll.pollId}/results`);
    http.push(performance.now() - t);
    if (response.body.voters !== SEEDED) throw new Error(`read ${response.body.voters} voters`);
    t = performance.now();
    await service.results(poll.pollId, { kind: 'automation', keyId: 'bench' });
    query.push(performance.now() - t);
  }
  return { http50: percentile(http, 50), http99: percentile(http, 99), query50: percentile(query, 50) };
}
