/**
 * Polls under load, over HTTP, on SQLite and on PostgreSQL. The server runs in its own process
 * (polls-server.ts); this process is the load generator and the platforms (the fake Teams
 * connector and the fake Slack Web API). Simulated voters click the real buttons, half as Teams
 * `adaptiveCard/action` invokes and half as signed Slack `block_actions`, 10% of them with a
 * platform retry (the same request again) and 10% with a double click.
 *
 * - sustained: every voter once (first contact: people are learned on the way), 64 requests in
 *   flight; votes/s until the last vote is counted;
 * - paced: open-loop at 200, 300 and 500 votes/s (requests leave on schedule whatever the
 *   answers), time to acknowledge a vote (HTTP answer) p50/p99;
 * - next to each rate, what a loaded machine does not change: the server's CPU time and its SQL
 *   statements (and Redis commands) per vote, with the CPU per vote of the local PostgreSQL server
 *   and of this process (load generator and fake platforms), which share the same cores, and the
 *   load average while it ran; and the longest
 *   the server's event loop was held (one stall delays every click behind it, so at these rates
 *   it alone decides the p99), with when in the phase the acks over 50 ms were sent;
 * - tally error: |counted − expected| summed over options, after every vote landed (goal 0);
 * - results read: a poll with 100,000 ballots seeded in SQL, GET /polls/{id}/results p50/p99.
 *
 * BENCH_POLL_VOTERS, BENCH_POLL_SEEDED, BENCH_POLL_PACED_SECONDS change the sizes, BENCH_POLL_BACKENDS
 * the databases (default `sqlite,postgres`), BENCH_POLL_REFRESH_WINDOW_MS the shared cards'
 * refresh window (default 2000, as in production), BENCH_POLL_PROCESSES the server processes
 * (SERVER_PROCESSES, default `auto`: one per core, as a deployment on this machine would run);
 * BENCH_SERVER_NODE_ARGS adds node flags to the server (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`);
 * BENCH_POLL_PROFILE=dir writes the server's CPU profile of the vote changes and paced phases only
 * (known voters: no start-up, first contacts or seeding) as dir/polls-<database>.cpuprofile;
 * BENCH_STATEMENT_TIMES=1 makes the server print, as it stops, its SQL statements by text (how
 * many, and on SQLite their synchronous time), those of the profiled phases only with
 * BENCH_POLL_PROFILE, then each SQLite statement that held the thread 20 ms or more.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { pollDb } from '../shared/polls/poll-tables.js';
import type { Store } from '../shared/store/store.js';
import { type BackendKind, createBackend } from '../test/harness/databases.js';
import { startFakeSlackApi } from '../test/harness/fake-slack-api.js';
import { startFakeTeamsConnector } from '../test/harness/fake-teams-connector.js';
import { blockActions, interactionRequest } from '../test/harness/slack-signing.js';
import {
  executeActionActivity,
  messageActivity,
  type TeamsScene,
  type TeamsUser,
  teamsUser,
} from '../test/harness/teams-activities.js';
import { executeActionsOf } from '../test/integration/teams/teams-helpers.js';
import { type Benchmark, formatMs, percentile } from './benchmark.js';
import { postgresCpuMs } from './database-cpu.js';
import type { PollsServerStats } from './polls-server.js';

const VOTERS = Number(process.env.BENCH_POLL_VOTERS ?? 2_000);
const SEEDED = Number(process.env.BENCH_POLL_SEEDED ?? 100_000);
const OPTIONS = ['North', 'South', 'East', 'West'];
/** SERVER_PROCESSES of the server under test */
const PROCESSES = process.env.BENCH_POLL_PROCESSES ?? 'auto';
/** each paced phase sends this many seconds of votes */
const PACED_SECONDS = Number(process.env.BENCH_POLL_PACED_SECONDS ?? 3);
const PACED_RATES = [200, 300, 500];
/** BENCH_POLL_BACKENDS=sqlite (or postgres) runs on one only */
const BACKENDS = (process.env.BENCH_POLL_BACKENDS ?? 'sqlite,postgres').split(',') as BackendKind[];
const PROFILE_DIR = process.env.BENCH_POLL_PROFILE;

