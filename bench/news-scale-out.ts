/**
 * `npm run bench -- news --instances 2`: the scale-out path. Several server processes on one
 * PostgreSQL database and one Redis (BullMQ queues, the pacer's budgets, the kv) share one
 * broadcast to people in several Teams tenants and Slack workspaces; the fake platforms enforce
 * each tenant's and workspace's budget with 429s. Once half the recipients are sent, the last
 * instance is killed with SIGKILL and the others finish. Prints each budget's combined send rate
 * as a share of the budget while all instances ran, the 429s before and after the kill, lost and
 * duplicate deliveries, and how many rows were in flight at the kill (the most duplicates a
 * crash may cause). A fresh PostgreSQL schema and Redis prefix (TEST_DATABASE_URL,
 * TEST_REDIS_URL, or the local defaults) are made for the run and removed after it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaisMigrations } from '../shared/capabilities.js';
import type { DeliveryProgress } from '../shared/delivery/delivery.js';
import { openStore } from '../shared/store/open-store.js';
import { postgresTestUrl, redisTestUrl } from '../test/harness/databases.js';
import { startFakeSlackApi } from '../test/harness/fake-slack-api.js';
import { startFakeTeamsConnector } from '../test/harness/fake-teams-connector.js';
import { onJsonLines } from './benchmark.js';
import { seedBenchPeople } from './news-seed.js';

export interface ScaleOutOptions {
  instances: number;
  teamsCount: number;
  slackCount: number;
  tenants: number;
  workspaces: number;
  teamsBudget: number;
  slackBudget: number;
}

interface ServerLine {
  url: string;
  progress: DeliveryProgress;
  cpuMs: number;
  dropped: { void: number; late: number };
}

interface Instance {
  child: ChildProcess;
  last?: ServerLine;
  cpuAtStart?: number;
  exited: Promise<void>;
}

export async function runScaleOut(options: ScaleOutOptions): Promise<void> {
  const { instances, teamsBudget, slackBudget } = options;
  const database = await postgresTestUrl();
  const redis = await redisTestUrl();
  if (!database || !redis) throw new Error('--instances needs PostgreSQL and Redis (see above)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-scale-'));
  const teams = await startFakeTeamsConnector();
  teams.rateLimit({ perSecond: teamsBudget, retryAfterSeconds: 1 });
  const slack = await startFakeSlackApi();
  slack.rateLimitPerSecond('chat.postMessage', slackBudget, 1, { perWorkspace: true });
  const tenantIds = Array.from({ length: options.tenants }, (_, i) => `tenant-bench-${i + 1}`);
  const workspaces = Array.from({ length: options.workspaces }, (_, i) => ({
    teamId: `T0BENCH${i + 1}`,
    botToken: `xoxb-bench-${i + 1}`,
    botUserId: `U0BOT${i + 1}`,
    botId: `B0BOT${i + 1}`,
  }));
  for (const w of workspaces) slack.addWorkspace(w);
  const running: Instance[] = [];
  try {
    console.log(
      `${instances} instances on PostgreSQL + Redis; ${options.teamsCount} Teams recipients in ${tenantIds.length} tenants (budget ${teamsBudget}/s each), ${options.slackCount} Slack recipients in ${workspaces.length} workspaces (budget ${slackBudget}/s each); load average ${loadAverage()}`,
    );
    const store = await openStore({ databaseUrl: database.url, dataDir, migrations: relaisMigrations });
    const seeded = await seedBenchPeople(store, {
      teamsCount: options.teamsCount,
      slackCount: options.slackCount,
      tenantId: tenantIds,
      slackTeam: workspaces.map((w) => w.teamId),
      serviceUrl: teams.url,
    });
    for (const userId of seeded.slackUserIds)
      slack.addUser({ id: userId, teamId: seeded.tenantOf.get(userId)!, realName: userId });

    const subject = `bench-${Date.now()}`;
    const start = (role: 'broadcast' | 'worker'): Instance => {
      const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'news-server.ts');
      const child = spawn(process.execPath, ['--import', 'tsx', server], {
        env: {
          ...process.env,
          PORT: '0',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'error',
          DATABASE_URL: database.url,
          REDIS_URL: redis.url,
          REDIS_QUEUE_PREFIX: redis.prefix,
          TEAMS_SERVICE_URL: teams.url,
          SLACK_SIGNING_SECRET: 'bench-secret',
          SLACK_CLIENT_ID: 'bench-client',
          SLACK_CLIENT_SECRET: 'bench-client-secret',
          SLACK_STATE_SECRET: 'bench-state-secret',
          SLACK_API_URL: slack.apiUrl,
          // just under each budget (49 of 50, as in the one-instance bench): network and
          // scheduling jitter would otherwise push some calls over a limit paced exactly at it
          TEAMS_RATE_PER_SECOND: String(teamsBudget * 0.98),
          SLACK_RATE_PER_SECOND: String(Math.max(1, slackBudget / 2)),
          SLACK_MAX_RATE_PER_SECOND: String(slackBudget * 0.95),
          BENCH_SUBJECT: subject,
          BENCH_AUDIENCE: JSON.stringify({ everyone: true }),
          BENCH_ROLE: role,
          BENCH_SLACK_INSTALLATIONS: JSON.stringify(workspaces),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const instance: Instance = {
        child,
        exited: new Promise<void>((resolve) => child.on('exit', () => resolve())),
      };
      onJsonLines(child.stdout, (value) => {
        instance.last = value as Instance['last'];
        instance.cpuAtStart ??= instance.last?.cpuMs;
      });
      return instance;
    };
    // the workers first, so they are taking jobs when the broadcast adds them
    for (let i = 1; i < instances; i++) running.push(start('worker'));
    await until(() => running.every((r) => r.last), 'the workers to start');
    const broadcaster = start('broadcast');
    running.unshift(broadcaster);
    const victim = running[running.length - 1]!;

    const started = Date.now();
    let killedAt: number | undefined;
    let inFlightAtKill = 0;
    let victimCpu = 0;
    let lastPrint = 0;
    for (;;) {
      const progress = broadcaster.last?.progress;
      if (progress?.done && progress.total >= seeded.total) break;
      if (broadcaster.child.exitCode !== null) throw new Error('the broadcasting server exited');
      if (!killedAt && progress && progress.byStatus.sent >= seeded.total / 2) {
        victim.child.kill('SIGKILL');
        killedAt = Date.now();
        await victim.exited;
        victimCpu = (victim.last?.cpuMs ?? 0) - (victim.cpuAtStart ?? 0);
        // rows claimed and not recorded yet, on every instance: calls in flight or waiting for
        // their slot (a row is claimed once its slot is granted); only these can be sent twice
        const row = await store.db
          .selectFrom('deliveries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('subject_id', '=', subject)
          .where('status', '=', 'sending')
          .executeTakeFirstOrThrow();
        inFlightAtKill = Number(row.n);
        console.log(`  ${Math.round((killedAt - started) / 1000)} s: killed one instance (SIGKILL)`);
      }
      if (progress && Date.now() - lastPrint >= 5_000) {
        lastPrint = Date.now();
        process.stdout.write(
          `  ${Math.round((Date.now() - started) / 1000)} s: ${progress.byStatus.sent}/${progress.total} sent, ${progress.sentPerSecond}/s, ${progress.byStatus.sending} sending\n`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const final = broadcaster.last!;
    const dropped = { void: 0, late: 0 };
    for (const r of running) {
      dropped.void += r.last?.dropped.void ?? 0;
      dropped.late += r.last?.dropped.late ?? 0;
    }
    const survivorsCpu = running
      .filter((r) => r !== victim)
      .reduce((sum, r) => sum + (r.last?.cpuMs ?? 0) - (r.cpuAtStart ?? 0), 0);
    await store.close();
    for (const r of running) if (r !== victim) r.child.kill('SIGTERM');
    await Promise.all(running.map((r) => r.exited));
    running.length = 0;

    const bothUntil = killedAt ?? Date.now();
    // Teams: the tenant is in each activity's conversation
    const teamsSends = teams.requests.filter(
      (r) => r.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities$/.test(r.path),
    );
    const teamsOk = teamsSends.filter((r) => !r.throttled);
    const conversationOf = (r: { path: string }) => r.path.split('/')[3]!;
    const slackCalls = slack.callsTo('chat.postMessage');
    const slackOk = slackCalls.filter((c) => c.status === 200);
    const teamOfToken = new Map(workspaces.map((w) => [w.botToken, w.teamId]));
    console.log(`  statuses: ${JSON.stringify(final.progress.byStatus)}`);
    console.log('  combined send rate while every instance ran, as a share of each budget (goal ≥ 0.95):');
    for (const tenant of tenantIds) {
      const times = teamsOk
        .filter((r) => seeded.tenantOf.get(conversationOf(r)) === tenant)
        .map((r) => r.at ?? 0);
      printShare(`Teams ${tenant}`, times, bothUntil, teamsBudget);
    }
    for (const w of workspaces) {
      const times = slackOk.filter((c) => teamOfToken.get(c.token ?? '') === w.teamId).map((c) => c.at ?? 0);
      printShare(`Slack ${w.teamId}`, times, bothUntil, slackBudget, ' (adaptive: starts at half)');
    }
    const teamsCounts = tally(teamsOk.map(conversationOf));
    const slackCounts = tally(slackOk.map((c) => String(c.body.channel)));
    const lost =
      seeded.teamsConversationIds.filter((id) => !teamsCounts.has(id)).length +
      seeded.slackUserIds.filter((u) => !slackCounts.has(`D${u.replace(/^U/, '')}`)).length;
    const duplicates = [...teamsCounts.values(), ...slackCounts.values()].reduce((sum, n) => sum + n - 1, 0);
    console.log(
      `  lost deliveries: ${lost} (goal 0); duplicates: ${duplicates} (goal ≤ the ${inFlightAtKill} rows claimed and not recorded at the kill, on every instance)`,
    );
    const throttled = (at: number | undefined) => (killedAt === undefined || (at ?? 0) < killedAt ? 0 : 1);
    const teams429 = teamsSends.filter((r) => r.throttled);
    const slack429 = slackCalls.filter((c) => c.status === 429);
    const after =
      teams429.filter((r) => throttled(r.at)).length + slack429.filter((c) => throttled(c.at)).length;
    const all = teams429.length + slack429.length;
    console.log(
      `  answered 429: ${all} of ${teamsSends.length + slackCalls.length} requests (Teams ${teams429.length}, Slack ${slack429.length}; ${all - after} while every instance ran, ${after} after the kill)`,
    );
    const requests = Math.max(1, teamsSends.length + slackCalls.length);
    console.log(
      `  server CPU time (user + system, every instance, the killed one until its last report): ${((survivorsCpu + victimCpu) / requests).toFixed(2)} ms per platform request`,
    );
    console.log(
      `  pacer slots dropped (budget left unused, every instance): ${dropped.void} voided by a 429, ${dropped.late} late`,
    );
    console.log(`  wall time ${Math.round((Date.now() - started) / 1000)} s; load average ${loadAverage()}`);
  } finally {
    for (const r of running) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await teams.close();
    await slack.close();
    await database.drop();
    await redis.flush();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The rate of the calls made before `until`, from the budget's first call, over its budget. */
function printShare(name: string, times: number[], until: number, budget: number, note = ''): void {
  const during = times.filter((t) => t < until).sort((a, b) => a - b);
  const rate =
    during.length > 1 ? ((during.length - 1) * 1000) / (during[during.length - 1]! - during[0]!) : 0;
  console.log(
    `    ${name}: ${rate.toFixed(1)}/s = ${(rate / budget).toFixed(3)} of ${budget}/s over ${during.length} calls${note}`,
  );
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
