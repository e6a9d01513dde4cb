/**
 * `npm run bench -- ambassadors`: the weekly digest computation for 100,000 people and 1,000
 * ambassadors (5 per department of 500 people), on SQLite and on PostgreSQL (a fresh schema on the
 * local test server, skipped when unreachable). A third of the people used Relais lately, a tenth
 * are still on the welcome tour; every ambassador's "who needs a hand" runs
 * with the real code, eight at a time as digest jobs do (assignColleagues: keyset pages, the tours service, the event log, the
 * assignment key), and the figures say how long it took, how many were assigned, that nobody was
 * assigned twice, and the process's peak RSS. Goals: ≤ 20 s and ≤ 300 MB RSS.
 * BENCH_PEOPLE / BENCH_AMBASSADORS / BENCH_CONCURRENCY change the sizes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { AmbassadorContext } from '../shared/ambassadors/ambassador-context.js';
import { ambassadorDb } from '../shared/ambassadors/ambassador-tables.js';
import { weekAt } from '../shared/ambassadors/ambassador-week.js';
import { assignColleagues } from '../shared/ambassadors/digests.js';
import { loadConfig } from '../shared/config/config.js';
import { createCore } from '../shared/core.js';
import { createLogger } from '../shared/logging/logger.js';
import { postgresTestUrl } from '../test/harness/databases.js';
import type { Benchmark } from './benchmark.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const AMBASSADORS = Number(process.env.BENCH_AMBASSADORS ?? 1_000);
const PER_DEPARTMENT = 5;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const id = (n: number) => `p${String(n).padStart(7, '0')}`;

async function onBackend(name: string, env: Record<string, string>): Promise<void> {
  console.log(`\n-- ${name}`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-ambassadors-'));
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
    // fresh bulk-loaded tables: statistics as a running database has them (autovacuum's analyze)
    if (core.store.dialect === 'postgres') await sql`analyze`.execute(core.store.db);
    else await sql`pragma optimize`.execute(core.store.db);
    console.log(
      `  seeded ${PEOPLE} people, ${ambassadors.length} ambassadors in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    const ctx: AmbassadorContext = {
      ...core,
      db,
      settings: {
        ...(config.ambassadors ?? { inactiveDays: 14, digestSize: 10, relaysPerWeek: 3 }),
        defaultLocale: 'fr',
      },
    };
    const week = weekAt(new Date(), 'Europe/Paris');
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const started = performance.now();
    let assigned = 0;
    // as the digest jobs run: several at once (a worker's concurrency), ambassadors of one
    // department racing for the same colleagues, the assignment key settling who gets whom
    let next = 0;
    const lane = async () => {
      while (next < ambassadors.length) {
        const personId = ambassadors[next++]!;
        const scope = { departments: [`D${Number(personId.slice(1)) % departments}`], sites: [] };
        const listed = await assignColleagues(ctx, { personId, scope }, week);
        assigned += listed.length;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const rows = await db
      .selectFrom('ambassador_assignments')
      .select((eb) => [
        eb.fn.countAll<number>().as('rows'),
        eb.fn.count<number>('person_id').distinct().as('people'),
      ])
      .where('week', '=', week)
      .executeTakeFirstOrThrow();
    console.log(
      `  weekly digests for ${ambassadors.length} ambassadors: ${seconds.toFixed(1)} s (goal ≤ 20 s), ` +
        `${assigned} colleagues assigned (${Number(rows.rows)} rows, ${Number(rows.people)} distinct people: ` +
        `${Number(rows.rows) === Number(rows.people) ? 'no overlap' : 'OVERLAP'}), peak RSS ${mb(peak)} (goal ≤ 300 MB)`,
    );
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const ambassadorsBenchmark: Benchmark = {
  name: 'ambassadors',
  description: 'weekly digest of who needs a hand: 100,000 people, 1,000 ambassadors, SQLite and PostgreSQL',
  async run() {
    await onBackend('SQLite', {});
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
