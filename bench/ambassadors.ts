/**
 * `npm run bench -- ambassadors`: the weekly digest for 100,000 people and 1,000 ambassadors (5 per
 * department of 500 people), on SQLite and on PostgreSQL (a fresh schema on the local test server,
 * skipped when unreachable). A third of the people used Relais lately, a tenth are still on the
 * welcome tour. This process seeds the database and runs a fake Teams connector that answers 429
 * beyond 50 requests/s per tenant; Relais runs in its own process (ambassadors-digest.ts), so its
 * peak RSS is the server's alone: every ambassador's "who needs a hand" with the real code, four
 * at a time as one server's digest worker does, then every digest card sent 1:1 through the shared pacer
 * (TEAMS_RATE_PER_SECOND 50, the fake's limit). The figures: how long the computation took, how many were assigned,
 * that nobody was assigned twice, the send rate as a share of the budget, the server's peak RSS.
 * Goals: ≤ 20 s, ≤ 300 MB RSS, ≥ 0.95 of the budget.
 * BENCH_PEOPLE / BENCH_AMBASSADORS / BENCH_CONCURRENCY change the sizes; BENCH_AMBASSADOR_BACKENDS
 * (sqlite, postgres, or both comma separated; default both) the stores.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { ambassadorDb } from '../shared/ambassadors/ambassador-tables.js';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { DEFAULT_CONCURRENCY } from '../shared/jobs/queue-timing.js';
import { createLogger } from '../shared/logging/logger.js';
import { postgresTestUrl } from '../test/harness/databases.js';
import { type FakeTeamsConnector, startFakeTeamsConnector } from '../test/harness/fake-teams-connector.js';
import { arrivalRate } from './arrival-rate.js';
import { type Benchmark, onJsonLines, onSqliteThenPostgres } from './benchmark.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const AMBASSADORS = Number(process.env.BENCH_AMBASSADORS ?? 1_000);
const PER_DEPARTMENT = 5;
/** a server's digest worker runs the queue's default concurrency (the capability sets none) */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? DEFAULT_CONCURRENCY);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
/**
 * The fake connector's limit per tenant, and the pacer's budget: Teams' own ceiling (never above 50,
 * architecture.md). The pacer uses a slot within its interval or drops it (slot-leases.ts), and the
 * fake's bucket holds a second's worth, so pacing at the limit is never answered 429 (the figures
 * say if it is). Pacing at 49 against 50, as before, capped the share at 0.98 by construction.
 */
const TEAMS_BUDGET = 50;
const TENANT = 'tenant-bench';
const id = (n: number) => `p${String(n).padStart(7, '0')}`;

