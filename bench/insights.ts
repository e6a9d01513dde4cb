/**
 * `npm run bench -- insights [--events N] [--people N]`: the adoption insights at scale, on
 * SQLite and on PostgreSQL (a fresh schema on the local test server, skipped when unreachable).
 * A generator in its own process (bench/insights-seed.ts) writes 100,000 people and 10 million
 * events over 13 months with deliveries, strategic items and tour journeys; this process then
 * times a full rebuild of the rollups, one day's rollup, and every dashboard question (p95 of 30
 * each), sampling its own peak RSS. Goals: one day ≤ 5 s, full rebuild ≤ 10 min, each query
 * p95 ≤ 150 ms, peak RSS ≤ 400 MB. With fewer events the rebuild's projection to 10 million is
 * printed too (the rollup's cost grows with days and people, the events' part with events).
 * BENCH_INSIGHTS_BACKENDS=sqlite (or postgres) runs one.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { AuthorScope } from '../shared/audiences/author-scope.js';
import { relaisMigrations } from '../shared/capabilities.js';
import { dashboard } from '../shared/insights/dashboard.js';
import { addDays, dayOf } from '../shared/insights/insights-day.js';
import type { InsightsFilter } from '../shared/insights/insights-filter.js';
import { insightsDb } from '../shared/insights/insights-tables.js';
import { rebuild, rollupDay } from '../shared/insights/rollup.js';
import { openStore } from '../shared/store/open-store.js';
import { postgresTestUrl } from '../test/harness/databases.js';
import { type Benchmark, formatMs, onJsonLines, percentile } from './benchmark.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const EVENTS = Number(arg('events') ?? process.env.BENCH_EVENTS ?? 10_000_000);
const PEOPLE = Number(arg('people') ?? process.env.BENCH_PEOPLE ?? 100_000);
/** fewer days than the 13 months of the goal: a quicker run while developing */
const DAYS = Number(arg('days') ?? process.env.BENCH_DAYS ?? 395);
const TARGET_EVENTS = 10_000_000;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** wall time per rollup phase, summed over runs (afterPhase is called as each phase ends) */
function phaseTimer(onPhase: () => void) {
  const totals = new Map<string, number>();
  let last = performance.now();
  return {
    start: () => {
      last = performance.now();
    },
    afterPhase: (phase: string) => {
      const now = performance.now();
      totals.set(phase, (totals.get(phase) ?? 0) + now - last);
      last = now;
      onPhase();
    },
    summary: (runs: number) =>
      [...totals].map(([phase, ms]) => `${phase} ${(ms / runs / 1000).toFixed(2)} s`).join(', '),
  };
}