const API_KEY = 'bench-polls-key';
const SIGNING_SECRET = 'bench-polls-signing-secret';
const BOT_TOKEN = 'xoxb-bench-polls';
const TENANT = 'tenant-bench-polls';
const TEAM = 'T0BENCHPOLLS';
const TEAMS_CHANNEL = '19:bench-polls@thread.tacv2';
const SLACK_CHANNEL = 'C0BENCHPOLLS';

type Json = Record<string, unknown>;
type Button = { verb?: unknown; data?: unknown; id?: string };

interface Voter {
  platform: 'teams' | 'slack';
  teams?: TeamsUser;
  slackId?: string;
}

interface PostedPoll {
  pollId: string;
  teamsButtons: Map<string, Button>;
  teamsMessageId: string;
  slackButtons: Map<string, { action_id: string; value: string }>;
  slackTs: string;
}

/** The server process, the fake platforms around it, and the bench's own view of the database. */
interface Rig {
  url: string;
  child: ChildProcess;
  store: Store;
  connector: Awaited<ReturnType<typeof startFakeTeamsConnector>>;
  slack: Awaited<ReturnType<typeof startFakeSlackApi>>;
  stats(): Promise<PollsServerStats>;
  /** the database is the local PostgreSQL server, whose CPU per vote is printed beside the server's */
  postgres: boolean;
  /** asks the server something over IPC and waits for the answer of type `until` */
  ask(message: Json, until: string): Promise<void>;
  api(method: string, route: string, body?: unknown): Promise<{ status: number; body: Json; text: string }>;
}