interface ServerFigures {
  computeSeconds: number;
  computeCpuSeconds: number;
  assigned: number;
  rows: number;
  people: number;
  sendSeconds: number;
  sent: number;
  failed: number;
  computePeakRss: number;
  peakRss: number;
  startedRss: number;
  peakHeap: number;
  peakExternal: number;
  dropped: { void: number; late: number };
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

async function onBackend(name: string, env: Record<string, string>): Promise<void> {
  console.log(`\n-- ${name}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-ambassadors-'));
  const teams = await startFakeTeamsConnector();
  teams.rateLimit({ perSecond: TEAMS_BUDGET, retryAfterSeconds: 1 });
  try {
    const ambassadors = await seed(dataDir, env, teams);
    const figures = await runServer(dataDir, env, teams, ambassadors);
    // the digests as the connector received them (a 429 is no send)
    const sendRate = arrivalRate(
      teams.requests
        .filter((r) => r.method === 'POST' && r.path.startsWith('/v3/conversations/a:bench-') && !r.throttled)
        .map((r) => r.at ?? 0),
    );
    console.log(
      `  weekly digests for ${ambassadors.length} ambassadors: ${figures.computeSeconds.toFixed(1)} s (goal ≤ 20 s; ` +
        `server CPU ${figures.computeCpuSeconds.toFixed(1)} s), ` +
        `${figures.assigned} colleagues assigned (${figures.rows} rows, ${figures.people} distinct people: ` +
        `${figures.rows === figures.people ? 'no overlap' : 'OVERLAP'}), server peak RSS ${mb(figures.computePeakRss)} while computing`,
    );
    console.log(
      `  ${figures.sent} digests sent through the pacer in ${figures.sendSeconds.toFixed(1)} s (${figures.failed} failed, ` +
        `${teams.throttledCount} answered 429): ${sendRate.toFixed(1)}/s at the connector = ${(sendRate / TEAMS_BUDGET).toFixed(3)} of the ` +
        `${TEAMS_BUDGET}/s budget (goal ≥ 0.95); server peak RSS ${mb(figures.peakRss)} (goal ≤ 300 MB)`,
    );
    console.log(
      `  server: ${mb(figures.startedRss)} RSS once started, peak V8 heap ${mb(figures.peakHeap)}, external ${mb(figures.peakExternal)}; ` +
        `pacer slots dropped: ${figures.dropped.late} late, ${figures.dropped.void} void; event loop delay while sending p99 ` +
        `${figures.loopDelayP99Ms.toFixed(0)} ms, max ${figures.loopDelayMaxMs.toFixed(0)} ms; load average now ${loadAverage()}`,
    );
  } finally {
    await teams.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Relais in its own process, on the seeded database: its one JSON line of figures. */
async function runServer(
  dataDir: string,
  env: Record<string, string>,
  teams: FakeTeamsConnector,
  ambassadors: [string, string][],
): Promise<ServerFigures> {
  const server = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ambassadors-digest.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', server], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      TEAMS_SERVICE_URL: teams.url,
      TEAMS_RATE_PER_SECOND: String(TEAMS_BUDGET),
      BENCH_AMBASSADOR_IDS: JSON.stringify(ambassadors),
      BENCH_CONCURRENCY: String(CONCURRENCY),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let figures: ServerFigures | undefined;
  onJsonLines(child.stdout, (value) => {
    figures = value as ServerFigures;
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (!figures) throw new Error(`the bench server exited (${code}) without its figures`);
  return figures;
}

/**
 * The people, their recent use and welcome tours, the roster, and each ambassador's Teams 1:1
 * conversation on the fake connector; returns [ambassador id, department] in department order.
 */
async function seed(
  dataDir: string,
  env: Record<string, string>,
  teams: FakeTeamsConnector,
): Promise<[string, string][]> {
  const config = loadConfig({ ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', PORT: '0' });
  const core = await createCore(config, createLogger('warn'));
  try {
    const db = ambassadorDb(core.store);
    const departments = Math.max(1, Math.ceil(AMBASSADORS / PER_DEPARTMENT));
    const at = new Date().toISOString();
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const welcome = await core.tours.ensureWelcomeTour();
    const seedStart = performance.now();
    for (let start = 0; start < PEOPLE; start += 500) {
      const rows = [];
      for (let n = start; n < Math.min(PEOPLE, start + 500); n++)
        rows.push({
          id: id(n),
          email: `${id(n)}@bench.test`,
          display_name: `Person ${n}`,
          department: `D${n % departments}`,
          site: `S${n % 50}`,
          manager_id: null,
          start_date: null,
          locale: n % 2 ? 'fr' : 'en',
          time_zone: null,
          kind: n % 97 === 0 ? ('guest' as const) : ('member' as const),
          kind_source: null,
          search_text: `person ${n}`,
          active: 1,
          created_at: at,
          updated_at: at,
        });
      await core.store.db.insertInto('people').values(rows).execute();
      const used = rows.filter((_, i) => (start + i) % 3 === 0);
      if (used.length)
        await core.store.db
          .insertInto('events')
          .values(
            used.map((r) => ({
              at: recent,
              type: 'command.used',
              person_id: r.id,
              platform: 'teams',
              subject_type: null,
              subject_id: null,
              data: null,
            })),
          )
          .execute();
      const touring = rows.filter((_, i) => (start + i) % 10 === 1);
      if (touring.length)
        await core.store.db
          .withTables<{ journeys: Record<string, unknown> }>()
          .insertInto('journeys')
          .values(
            touring.map((r) => ({
              id: `j${r.id}`,
              tour_id: welcome.id,
              person_id: r.id,
              status: 'active',
              trigger: '{"kind":"first_contact"}',
              steps: '[]',
              tour_version: 1,
              revision: 1,
              start_date: null,
              started_at: at,
              current_step: 0,
              completed_at: null,
              stopped_at: null,
              updated_at: at,
            })),
          )
          .execute();
    }
    // ambassadors: the first people of each department (never the guests)
    const ambassadors: string[] = [];
    // ordered by department, so concurrent lanes mostly work on the same department at once
    for (let d = 0; d < departments && ambassadors.length < AMBASSADORS; d++)
      for (let k = 0; k < PER_DEPARTMENT && ambassadors.length < AMBASSADORS; k++) {
        const n = d + departments * (k + 1);
        if (n < PEOPLE && n % 97 !== 0) ambassadors.push(id(n));
      }
    for (let i = 0; i < ambassadors.length; i += 500) {
      const part = ambassadors.slice(i, i + 500);
      await db
        .insertInto('ambassadors')
        .values(
          part.map((p) => ({
            person_id: p,
            status: 'active',
            source: 'console',
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
      await db
        .insertInto('ambassador_scopes')
        .values(
          part.map((p) => ({
            person_id: p,
            kind: 'department',
            value: `D${Number(p.slice(1)) % departments}`,
          })),
        )
        .execute();
    }
    // each ambassador's Teams account and saved 1:1 conversation: a digest is one connector request
    for (let i = 0; i < ambassadors.length; i += 500) {
      const part = ambassadors.slice(i, i + 500);
      await core.store.db
        .insertInto('identities')
        .values(
          part.map((p) => ({
            person_id: p,
            platform: 'teams',
            tenant_id: TENANT,
            user_id: `29:${p}`,
            aad_object_id: `aad-${p}`,
            created_at: at,
          })),
        )
        .execute();
      await core.store.db
        .insertInto('conversations')
        .values(
          part.map((p) => ({
            platform: 'teams',
            tenant_id: TENANT,
            conversation_id: `a:bench-${p}`,
            kind: 'personal',
            person_id: p,
            reference: JSON.stringify({
              channelId: 'msteams',
              serviceUrl: teams.url,
              bot: { id: '28:relais', name: 'Relais' },
              user: { id: `29:${p}`, aadObjectId: `aad-${p}`, name: '' },
              conversation: { id: `a:bench-${p}`, tenantId: TENANT, conversationType: 'personal' },
            }),
            updated_at: at,
          })),
        )
        .execute();
    }
    // fresh bulk-loaded tables: statistics as a running database has them (autovacuum's analyze)
    if (core.store.dialect === 'postgres') await sql`analyze`.execute(core.store.db);
    else await sql`pragma optimize`.execute(core.store.db);
    console.log(
      `  seeded ${PEOPLE} people, ${ambassadors.length} ambassadors in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    return ambassadors.map((p) => [p, `D${Number(p.slice(1)) % departments}`]);
  } finally {
    await core.close();
  }
}

export const ambassadorsBenchmark: Benchmark = {
  name: 'ambassadors',
  description:
    'weekly digest of who needs a hand (100,000 people, 1,000 ambassadors) and its sends through the pacer, SQLite and PostgreSQL',
  async run() {
    const backends = (process.env.BENCH_AMBASSADOR_BACKENDS ?? 'sqlite,postgres').split(',');
    if (backends.includes('sqlite') && backends.includes('postgres')) {
      await onSqliteThenPostgres(onBackend);
      return;
    }
    console.log(`  machine: ${os.cpus().length} cores, load average ${loadAverage()}`);
    if (backends.includes('sqlite')) await onBackend('SQLite', {});
    if (!backends.includes('postgres')) return;
    const pg = await postgresTestUrl();
    if (!pg) {
      console.log('\n-- PostgreSQL: skipped (server unreachable)');
      return;
    }
    try {
      await onBackend('PostgreSQL', { DATABASE_URL: pg.url });
    } finally {
      await pg.drop();
    }
  },
};
