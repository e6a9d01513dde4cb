/**
 * `npm run bench -- people-page`: what the console's People page asks the directory
 * (GET /directory/people) over 100,000 people, on SQLite and on PostgreSQL (a fresh schema on the
 * local test server, skipped when unreachable): the first page, a name search, the reach and
 * source filters (EXISTS on identities, person_reach and person_sources), a department, the last
 * page, and the filters' departments and sites. A third of the people are on Teams, a quarter on
 * Slack, all from the HR file and half from Entra ID. Prints the median and worst of 5 calls
 * each. BENCH_PEOPLE changes the size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { relaisMigrations } from '../shared/capabilities.js';
import {
  type DirectoryPeopleQuery,
  directoryFacets,
  listDirectoryPeople,
} from '../shared/directory/directory-people.js';
import { type DirectoryTables, directoryDb } from '../shared/directory/directory-tables.js';
import { newPersonRow } from '../shared/people/person-row.js';
import { openStore } from '../shared/store/open-store.js';
import type { IdentitiesTable, NewPersonRow } from '../shared/store/schema.js';
import type { Store } from '../shared/store/store.js';
import { postgresTestUrl } from '../test/harness/databases.js';
import { type Benchmark, formatMs, percentile } from './benchmark.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const CHUNK = 500;
const departments = [
  'Finances',
  'Ventes',
  'Production',
  'RH',
  'Informatique',
  'Achats',
  'Juridique',
  'Qualité',
];
const sites = ['Paris', 'Lyon', 'Nantes', 'Lille', 'Bordeaux', 'Toulouse'];

async function seed(store: Store): Promise<void> {
  const db = directoryDb(store);
  const now = new Date().toISOString();
  for (let start = 0; start < PEOPLE; start += CHUNK) {
    const people: NewPersonRow[] = [];
    const identities: IdentitiesTable[] = [];
    const sources: DirectoryTables['person_sources'][] = [];
    const reach: DirectoryTables['person_reach'][] = [];
    for (let i = start; i < Math.min(PEOPLE, start + CHUNK); i += 1) {
      const row = newPersonRow(
        {
          email: `person${i}@bench.example`,
          display_name: `Person ${String(i).padStart(6, '0')} ${i % 97 === 0 ? 'Dupont' : 'Martin'}`,
          department: departments[i % departments.length],
          site: sites[i % sites.length],
          kind: i % 20 === 0 ? 'guest' : 'member',
          active: i % 50 === 0 ? 0 : 1,
        },
        now,
      );
      people.push(row);
      const identity = { person_id: row.id, tenant_id: 'bench', aad_object_id: null, created_at: now };
      if (i % 3 === 0) identities.push({ ...identity, platform: 'teams', user_id: `29:${i}` });
      if (i % 4 === 0) identities.push({ ...identity, platform: 'slack', user_id: `U${i}` });
      if (i % 2 === 0) identities.push({ ...identity, platform: 'directory', user_id: `obj-${i}` });
      sources.push({
        person_id: row.id,
        source: 'hr',
        field: 'department',
        value: row.department ?? null,
        updated_at: now,
      });
      if (i % 2 === 0)
        sources.push({
          person_id: row.id,
          source: 'entra',
          field: 'display_name',
          value: row.display_name,
          updated_at: now,
        });
      if (i % 6 === 2)
        reach.push({
          person_id: row.id,
          platform: 'teams',
          status: 'reachable',
          reason: 'installed',
          updated_at: now,
        });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('people').values(people).execute();
      if (identities.length) await trx.insertInto('identities').values(identities).execute();
      await trx.insertInto('person_sources').values(sources).execute();
      if (reach.length) await trx.insertInto('person_reach').values(reach).execute();
    });
  }
}

const queries: [string, Omit<DirectoryPeopleQuery, 'limit' | 'offset'> & { offset?: number }][] = [
  ['first page', {}],
  ['search "dupont"', { q: 'dupont' }],
  ['reach: none', { reach: 'none' }],
  ['reach: both', { reach: 'both' }],
  ['source: entra + reach: teams', { source: 'entra', reach: 'teams' }],
  ['department + site', { department: 'Ventes', site: 'Lyon' }],
  ['last page', { offset: PEOPLE - 25 }],
];

async function measure(label: string, store: Store): Promise<void> {
  const seeded = Date.now();
  await seed(store);
  // the statistics a deployed database keeps (autovacuum, SQLite's optimize) after a bulk load
  await sql.raw(store.dialect === 'postgres' ? 'analyze' : 'pragma optimize').execute(store.db);
  console.log(`${label}: ${PEOPLE} people seeded in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
  const db = directoryDb(store);
  const time = async (call: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      await call();
      samples.push(performance.now() - started);
    }
    return `median ${formatMs(percentile(samples, 50))} ms, worst ${formatMs(Math.max(...samples))} ms`;
  };
  for (const [name, query] of queries) {
    let total = 0;
    const figures = await time(async () => {
      ({ total } = await listDirectoryPeople(db, store.dialect, { limit: 25, offset: 0, ...query }));
    });
    console.log(`  ${name.padEnd(30)} ${String(total).padStart(7)} matching  ${figures}`);
  }
  console.log(
    `  ${'facets'.padEnd(30)} ${''.padStart(7)}           ${await time(() => directoryFacets(db))}`,
  );
}

export const peoplePageBenchmark: Benchmark = {
  name: 'people-page',
  description: 'the People page’s directory queries over 100,000 people (SQLite, PostgreSQL)',
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-people-'));
    try {
      const sqlite = await openStore({ dataDir, migrations: relaisMigrations });
      try {
        await measure('SQLite', sqlite);
      } finally {
        await sqlite.close();
      }
      const database = await postgresTestUrl();
      if (!database) {
        console.log('PostgreSQL: unreachable, skipped');
        return;
      }
      const pg = await openStore({ databaseUrl: database.url, dataDir, migrations: relaisMigrations });
      try {
        await measure('PostgreSQL', pg);
      } finally {
        await pg.close();
        await database.drop();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
