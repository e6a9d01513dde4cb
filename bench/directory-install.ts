/**
 * `npm run bench -- directory-install`: the Teams proactive install of 10,000 synced people at a
 * 30 requests/s Graph budget (TEAMS_INSTALL_RATE_PER_SECOND) against the fake Graph, on SQLite,
 * on PostgreSQL, and on PostgreSQL with the pacer and the jobs on Redis (a fresh schema and key
 * prefix on the local test servers, skipped when unreachable): an Entra sync, then the install
 * job (per person: the install, the installation lookup, the chat lookup), every request in a
 * slot of the tenant's 'graph' budget in the pacer's store. Three 429s with Retry-After: 1 come
 * early, as Graph sends them under load. The fake Graph runs in its own process
 * (directory-install-graph.ts), so serving it takes none of the server's event loop. Figures per
 * store: the Graph requests per second the install kept up over its run, as a share of the
 * budget (goal ≥ 0.9), the pacer's dropped slots (late or void: budget left unused), people
 * reached with their chat saved, and duplicate installs (goal 0).
 * BENCH_INSTALL_PEOPLE changes the size (10,000 people take about 17 minutes at 30/s per store).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';
import { postgresTestUrl, redisTestUrl } from '../test/harness/databases.js';
import { pollUntil } from '../test/harness/eventually.js';
import { type Benchmark, onJsonLines } from './benchmark.js';

const BUDGET_PER_SECOND = 30;
const here = path.dirname(new URL(import.meta.url).pathname);

interface GraphLine {
  graphUrl: string;
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/** What the fake Graph saw of the install (directory-install-graph.ts). */
interface InstallReport {
  requests: number;
  installs: number;
  throttled: number;
  spanMs: number;
  duplicates: number;
}

async function run(): Promise<void> {
  await onDatabase('SQLite', {});
  await onPostgres('PostgreSQL', false);
  // how instances share it when they scale out: the pacer's budgets (and the jobs) on Redis
  await onPostgres('PostgreSQL + Redis', true);
}

/** A fresh schema each time: a run keeps its delta link and its installs in the database. */
async function onPostgres(label: string, withRedis: boolean): Promise<void> {
  const database = await postgresTestUrl();
  if (!database) return;
  const redis = withRedis ? await redisTestUrl() : undefined;
  try {
    if (withRedis && !redis) return;
    await onDatabase(label, {
      DATABASE_URL: database.url,
      ...(redis && { REDIS_URL: redis.url, REDIS_QUEUE_PREFIX: redis.prefix }),
    });
  } finally {
    await redis?.flush();
    await database.drop();
  }
}

async function onDatabase(label: string, databaseEnv: Record<string, string>): Promise<void> {
  const people = Number(process.env.BENCH_INSTALL_PEOPLE ?? 10_000);
  console.log(
    `  ${label}: ${people} people, budget ${BUDGET_PER_SECOND} Graph requests/s; machine: ${os.cpus().length} cores, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  // the fake Graph in its own process (a load generator): the server's event loop is its own
  const graph = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'directory-install-graph.ts')], {
    env: { ...process.env, BENCH_INSTALL_PEOPLE: String(people) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers: unknown[] = [];
  const waiting: ((value: unknown) => void)[] = [];
  onJsonLines(graph.stdout, (value) => {
    const resolve = waiting.shift();
    if (resolve) resolve(value);
    else answers.push(value);
  });
  const next = <T>(): Promise<T> =>
    answers.length > 0
      ? Promise.resolve(answers.shift() as T)
      : new Promise<T>((resolve, reject) => {
          waiting.push(resolve as (value: unknown) => void);
          graph.once('exit', (code) => reject(new Error(`directory-install-graph exited (${code})`)));
        });
  const fake = await next<GraphLine>();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-install-'));
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
  const config = loadConfig({
    ...env,
    ...databaseEnv,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    DIRECTORY_SOURCES: 'entra',
    GRAPH_API_URL: fake.graphUrl,
    ENTRA_AUTHORITY_URL: fake.authorityUrl,
    MICROSOFT_APP_TENANT_ID: fake.tenantId,
    DIRECTORY_CLIENT_ID: fake.clientId,
    DIRECTORY_CLIENT_SECRET: fake.clientSecret,
    TEAMS_PROACTIVE_INSTALL: '1',
    TEAMS_CATALOG_APP_ID: 'bench-relais',
    TEAMS_INSTALL_RATE_PER_SECOND: String(BUDGET_PER_SECOND),
  });
  const core = await createCore(config, createLogger('error'));
  try {
    const synced = await core.directory.sync('cli');
    console.log(`  Entra sync: ${synced.status}, ${synced.created} people in ${synced.durationMs} ms`);
    if (synced.status !== 'succeeded') {
      console.log(`  ${label}: no install measured (${synced.errors.join('; ')})`);
      return;
    }
    const recorded = () =>
      core.store.db
        .selectFrom('person_reach' as never)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow() as Promise<{ n: number }>;
    await pollUntil(
      async () => Number((await recorded()).n),
      (n) => n >= people,
      {
        what: 'every install recorded',
        timeoutMs: (people / BUDGET_PER_SECOND) * 3 * 1000 * 2 + 60_000,
        intervalMs: 1000,
      },
    );
    graph.stdin!.write('report\n');
    const { requests, installs, throttled, spanMs, duplicates } = (await next<{ report: InstallReport }>())
      .report;
    const seconds = spanMs / 1000;
    // n requests span n − 1 gaps
    const rate = (requests - 1) / seconds;
    const reached = await core.store.db
      .selectFrom('conversations')
      .select(sql<number>`count(*)`.as('n'))
      .where('platform', '=', 'teams')
      .executeTakeFirstOrThrow();
    console.log(
      `  install: ${requests} Graph requests (${installs} installs, ${throttled} answered 429) in ${seconds.toFixed(1)} s`,
    );
    const share = rate / BUDGET_PER_SECOND;
    const { late, void: voided } = core.pacer.dropped;
    // budget left unused: slots whose time passed before their request could start (a stalled
    // event loop on a loaded machine), or granted before a 429 and so never used
    console.log(
      `  rate ${rate.toFixed(2)} requests/s; pacer slots dropped: ${late} late, ${voided} void (a 429 after their grant)`,
    );
    console.log(`  reached with their chat saved: ${Number(reached.n)} of ${people}`);
    console.log(
      `  ${label}: share of budget ${share.toFixed(3)} (goal ≥ 0.9: ${share >= 0.9 ? 'met' : 'NOT met'}); ` +
        `people installed twice ${duplicates} (goal 0: ${duplicates === 0 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await core.close();
    graph.stdin!.end();
    if (graph.exitCode === null) await new Promise((resolve) => graph.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const directoryInstallBenchmark: Benchmark = {
  name: 'directory-install',
  description:
    'Teams proactive install of 10,000 synced people at a 30/s Graph budget (fake Graph; SQLite, PostgreSQL, PostgreSQL + Redis)',
  run,
};
