/**
 * `npm run bench -- directory-install`: the Teams proactive install of 10,000 synced people at a
 * 30 requests/s Graph budget (TEAMS_INSTALL_RATE_PER_SECOND) against the fake Graph, on SQLite:
 * an Entra sync, then the install job (per person: the install, the installation lookup, the chat
 * lookup). Three 429s with Retry-After: 1 come early, as Graph sends them under load. Figures:
 * the Graph requests per second the install kept up over its run, as a share of the budget
 * (goal ≥ 0.9), people reached with their chat saved, and duplicate installs (goal 0).
 * BENCH_INSTALL_PEOPLE changes the size (10,000 people take about 17 minutes at 30/s).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';
import { pollUntil } from '../test/harness/eventually.js';
import { FakeGraph, type FakeGraphUser } from '../test/harness/fake-graph.js';
import type { Benchmark } from './benchmark.js';

const BUDGET_PER_SECOND = 30;

async function run(): Promise<void> {
  const people = Number(process.env.BENCH_INSTALL_PEOPLE ?? 10_000);
  console.log(
    `  ${people} people, budget ${BUDGET_PER_SECOND} Graph requests/s; machine: ${os.cpus().length} cores, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  );
  const graph = await new FakeGraph().start();
  graph.pageSize = 999;
  const users: FakeGraphUser[] = [];
  for (let i = 0; i < people; i += 1) {
    const n = String(i).padStart(6, '0');
    users.push({ id: `obj-${n}`, userPrincipalName: `p${n}@bench.example`, mail: `p${n}@bench.example` });
  }
  graph.setUsers(users);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-install-'));
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
  const config = loadConfig({
    ...env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    DIRECTORY_SOURCES: 'entra',
    GRAPH_API_URL: graph.graphUrl,
    ENTRA_AUTHORITY_URL: graph.authorityUrl,
    MICROSOFT_APP_TENANT_ID: graph.tenantId,
    DIRECTORY_CLIENT_ID: graph.clientId,
    DIRECTORY_CLIENT_SECRET: graph.clientSecret,
    TEAMS_PROACTIVE_INSTALL: '1',
    TEAMS_CATALOG_APP_ID: 'bench-relais',
    TEAMS_INSTALL_RATE_PER_SECOND: String(BUDGET_PER_SECOND),
  });
  const core = await createCore(config, createLogger('error'));
  try {
    graph.fail('/teamwork/installedApps', { status: 429, retryAfter: 1, times: 3 });
    const synced = await core.directory.sync('cli');
    console.log(`  Entra sync: ${synced.status}, ${synced.created} people in ${synced.durationMs} ms`);
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
    const teamwork = graph.requests.filter((r) => r.path.includes('/teamwork/'));
    const first = Math.min(...teamwork.map((r) => r.at));
    const last = Math.max(...teamwork.map((r) => r.at));
    const seconds = (last - first) / 1000;
    // n requests span n − 1 gaps
    const rate = (teamwork.length - 1) / seconds;
    const posts = teamwork.filter((r) => r.method === 'POST');
    // an install Graph answered (not a 429 it refused to read) more than once for one person
    const perUser = new Map<string, number>();
    for (const p of posts.filter((r) => r.status !== 429))
      perUser.set(p.path, (perUser.get(p.path) ?? 0) + 1);
    const throttled = teamwork.filter((r) => r.status === 429).length;
    const duplicates = [...perUser.values()].filter((n) => n > 1).length;
    const reached = await core.store.db
      .selectFrom('conversations')
      .select(sql<number>`count(*)`.as('n'))
      .where('platform', '=', 'teams')
      .executeTakeFirstOrThrow();
    console.log(
      `  install: ${teamwork.length} Graph requests (${posts.length} installs, ${throttled} answered 429) in ${seconds.toFixed(1)} s`,
    );
    console.log(
      `  rate ${rate.toFixed(2)} requests/s = ${(rate / BUDGET_PER_SECOND).toFixed(3)} of the budget (goal ≥ 0.9)`,
    );
    console.log(
      `  reached with their chat saved: ${Number(reached.n)} of ${people}; people installed twice: ${duplicates} (goal 0)`,
    );
  } finally {
    await core.close();
    await graph.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const directoryInstallBenchmark: Benchmark = {
  name: 'directory-install',
  description: 'Teams proactive install of 10,000 synced people at a 30/s Graph budget (fake Graph, SQLite)',
  run,
};
