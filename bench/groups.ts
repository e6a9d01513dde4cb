/**
 * `npm run bench -- groups`: group invitations at the platforms' pace, on SQLite and PostgreSQL.
 * A wave of BENCH_GROUP_INVITES (2,000) addresses into a group's Teams team — Entra B2B then the
 * team add, two Graph calls each — and the same into a group's Slack channel through Slack
 * Connect, against fakes in their own process that answer 429 beyond the platform's limit. Goals:
 * the calls keep within the limit at ≥ 0.9 of the budget, and no address is invited twice. The
 * fakes count the limit over 10 s windows (Graph and Slack both average over windows longer than a
 * second; Slack's tiers are per minute); the busiest second is printed too.
 *
 * The budgets: Graph at BENCH_GRAPH_PER_SECOND (30, the Teams APIs' published figure per app and
 * tenant); Slack's Tier 2 is 20 calls a *minute*, so 2,000 would take 100 minutes: the Slack part
 * runs the same pacer at BENCH_SLACK_PER_SECOND (20 a second, the fake limiting at the same rate)
 * — a pacer keeping one rate keeps any. More parts (the access review) add to `parts`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningRelais, startRelais } from '../bots/start-relais.js';
import { type Benchmark, onJsonLines, onSqliteThenPostgres } from './benchmark.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const invites = Number(process.env.BENCH_GROUP_INVITES ?? 2_000);
const graphPerSecond = Number(process.env.BENCH_GRAPH_PER_SECOND ?? 30);
const slackPerSecond = Number(process.env.BENCH_SLACK_PER_SECOND ?? 20);

interface Fakes {
  graphUrl: string;
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  slackApiUrl: string;
  botToken: string;
  teamId: string;
}

interface Timing {
  calls: number;
  spanMs: number;
  busiestSecond: number;
  busiestWindow: number;
  windowSeconds: number;
  invited: number;
  duplicateInvitations: number;
  throttled: number;
}

interface Report {
  graph: Timing & { teamMembers: number; duplicateMembers: number };
  slack: Timing;
}

function loadProcess(): { process: ChildProcess; next(): Promise<unknown> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'groups-load.ts')], {
    env: {
      ...process.env,
      BENCH_GRAPH_PER_SECOND: String(graphPerSecond),
      BENCH_SLACK_PER_SECOND: String(slackPerSecond),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const queue: unknown[] = [];
  const waiting: ((value: unknown) => void)[] = [];
  onJsonLines(proc.stdout, (value) => {
    const resolve = waiting.shift();
    if (resolve) resolve(value);
    else queue.push(value);
  });
  return {
    process: proc,
    next: () =>
      queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiting.push(resolve)),
  };
}

/** the group's invitations still to settle; resolves with the counts by status once none is left */
async function settled(relais: RunningRelais, groupId: string): Promise<Record<string, number>> {
  for (;;) {
    const rows = await relais.core.store.db
      .withTables<{ group_invitations: { group_id: string; status: string } }>()
      .selectFrom('group_invitations')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('group_id', '=', groupId)
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    if (!counts.planned && !counts.sending) return counts;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const rateLine = (name: string, t: Timing, budget: number, extra: string) => {
  const rate = t.calls > 1 ? ((t.calls - 1) * 1000) / t.spanMs : 0;
  return (
    `  ${name.padEnd(24)} ${t.calls} calls in ${(t.spanMs / 1000).toFixed(1)} s = ${rate.toFixed(1)}/s ` +
    `of a ${budget}/s budget: ${(rate / budget).toFixed(2)} (goal ≥ 0.9); busiest ${t.windowSeconds} s ` +
    `${t.busiestWindow} (limit ${budget * t.windowSeconds}), busiest second ${t.busiestSecond}; 429s ${t.throttled}; ` +
    `${t.invited} invited, duplicates ${t.duplicateInvitations} (goal 0)${extra}`
  );
};

/** one part of the benchmark on one running server */
type Part = (relais: RunningRelais, fakes: Fakes, report: () => Promise<Report>) => Promise<void>;

const addresses = (prefix: string) =>
  Array.from({ length: invites }, (_, i) => ({
    line: i + 1,
    address: `${prefix}${i}@partner-bench.example.com`,
  }));

const teamsWave: Part = async (relais, fakes, report) => {
  const group = await relais.core.groups.store.createGroup({
    kind: 'partners',
    nameEn: 'Bench partners (Teams)',
    space: { teamsTenantId: fakes.tenantId, teamsTeamId: 'bench-team' },
  });
  const plan = await relais.core.groups.invitations.plan(group.id, { lines: addresses('t'), by: null });
  const counts = await settled(relais, group.id);
  const { graph } = await report();
  console.log(
    rateLine(
      `Teams wave of ${plan.planned}`,
      graph,
      graphPerSecond,
      `; team members ${graph.teamMembers}, duplicates ${graph.duplicateMembers}; rows ${JSON.stringify(counts)}`,
    ),
  );
};

const slackWave: Part = async (relais, fakes, report) => {
  const group = await relais.core.groups.store.createGroup({
    kind: 'partners',
    nameEn: 'Bench partners (Slack)',
    space: { slackTeamId: fakes.teamId, slackChannelId: 'CBENCHGROUPS' },
  });
  const plan = await relais.core.groups.invitations.plan(group.id, { lines: addresses('s'), by: null });
  const counts = await settled(relais, group.id);
  const { slack } = await report();
  console.log(
    rateLine(`Slack wave of ${plan.planned}`, slack, slackPerSecond, `; rows ${JSON.stringify(counts)}`),
  );
};

export const parts: Part[] = [teamsWave, slackWave];

async function onBackend(name: string, databaseEnv: Record<string, string>): Promise<void> {
  console.log(`\n-- ${name}`);
  const load = loadProcess();
  const fakes = (await load.next()) as Fakes;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-groups-'));
  let relais: RunningRelais | undefined;
  try {
    relais = await startRelais({
      env: {
        ...databaseEnv,
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        GRAPH_API_URL: fakes.graphUrl,
        ENTRA_AUTHORITY_URL: fakes.authorityUrl,
        MICROSOFT_APP_TENANT_ID: fakes.tenantId,
        DIRECTORY_CLIENT_ID: fakes.clientId,
        DIRECTORY_CLIENT_SECRET: fakes.clientSecret,
        SLACK_API_URL: fakes.slackApiUrl,
        SLACK_BOT_TOKEN: fakes.botToken,
        SLACK_SIGNING_SECRET: 'bench-signing-secret',
        GROUP_INVITE_GRAPH_RATE_PER_SECOND: String(graphPerSecond),
        GROUP_INVITE_SLACK_RATE_PER_MINUTE: String(slackPerSecond * 60),
      },
    });
    const report = async () => {
      load.process.stdin!.write('report\n');
      return (await load.next()) as Report;
    };
    for (const part of parts) await part(relais, fakes, report);
  } finally {
    await relais?.close();
    load.process.stdin!.end();
    if (load.process.exitCode === null) await new Promise((resolve) => load.process.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const groupsBenchmark: Benchmark = {
  name: 'groups',
  description: `group invitations: a wave of ${invites} on Teams (Graph) and on Slack (Connect) under the platforms' limits, on SQLite and PostgreSQL`,
  run: () => onSqliteThenPostgres(onBackend),
};
