/**
 * `npm run bench -- news [--teams 20000] [--slack 5000] [--slack-budget 20]`: a broadcast to Teams
 * and Slack people through the real server (a child process) against the fake platforms, which
 * allow 50 requests/s per Teams tenant and `--slack-budget` chat.postMessage/s per workspace and
 * answer 429 with Retry-After beyond. Prints the sustained send rate as a share of each budget,
 * lost and duplicate deliveries, the share of requests answered 429, the p99 latency of an
 * unrelated API call (GET /healthz) during the broadcast, and the server's peak RSS.
 * BENCH_DATABASE_URL / BENCH_REDIS_URL run it on PostgreSQL / Redis instead of SQLite.
 * `--instances N` (N ≥ 2) runs the scale-out variant instead (news-scale-out.ts): N servers on
 * PostgreSQL + Redis, `--tenants` Teams tenants and `--workspaces` Slack workspaces, one
 * instance killed halfway.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { relaisMigrations } from '../shared/capabilities.js';
import type { DeliveryProgress } from '../shared/delivery/delivery.js';
import { openStore } from '../shared/store/open-store.js';
import { startFakeSlackApi } from '../test/harness/fake-slack-api.js';
import { startFakeTeamsConnector } from '../test/harness/fake-teams-connector.js';
import { type Benchmark, formatMs, onJsonLines, percentile } from './benchmark.js';
import { runScaleOut } from './news-scale-out.js';
import { seedBenchPeople } from './news-seed.js';

const TEAMS_BUDGET = 50;
const TENANT = 'tenant-bench';
const SLACK_TEAM = 'T0BENCH';
const SLACK_TOKEN = 'xoxb-bench';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`);
  return value;
}

export const newsBenchmark: Benchmark = {
  name: 'news',
  description:
    'broadcast to Teams and Slack people at platform speed (--teams N --slack N --slack-budget N; --instances 2 [--tenants 3 --workspaces 2 --teams-budget 50]: scale-out, one instance killed halfway)',
  async run() {
    const instances = arg('instances', 1);
    if (instances > 1) {
      return runScaleOut({
        instances,
        teamsCount: arg('teams', 6_000),
        slackCount: arg('slack', 1_000),
        tenants: Math.max(1, arg('tenants', 3)),
        workspaces: Math.max(1, arg('workspaces', 2)),
        teamsBudget: arg('teams-budget', TEAMS_BUDGET),
        slackBudget: arg('slack-budget', 20),
      });
    }
    const teamsCount = arg('teams', 20_000);
    const slackCount = arg('slack', 5_000);
    const slackBudget = arg('slack-budget', 20);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-news-'));
    const databaseUrl = process.env.BENCH_DATABASE_URL;
    const redisUrl = process.env.BENCH_REDIS_URL;
    const teams = await startFakeTeamsConnector();
    teams.rateLimit({ perSecond: TEAMS_BUDGET, retryAfterSeconds: 1 });
    const slack = await startFakeSlackApi();
    slack.addWorkspace({ teamId: SLACK_TEAM, botToken: SLACK_TOKEN, botUserId: 'U0BOT', botId: 'B0BOT' });
    slack.rateLimitPerSecond('chat.postMessage', slackBudget, 1);
    let child: ChildProcess | undefined;
    try {
      console.log(
        `${teamsCount} Teams + ${slackCount} Slack recipients; budgets ${TEAMS_BUDGET}/s per tenant, ${slackBudget}/s per workspace; ${databaseUrl ? 'PostgreSQL' : 'SQLite'}${redisUrl ? ' + Redis' : ''}`,
      );
      const store = await openStore({ databaseUrl, dataDir, migrations: relaisMigrations });
      const seeded = await seedBenchPeople(store, {
        teamsCount,
        slackCount,
        tenantId: TENANT,
        slackTeam: SLACK_TEAM,
        serviceUrl: teams.url,
      });
      await store.close();
      for (const userId of seeded.slackUserIds)
        slack.addUser({ id: userId, teamId: SLACK_TEAM, realName: userId });

      const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'news-server.ts');
      // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. --cpu-prof
      const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
      child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', server], {
        env: {
          ...process.env,
          PORT: '0',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'error',
          ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
          ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
          TEAMS_SERVICE_URL: teams.url,
          SLACK_SIGNING_SECRET: 'bench-secret',
          SLACK_BOT_TOKEN: SLACK_TOKEN,
          SLACK_API_URL: slack.apiUrl,
          // the pacer aims just under each budget: network and scheduling jitter would otherwise
          // push some requests over a limit paced exactly at it
          TEAMS_RATE_PER_SECOND: String(TEAMS_BUDGET - 1),
          SLACK_RATE_PER_SECOND: String(Math.max(1, slackBudget / 2)),
          SLACK_MAX_RATE_PER_SECOND: String(slackBudget * 0.95),
          BENCH_SUBJECT: `bench-${Date.now()}`,
          BENCH_AUDIENCE: JSON.stringify({ everyone: true }),
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let last:
        | {
            url: string;
            rss: number;
            progress: DeliveryProgress;
            statements: { sql: number; redis: number };
            cpuMs: number;
            dropped: { void: number; late: number };
          }
        | undefined;
      // the server's CPU time when the broadcast started (its start-up excluded)
      let cpuAtStart: number | undefined;
      onJsonLines(child.stdout, (value) => {
        last = value as typeof last;
        cpuAtStart ??= last?.cpuMs;
      });
      const exited = new Promise<void>((resolve) => child?.on('exit', () => resolve()));

      // an unrelated API call, every 200 ms while the broadcast runs
      const latencies: number[] = [];
      const started = Date.now();
      let lastPrint = 0;
      while (!last?.progress.done || last.progress.total < seeded.total) {
        if (child.exitCode !== null) throw new Error('the server exited');
        if (last) {
          const t0 = performance.now();
          await fetch(`${last.url}/healthz`).then((r) => r.arrayBuffer());
          latencies.push(performance.now() - t0);
        }
        if (last && Date.now() - lastPrint >= 5_000) {
          lastPrint = Date.now();
          const p = last.progress;
          process.stdout.write(
            `  ${Math.round((Date.now() - started) / 1000)} s: ${p.byStatus.sent}/${p.total} sent, ${p.sentPerSecond}/s, eta ${p.etaSeconds ?? '?'} s, rss ${mb(last.rss)}\n`,
          );
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      const final = last;
      child.kill('SIGTERM');
      await exited;
      child = undefined;

      const teamsFigures = countTeams(teams.requests);
      const slackCalls = slack.callsTo('chat.postMessage');
      const slackOk = slackCalls.filter((c) => c.status === 200);
      const slackByChannel = tally(slackOk.map((c) => String(c.body.channel)));
      const slackThrottled = slackCalls.length - slackOk.length;
      const lost =
        seeded.teamsConversationIds.filter((id) => !teamsFigures.byConversation.has(id)).length +
        seeded.slackUserIds.filter((u) => !slackByChannel.has(`D${u.replace(/^U/, '')}`)).length;
      const duplicates =
        [...teamsFigures.byConversation.values()].reduce((a, n) => a + n - 1, 0) +
        [...slackByChannel.values()].reduce((a, n) => a + n - 1, 0);
      const rate = (times: number[]) =>
        times.length > 1 ? ((times.length - 1) * 1000) / (Math.max(...times) - Math.min(...times)) : 0;
      const teamsRate = rate(teamsFigures.okTimes);
      const slackRate = rate(slackOk.map((c) => c.at ?? 0).filter(Boolean));
      const requests = teamsFigures.total + slackCalls.length;
      console.log(`  statuses: ${JSON.stringify(final?.progress.byStatus)}`);
      console.log(
        `  Teams sustained rate: ${teamsRate.toFixed(1)}/s = ${(teamsRate / TEAMS_BUDGET).toFixed(3)} of the budget (goal ≥ 0.95)`,
      );
      console.log(
        `  Slack sustained rate: ${slackRate.toFixed(1)}/s = ${(slackRate / slackBudget).toFixed(3)} of the budget (adaptive, starts at half)`,
      );
      console.log(`  lost deliveries: ${lost}, duplicate deliveries: ${duplicates} (goal 0 and 0)`);
      console.log(
        `  answered 429: ${teamsFigures.throttled + slackThrottled} of ${requests} requests = ${(((teamsFigures.throttled + slackThrottled) / Math.max(1, requests)) * 100).toFixed(2)} % (goal ≤ 1 %; Teams ${teamsFigures.throttled}, Slack ${slackThrottled})`,
      );
      console.log(
        `  GET /healthz during the broadcast: p50 ${formatMs(percentile(latencies, 50))} ms, p99 ${formatMs(percentile(latencies, 99))} ms over ${latencies.length} calls (goal p99 < 200 ms)`,
      );
      const sends = Math.max(1, teamsFigures.total + slackCalls.length);
      console.log(
        `  server statements per platform request (whole run, planning and progress reads included): SQL ${((final?.statements.sql ?? 0) / sends).toFixed(2)}, Redis ${((final?.statements.redis ?? 0) / sends).toFixed(2)}`,
      );
      console.log(
        `  server CPU time (user + system) from the broadcast's start: ${(((final?.cpuMs ?? 0) - (cpuAtStart ?? 0)) / sends).toFixed(2)} ms per platform request`,
      );
      console.log(
        `  pacer slots dropped (budget left unused): ${final?.dropped.void ?? 0} voided by a 429, ${final?.dropped.late ?? 0} late`,
      );
      console.log(
        `  server peak RSS: ${mb(final?.rss ?? 0)}; wall time ${Math.round((Date.now() - started) / 1000)} s; load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(', ')}`,
      );
    } finally {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await teams.close();
      await slack.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function countTeams(requests: { method: string; path: string; throttled?: true; at?: number }[]) {
  const sends = requests.filter(
    (r) => r.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities$/.test(r.path),
  );
  const ok = sends.filter((r) => !r.throttled);
  return {
    total: requests.length,
    throttled: requests.filter((r) => r.throttled).length,
    byConversation: tally(ok.map((r) => r.path.split('/')[3]!)),
    okTimes: ok.map((r) => r.at ?? 0),
  };
}