export const pollsBenchmark: Benchmark = {
  name: 'polls',
  description: `${VOTERS} voters over HTTP against a server process (half Teams, half Slack, 10% retries, 10% double clicks), paced acks, CPU and SQL per vote, exact tally, results of ${SEEDED} ballots`,
  async run() {
    for (const kind of BACKENDS) {
      const backend = await createBackend(kind);
      if (!backend?.storeOptions) {
        console.log(`${kind}: skipped, server unreachable`);
        continue;
      }
      const connector = await startFakeTeamsConnector();
      const slack = await startFakeSlackApi();
      slack.addWorkspace({ teamId: TEAM, botToken: BOT_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
      let child: ChildProcess | undefined;
      try {
        const started = await startServer(backend.storeOptions, connector.url, slack.apiUrl);
        child = started.child;
        const store = await backend.openStore();
        await runOn(kind, { ...started, store, connector, slack, postgres: kind === 'postgres' });
      } finally {
        if (child && child.exitCode === null) {
          const exited = new Promise((resolve) => child?.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        }
        await connector.close();
        await slack.close();
        await backend.dispose();
      }
    }
  },
};

async function startServer(
  storeOptions: { databaseUrl?: string; dataDir: string },
  teamsUrl: string,
  slackApiUrl: string,
): Promise<Omit<Rig, 'store' | 'connector' | 'slack' | 'postgres'>> {
  const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'polls-server.ts');
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = fork(server, [], {
    execArgv: [...nodeArgs, '--import', 'tsx'],
    env: {
      ...process.env,
      PORT: '0',
      SERVER_PROCESSES: PROCESSES,
      DATA_DIR: storeOptions.dataDir,
      ...(storeOptions.databaseUrl ? { DATABASE_URL: storeOptions.databaseUrl } : {}),
      LOG_LEVEL: 'error',
      DEFAULT_LOCALE: 'fr',
      TEAMS_SERVICE_URL: teamsUrl,
      RELAIS_API_KEYS: API_KEY,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_API_URL: slackApiUrl,
      // shared cards refreshed at most once per window: the production default unless asked
      POLL_REFRESH_WINDOW_MS: process.env.BENCH_POLL_REFRESH_WINDOW_MS ?? '2000',
      POLL_ANONYMITY_KEY: 'bench-anonymity-key-0123456789abcdef0123',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the poll server exited (${code}) before it was ready`)));
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message.type === 'ready' && message.url) resolve(message.url);
    });
  });
  const ask = <T>(message: Json, until: string) =>
    new Promise<T>((resolve) => {
      const answer = (reply: { type?: string }) => {
        if (reply.type !== until) return;
        child.off('message', answer);
        resolve(reply as T);
      };
      child.on('message', answer);
      child.send(message);
    });
  const stats = () => ask<PollsServerStats>({ type: 'stats' }, 'stats');
  const api: Rig['api'] = async (method, route, body) => {
    const response = await fetch(`${url}/api/v1${route}`, {
      method,
      headers: {
        authorization: `Bearer ${API_KEY}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: Json = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      // the text says what went wrong
    }
    return { status: response.status, body: parsed, text };
  };
  return { url, child, stats, ask, api };
}

const channelScene = (rig: Rig, user: TeamsUser): TeamsScene => ({
  serviceUrl: rig.connector.url,
  tenantId: TENANT,
  user,
  locale: 'en-US',
  conversation: { id: `${TEAMS_CHANNEL};messageid=1`, conversationType: 'channel', isGroup: true },
});

function teamsMember(rig: Rig, name: string): TeamsUser {
  const user = teamsUser(name);
  rig.connector.directory.set(user.id, {
    id: user.id,
    name,
    aadObjectId: user.aadObjectId,
    email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@bench.example`,
    tenantId: TENANT,
  });
  return user;
}

/** What the server cost over one phase: CPU and statements per vote, and the machine's load. */
async function measured<T>(rig: Rig, run: () => Promise<T>) {
  const before = await rig.stats();
  const generatorBefore = process.cpuUsage();
  const databaseBefore = rig.postgres ? await postgresCpuMs() : undefined;
  const result = await run();
  const generator = process.cpuUsage(generatorBefore);
  const databaseAfter = databaseBefore === undefined ? undefined : await postgresCpuMs();
  const after = await rig.stats();
  return {
    result,
    per: (votes: number) =>
      `server ${((after.cpuMs - before.cpuMs) / votes).toFixed(2)} ms CPU, ${((after.statements.sql - before.statements.sql) / votes).toFixed(1)} SQL${after.statements.redis > before.statements.redis ? `, ${((after.statements.redis - before.statements.redis) / votes).toFixed(1)} Redis` : ''} per vote (${databaseAfter !== undefined && databaseBefore !== undefined ? `PostgreSQL ${((databaseAfter - databaseBefore) / votes).toFixed(2)} ms, ` : ''}load generator and fake platforms ${((generator.user + generator.system) / 1000 / votes).toFixed(2)} ms); longest stall ${after.longestStallMs.toFixed(0)} ms; load ${os
        .loadavg()[0]
        .toFixed(1)}`,
  };
}

async function runOn(kind: string, rig: Rig): Promise<void> {
  connectionResets = 0;
  failures = 0;
  // the Teams channel is known to the bot (someone wrote there), so polls can be posted into it
  const opener = teamsMember(rig, 'Channel Opener');
  await send(
    rig.url,
    '/api/messages',
    { 'content-type': 'application/json' },
    JSON.stringify(messageActivity(channelScene(rig, opener), 'help', { mention: true })),
  );
  const voters: Voter[] = [];
  for (let i = 0; i < VOTERS; i++) {
    if (i % 2 === 0) voters.push({ platform: 'teams', teams: teamsMember(rig, `Teams Voter ${i}`) });
    else {
      const slackId = `U0V${String(i).padStart(6, '0')}`;
      rig.slack.addUser({
        id: slackId,
        teamId: TEAM,
        realName: `Slack Voter ${i}`,
        email: `v${i}@bench.example`,
      });
      voters.push({ platform: 'slack', slackId });
    }
  }
  console.log(
    `\n[${kind}] server processes ${PROCESSES === 'auto' ? `${os.availableParallelism()} (auto)` : PROCESSES}, load average at start ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  // sustained: every voter once (first contact included: people are learned on the way)
  const sustainedPoll = await newPoll(rig);
  const expected = new Map<number, number>();
  const byPlatform: string[] = [];
  const sustained = await measured(rig, async () => {
    const started = performance.now();
    await inFlight(64, voters.length, async (i) => {
      const option = i % OPTIONS.length;
      expected.set(i, option);
      await vote(rig, sustainedPoll, voters[i], option, i);
    });
    await waitForVoters(rig, sustainedPoll.pollId, voters.length);
    return performance.now() - started;
  });
  const elapsed = sustained.result;
  const error1 = await tallyError(rig, sustainedPoll.pollId, expected);
  const sustainedLine = `sustained: ${VOTERS} voters (+10% retries, +10% double clicks) counted in ${Math.round(elapsed)} ms = ${Math.round((VOTERS * 1000) / elapsed)} votes/s; ${sustained.per(VOTERS)}`;
  console.log(`  ${sustainedLine}, tally error ${error1}`);

  if (PROFILE_DIR) await rig.ask({ type: 'profile-start' }, 'profiling');
  // the server's cost of one click by platform: every voter of one platform changes their vote
  for (const platform of ['teams', 'slack'] as const) {
    const ids = voters.flatMap((v, i) => (v.platform === platform ? [i] : []));
    const phase = await measured(rig, () =>
      inFlight(16, ids.length, async (k) => {
        const i = ids[k];
        expected.set(i, (i + 1) % OPTIONS.length);
        await vote(rig, sustainedPoll, voters[i], (i + 1) % OPTIONS.length, i + VOTERS, undefined, true);
      }),
    );
    const line = `${platform} vote changes (known voter, known poll, no retry): ${phase.per(ids.length)}`;
    console.log(`  ${line}`);
    byPlatform.push(line);
  }
  // a Slack click is acknowledged before it is counted: wait for the last changes to land
  const changedError = await settledTallyError(rig, sustainedPoll.pollId, expected);

  // paced, open loop: requests leave on schedule, whatever the answers
  const paced: string[] = [];
  let pacedError = changedError;
  for (const rate of PACED_RATES) {
    const poll = await newPoll(rig);
    const count = Math.min(voters.length, rate * PACED_SECONDS);
    const acks: number[] = [];
    const want = new Map<number, number>();
    const phase = await measured(rig, async () => {
      const t0 = performance.now();
      phaseStart = t0;
      lateAcks = [];
      const sends: Promise<void>[] = [];
      for (let i = 0; i < count; i++) {
        const due = t0 + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const option = (i * 7) % OPTIONS.length;
        want.set(i, option);
        sends.push(vote(rig, poll, voters[i], option, i, acks));
      }
      await Promise.all(sends);
      const achieved = (count * 1000) / (performance.now() - t0);
      await waitForVoters(rig, poll.pollId, count);
      return { achieved, done: performance.now() - t0 };
    });
    pacedError += await tallyError(rig, poll.pollId, want);
    const line = `${rate}/s (sent at ${Math.round(phase.result.achieved)}/s, ${count} votes, all counted after ${Math.round(phase.result.done)} ms): ack p50 ${formatMs(percentile(acks, 50))} ms, p99 ${formatMs(percentile(acks, 99))} ms; ${phase.per(count)}`;
    console.log(`  paced ${line}, tally error so far ${pacedError}`);
    console.log(`    ${lateAckSpread()}`);
    paced.push(line);
  }

  if (PROFILE_DIR) {
    const file = path.resolve(PROFILE_DIR, `polls-${kind}.cpuprofile`);
    fs.mkdirSync(PROFILE_DIR, { recursive: true });
    await rig.ask({ type: 'profile-stop', file }, 'profiled');
    const each = PROCESSES === '1' ? '' : ' (one per server: .1.cpuprofile, .2.cpuprofile…)';
    console.log(`  profile of the vote changes and paced phases: ${file}${each}`);
  }
  const read = await resultsRead(rig);
  console.log(`[${kind}] summary`);
  console.log(`  ${sustainedLine}`);
  for (const line of byPlatform) console.log(`  ${line}`);
  for (const line of paced) console.log(`  paced ${line}`);
  if (connectionResets) console.log(`  connection resets sent again: ${connectionResets}`);
  console.log(
    `  tally error: ${error1 + pacedError} (sustained ${error1}, changes and paced ${pacedError}); clicks refused: ${failures}`,
  );
  console.log(
    `  results of ${SEEDED} ballots: GET /results p50 ${formatMs(read.http50)} ms, p99 ${formatMs(read.http99)} ms`,
  );
}

async function newPoll(rig: Rig): Promise<PostedPoll> {
  const created = await rig.api('POST', '/polls', {
    poll: { question: `Bench ${randomUUID().slice(0, 8)}?`, options: OPTIONS },
    target: { conversation: { platform: 'teams', tenantId: TENANT, conversationId: TEAMS_CHANNEL } },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.text}`);
  const pollId = (created.body.poll as { id: string }).id;
  const posted = await rig.api('POST', `/polls/${pollId}/post`, {
    conversation: { platform: 'slack', tenantId: TEAM, conversationId: SLACK_CHANNEL },
  });
  if (posted.status !== 201) throw new Error(`post: ${posted.status} ${posted.text}`);
  const slackPost = rig.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.body.channel === SLACK_CHANNEL)
    .at(-1);
  if (!slackPost) throw new Error('the poll was not posted to Slack');
  const blocks = (
    typeof slackPost.body.blocks === 'string' ? JSON.parse(slackPost.body.blocks) : slackPost.body.blocks
  ) as { elements?: { action_id?: string; value: string; text: { text: string } }[] }[];
  const slackButtons = new Map<string, { action_id: string; value: string }>();
  for (const block of blocks)
    for (const element of block.elements ?? [])
      if (String(element.action_id).startsWith('poll.vote:'))
        slackButtons.set(element.text.text, { action_id: String(element.action_id), value: element.value });
  const teams = rig.connector
    .sentActivities()
    .filter((r) => JSON.stringify(r.body).includes(pollId))
    .at(-1);
  const teamsButtons = new Map<string, Button>();
  for (const action of executeActionsOf(teams?.body.attachments[0].content))
    if (action.verb === 'poll.vote') teamsButtons.set(String(action.title), action as Button);
  const message = await pollDb(rig.store)
    .selectFrom('poll_messages')
    .select('message_id')
    .where('poll_id', '=', pollId)
    .where('platform', '=', 'teams')
    .executeTakeFirstOrThrow();
  return {
    pollId,
    teamsButtons,
    teamsMessageId: message.message_id,
    slackButtons,
    slackTs: String(slackPost.response.ts),
  };
}

/** one voter's click, plus a platform retry (10%) or a double click (10%) */
async function vote(
  rig: Rig,
  poll: PostedPoll,
  voter: Voter,
  option: number,
  i: number,
  acks?: number[],
  once = false,
) {
  const label = OPTIONS[option];
  const retry = !once && i % 10 === 3;
  const double = !once && i % 10 === 7;
  const timed = async (send: () => Promise<unknown>) => {
    const t = performance.now();
    await resent(send);
    const ack = performance.now() - t;
    acks?.push(ack);
    if (acks && ack >= LATE_ACK_MS) lateAcks.push(t - phaseStart);
  };
  if (voter.platform === 'teams') {
    const activity = executeActionActivity(channelScene(rig, voter.teams!), poll.teamsButtons.get(label)!, {
      replyToId: poll.teamsMessageId,
    });
    const post = async (body: Json) => {
      const answer = await send(
        rig.url,
        '/api/messages',
        { 'content-type': 'application/json' },
        JSON.stringify(body),
      );
      const invokeStatus =
        answer.status === 200 ? ((JSON.parse(answer.text) as { statusCode?: number }).statusCode ?? 200) : 0;
      if (answer.status !== 200 || invokeStatus >= 400)
        failed(`Teams invoke answered ${answer.status} ${answer.text.slice(0, 200)}`);
    };
    const click = () => post(activity);
    await Promise.all([
      timed(click),
      retry ? resent(click) : undefined,
      double ? resent(() => post({ ...activity, id: `f:${randomUUID()}` })) : undefined,
    ]);
    return;
  }
  const button = poll.slackButtons.get(label)!;
  const actionTs = `1800000000.${String(i).padStart(6, '0')}`;
  const click = async (ts = actionTs) => {
    const payload = blockActions({
      teamId: TEAM,
      userId: voter.slackId!,
      channelId: SLACK_CHANNEL,
      messageTs: poll.slackTs,
      actionTs: ts,
      action: { action_id: button.action_id, value: button.value, type: 'button' },
    });
    const request = interactionRequest(payload, { secret: SIGNING_SECRET });
    const response = await send(rig.url, '/slack/events', request.headers, request.body);
    if (response.status !== 200) failed(`Slack click answered ${response.status}`);
  };
  await Promise.all([
    timed(() => click()),
    retry ? resent(() => click()) : undefined,
    double ? resent(() => click(`1800000001.${String(i).padStart(6, '0')}`)) : undefined,
  ]);
}

/** kept-alive connections: the generator's own cost per request stays small beside the server's */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** one POST over the kept-alive connections (node:http costs the generator less than fetch) */
function send(
  base: string,
  route: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}${route}`,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

let connectionResets = 0;
let failures = 0;
/** when a paced phase began, and when (ms into it) the clicks acknowledged late were sent */
let phaseStart = 0;
let lateAcks: number[] = [];
const LATE_ACK_MS = 50;

/** where the late acknowledgements were: a few stalls, or the whole phase */
function lateAckSpread(): string {
  if (lateAcks.length === 0) return `no ack over ${LATE_ACK_MS} ms`;
  const buckets = new Map<number, number>();
  for (const at of lateAcks)
    buckets.set(Math.floor(at / 100) * 100, (buckets.get(Math.floor(at / 100) * 100) ?? 0) + 1);
  const spread = [...buckets].map(([at, n]) => `${at}ms:${n}`).join(' ');
  return `${lateAcks.length} acks over ${LATE_ACK_MS} ms, sent at (100 ms buckets) ${spread}`;
}

/** a click the server did not take: counted and shown once, the tally error says the rest */
function failed(what: string): void {
  failures += 1;
  if (failures <= 3) console.log(`  ! ${what}`);
}

/** a connection reset by the loaded machine is sent again, as a platform would retry */
async function resent<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const reset = error instanceof TypeError || (error as { code?: string }).code === 'ECONNRESET';
      if (attempt >= 3 || !reset) throw error;
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

/** counted ballots, read by the bench itself (not a cost of the server) */
async function ballots(rig: Rig, pollId: string): Promise<number> {
  const row = await pollDb(rig.store)
    .selectFrom('poll_ballots')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('poll_id', '=', pollId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** until every vote is counted, or nothing more was counted for 10 s (a lost vote: tally error) */
async function waitForVoters(rig: Rig, pollId: string, count: number): Promise<void> {
  let seen = -1;
  let progressAt = Date.now();
  for (;;) {
    const n = await ballots(rig, pollId);
    if (n >= count) return;
    if (n !== seen) [seen, progressAt] = [n, Date.now()];
    if (Date.now() - progressAt > 10_000) {
      console.log(`  ! ${count - n} votes still not counted 10 s after the last one`);
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** the tally error once it is 0, or once it stopped changing for 10 s (lost or miscounted votes) */
async function settledTallyError(rig: Rig, pollId: string, expected: Map<number, number>): Promise<number> {
  let last = await tallyError(rig, pollId, expected);
  let changedAt = Date.now();
  while (last !== 0 && Date.now() - changedAt < 10_000) {
    await new Promise((r) => setTimeout(r, 100));
    const now = await tallyError(rig, pollId, expected);
    if (now !== last) [last, changedAt] = [now, Date.now()];
  }
  return last;
}

/** the tally as the API tells it, against what the voters chose */
async function tallyError(rig: Rig, pollId: string, expected: Map<number, number>): Promise<number> {
  const response = await rig.api('GET', `/polls/${pollId}/results`);
  if (response.status !== 200) throw new Error(`results: ${response.status} ${response.text}`);
  const results = response.body as { voters: number; counts: Record<string, number> };
  const want = OPTIONS.map(() => 0);
  for (const option of expected.values()) want[option] += 1;
  return (
    want.reduce((sum, n, i) => sum + Math.abs((results.counts[`o${i}`] ?? 0) - n), 0) +
    Math.abs(results.voters - expected.size)
  );
}

async function resultsRead(rig: Rig) {
  const poll = await newPoll(rig);
  const db = pollDb(rig.store);
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
  if (rig.store.dialect === 'postgres') await sql`analyze poll_ballots`.execute(db);
  const http: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    const response = await rig.api('GET', `/polls/${poll.pollId}/results`);
    http.push(performance.now() - t);
    if (response.body.voters !== SEEDED) throw new Error(`read ${response.body.voters} voters`);
  }
  return { http50: percentile(http, 50), http99: percentile(http, 99) };
}