function seed(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'insights-seed.ts')], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    onJsonLines(proc.stdout, (line) => {
      const l = line as { table?: string; inserted?: number; seeded?: string };
      if (l.inserted) process.stdout.write(`  … ${l.inserted} ${l.table}\n`);
    });
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited (${code})`))));
  });
}

const QUESTIONS: [string, InsightsFilter, AuthorScope][] = [
  ['admin, week', { period: 'week' }, { all: true }],
  ['admin, month', { period: 'month' }, { all: true }],
  ['admin, day', { period: 'day' }, { all: true }],
  ['department D7, month', { period: 'month', department: 'D7' }, { all: true }],
  ['site S3 members, week', { period: 'week', site: 'S3', kind: 'member' }, { all: true }],
  ['Slack, month', { period: 'month', platform: 'slack' }, { all: true }],
  [
    'communicator of 5 departments, month',
    { period: 'month' },
    { all: false, departments: new Set(['D1', 'D2', 'D3', 'D4', 'D5']), sites: new Set(), groups: new Set() },
  ],
];

async function onBackend(name: string, databaseUrl?: string): Promise<void> {
  console.log(
    `\n-- ${name}: ${PEOPLE} people, ${EVENTS} events over ${DAYS === 395 ? '13 months' : `${DAYS} days`}`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-insights-'));
  const store = await openStore({ databaseUrl, dataDir, migrations: relaisMigrations });
  try {
    const endDay = addDays(dayOf(new Date()), -1);
    const seedStart = performance.now();
    await seed({
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      BENCH_PEOPLE: String(PEOPLE),
      BENCH_EVENTS: String(EVENTS),
      BENCH_DAYS: String(DAYS),
      BENCH_END_DAY: endDay,
    });
    if (store.dialect === 'postgres') await sql`analyze`.execute(store.db);
    else await sql`analyze`.execute(store.db);
    console.log(`  generated in ${((performance.now() - seedStart) / 1000).toFixed(0)} s (its own process)`);

    const db = insightsDb(store);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    // the peak of each stage too: a high one says where to look
    let stage = 'rebuild';
    const stagePeaks = new Map<string, number>();
    // what the peak is made of: the live heap, the heap V8 kept (garbage not yet collected),
    // buffers outside the heap (the driver's sockets and results)
    let atPeak = process.memoryUsage();
    let heapUsedPeak = 0;
    const sample = () => {
      const usage = process.memoryUsage();
      const rss = usage.rss;
      heapUsedPeak = Math.max(heapUsedPeak, usage.heapUsed);
      if (rss > peak) atPeak = usage;
      peak = Math.max(peak, rss);
      stagePeaks.set(stage, Math.max(stagePeaks.get(stage) ?? 0, rss));
    };
    // better-sqlite3 answers synchronously: a whole SQLite rebuild can run without the timer's
    // turn, so each phase's end samples too, and the OS's own peak is printed beside
    const sampler = setInterval(sample, 50);

    // CPU of this process beside the wall clock: on a shared machine the wall clock measures the
    // neighbours; on SQLite the database's work is in this process, on PostgreSQL in the server's
    const cpuStart = process.cpuUsage();
    const rebuildStart = performance.now();
    const phases = phaseTimer(sample);
    const days = await rebuild(db, endDay, {
      retentionDays: 395,
      afterPhase: phases.afterPhase,
      onDay: (day) => {
        if (day.endsWith('-01')) process.stdout.write(`  … rebuilt up to ${day}\n`);
      },
    });
    const rebuildS = (performance.now() - rebuildStart) / 1000;
    const rebuildCpu = cpuSeconds(cpuStart);
    if (store.dialect === 'postgres') await sql`analyze`.execute(store.db);
    else await sql`analyze`.execute(store.db);

    stage = 'one day';
    const dayTimes: number[] = [];
    const dayCpu: number[] = [];
    const dayPhases = phaseTimer(sample);
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      dayPhases.start();
      await rollupDay(db, endDay, { retentionDays: 395, fresh: true, afterPhase: dayPhases.afterPhase });
      dayTimes.push((performance.now() - t) / 1000);
      dayCpu.push(cpuSeconds(cpu));
    }
    const perEvent = (rebuildS / EVENTS) * 1e6;
    console.log(
      `  full rebuild: ${days} days in ${rebuildS.toFixed(1)} s, ${rebuildCpu.toFixed(1)} s CPU here (goal ≤ 600 s); phases ${phases.summary(1)}` +
        (EVENTS < TARGET_EVENTS
          ? `\n    at ${EVENTS} events, not the 10M of the goal: ${perEvent.toFixed(1)} µs an event, ${((perEvent * TARGET_EVENTS) / 1e6).toFixed(0)} s if all of it grew with the events (an upper bound: the per-day part does not)`
          : ''),
    );
    console.log(
      `  one day's rollup: ${dayTimes.map((s) => s.toFixed(2)).join(' / ')} s, ${dayCpu.map((s) => s.toFixed(2)).join(' / ')} s CPU here (goal ≤ 5 s; ${Math.round(EVENTS / days)} events a day); phases ${dayPhases.summary(3)}`,
    );

    stage = 'dashboard';
    for (const [label, filter, scope] of QUESTIONS) {
      const samples: number[] = [];
      for (let i = 0; i < 30; i++) {
        const t = performance.now();
        const d = await dashboard(db, filter, scope, { minGroupSize: 5, locale: 'fr' });
        samples.push(performance.now() - t);
        sample();
        if (i === 0 && d.headline.length === 0) console.log(`  (${label}: no figures)`);
      }
      console.log(
        `  dashboard ${label.padEnd(38)} p50 ${formatMs(percentile(samples, 50)).padStart(5)} ms, p95 ${formatMs(percentile(samples, 95)).padStart(5)} ms (goal ≤ 150 ms)`,
      );
    }
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `  peak RSS of the rollup and dashboard process: ${mb(peak)} (goal ≤ 400 MB; ${mb(baseline)} before the first rollup, the code and database driver loaded; ${[...stagePeaks].map(([name, rss]) => `${name} ${mb(rss)}`).join(', ')}; the OS's peak for this process so far ${mb(process.resourceUsage().maxRSS * 1024)})`,
    );
    console.log(
      `    at the peak: heap ${mb(atPeak.heapUsed)} used of ${mb(atPeak.heapTotal)}, external ${mb(atPeak.external)} (array buffers ${mb(atPeak.arrayBuffers)}); the most heap in use at any sample ${mb(heapUsedPeak)}`,
    );
    console.log(
      `  machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at the end (1, 5, 15 min)`,
    );
  } finally {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** this benchmark again, in a child process, on one database */
function ownProcess(backend: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      env: { ...process.env, BENCH_INSIGHTS_BACKENDS: backend },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    proc.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${backend} run exited (${code})`)),
    );
  });
}

export const insightsBenchmark: Benchmark = {
  name: 'insights',
  description:
    'adoption rollups and dashboard: 10M events over 13 months for 100,000 people, SQLite and PostgreSQL',
  async run() {
    const backends = process.env.BENCH_INSIGHTS_BACKENDS ?? 'sqlite,postgres';
    if (backends.includes('sqlite') && backends.includes('postgres')) {
      // one process a database: the peak RSS of each is its own, not the SQLite run's heap
      // carried into the PostgreSQL one
      for (const backend of ['sqlite', 'postgres']) await ownProcess(backend);
      return;
    }
    if (backends.includes('sqlite')) await onBackend('SQLite');
    if (!backends.includes('postgres')) return;
    const pg = await postgresTestUrl();
    if (!pg) {
      console.log('\n-- PostgreSQL: skipped (server unreachable)');
      return;
    }
    try {
      await onBackend('PostgreSQL', pg.url);
    } finally {
      await pg.drop();
    }
  },
};
