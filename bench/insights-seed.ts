/**
 * The insights benchmark's generator, in its own process (its memory and CPU are not the
 * rollup's): 100,000 people (200 departments, 50 sites, a guest in 97), their Teams and Slack
 * accounts, N events over 13 months with the mix a live organisation has (reads, commands, clicks,
 * votes, home and tab visits, ambassadors' relays), 26 strategic items delivered to 10,000 people
 * each with reads and acknowledgements, and 20,000 welcome tour journeys. Prepared 200-row
 * inserts in 50,000-row transactions on SQLite, unnest arrays of 10,000 rows on PostgreSQL;
 * events in time order, as a live log writes them. Prints JSON lines: progress, then `{ "done": … }`.
 * Environment: DATA_DIR or DATABASE_URL, BENCH_PEOPLE, BENCH_EVENTS, BENCH_DAYS, BENCH_END_DAY.
 */
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { relaisMigrations } from '../shared/capabilities.js';
import { openStore } from '../shared/store/open-store.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 395);
const END_DAY = process.env.BENCH_END_DAY!;
/** rows a statement: SQLite's prepared multi-row insert; PostgreSQL's unnest arrays */
const SQLITE_ROWS = 200;
const PG_ROWS = 10_000;
/** rows a transaction */
const PER_TRANSACTION = 50_000;

// a small deterministic generator: the same data on both databases
let seed = 42;
const random = () => {
  seed = (seed * 1_664_525 + 1_013_904_223) % 4_294_967_296;
  return seed / 4_294_967_296;
};
const id = (n: number) => `p${String(n).padStart(7, '0')}`;
const endMs = Date.parse(`${END_DAY}T00:00:00.000Z`) + 86_400_000;
const startMs = endMs - DAYS * 86_400_000;

// the schema through the app's migrations, then the rows without Kysely (compiling a 1,000-row
// insert costs more than running it)
const store = await openStore({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR!,
  migrations: relaisMigrations,
});
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
type Row = Record<string, string | number | null>;
type Writer = (table: string, columns: string[], rows: Row[]) => Promise<void>;

const sqliteFile = process.env.DATABASE_URL ? undefined : `${process.env.DATA_DIR}/relais.db`;
const sqlite = sqliteFile ? new SqliteDatabase(sqliteFile) : undefined;
if (sqlite) {
  await store.close();
  sqlite.pragma('journal_mode = WAL');
  // a benchmark's throwaway file: a crash loses the seed, never a user's data
  sqlite.pragma('synchronous = OFF');
}

function sqliteWriter(database: SqliteDatabase.Database): Writer {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const statement = (table: string, columns: string[], n: number) => {
    const key = `${table}:${n}`;
    let s = statements.get(key);
    if (!s) {
      const one = `(${columns.map(() => '?').join(',')})`;
      s = database.prepare(
        `insert into ${table} (${columns.join(',')}) values ${Array(n).fill(one).join(',')}`,
      );
      statements.set(key, s);
    }
    return s;
  };
  const write = database.transaction((table: string, columns: string[], rows: Row[]) => {
    for (let i = 0; i < rows.length; i += SQLITE_ROWS) {
      const slice = rows.slice(i, i + SQLITE_ROWS);
      const values: (string | number | null)[] = [];
      for (const r of slice) for (const c of columns) values.push(r[c] ?? null);
      statement(table, columns, slice.length).run(values);
    }
  });
  return async (table, columns, rows) => write(table, columns, rows);
}

// PostgreSQL: one statement per 10,000 rows, a typed array per column (no COPY client installed)
const pgWriter: Writer = async (table, columns, rows) => {
  await store.db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += PG_ROWS) {
      const slice = rows.slice(i, i + PG_ROWS);
      const arrays = columns.map((c) => {
        const values = slice.map((r) => r[c] ?? null);
        const numeric = values.some((v) => typeof v === 'number');
        return sql`${values}::${sql.raw(numeric ? 'int8' : 'text')}[]`;
      });
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)})`.execute(
        tx,
      );
    }
  });
};
const write = sqlite ? sqliteWriter(sqlite) : pgWriter;

async function insertAll(table: string, rows: () => Generator<Row>): Promise<number> {
  let batch: Row[] = [];
  let count = 0;
  let columns: string[] | undefined;
  for (const row of rows()) {
    columns ??= Object.keys(row);
    batch.push(row);
    if (batch.length === PER_TRANSACTION) {
      await write(table, columns, batch);
      batch = [];
      count += PER_TRANSACTION;
      if (count % 1_000_000 === 0) print({ table, inserted: count });
    }
  }
  if (batch.length && columns) await write(table, columns, batch);
  return count + batch.length;
}

const now = new Date(endMs).toISOString();
const platformOf = (n: number) => (n % 4 === 3 ? 'slack' : 'teams');

await insertAll('people', function* () {
  for (let n = 0; n < PEOPLE; n++)
    yield {
      id: id(n),
      email: `${id(n)}@bench.test`,
      display_name: `Person ${n}`,
      department: `D${n % 200}`,
      site: `S${(n * 7) % 50}`,
      manager_id: null,
      start_date: null,
      locale: n % 2 ? 'fr' : 'en',
      time_zone: null,
      kind: n % 97 === 0 ? 'guest' : 'member',
      kind_source: null,
      search_text: `person ${n}`,
      active: 1,
      created_at: now,
      updated_at: now,
    };
});
await insertAll('identities', function* () {
  for (let n = 0; n < PEOPLE; n++) {
    const platform = platformOf(n);
    yield {
      person_id: id(n),
      platform,
      tenant_id: 'T',
      user_id: `u${n}`,
      aad_object_id: null,
      created_at: now,
    };
    // one in ten has both
    if (n % 10 === 0 && platform === 'teams')
      yield {
        person_id: id(n),
        platform: 'slack',
        tenant_id: 'T',
        user_id: `s${n}`,
        aad_object_id: null,
        created_at: now,
      };
  }
});
await insertAll('conversations', function* () {
  for (let n = 0; n < PEOPLE; n += 1)
    if (n % 5 !== 4)
      yield {
        platform: platformOf(n),
        tenant_id: 'T',
        conversation_id: `c${n}`,
        kind: 'personal',
        person_id: id(n),
        reference: '{}',
        updated_at: now,
      };
});
print({ seeded: 'people' });

// the mix of a live organisation; most events come from the most active people
const TYPES: [string, number][] = [
  ['news.read', 30],
  ['news.viewed', 8],
  ['card.action', 15],
  ['command.used', 8],
  ['home.opened', 8],
  ['insights.heartbeat', 12],
  ['poll.voted', 5],
  ['news.clicked', 4],
  ['news.reacted', 3],
  ['news.acknowledged', 3],
  ['survey.answered', 1],
  ['news.delivered', 2],
  ['ambassador.relayed', 0.5],
  ['ambassador.colleague_nudged', 0.3],
  ['ambassador.colleague_returned', 0.2],
];
const weights = TYPES.reduce((a, [, w]) => a + w, 0);
const pickType = () => {
  let r = random() * weights;
  for (const [type, w] of TYPES) {
    r -= w;
    if (r <= 0) return type;
  }
  return TYPES[0]![0];
};
// in time order, as an event log is written: a day's events are neighbours on disk
const events = await insertAll('events', function* () {
  for (let d = 0; d < DAYS; d++) {
    const n = Math.floor(((d + 1) * EVENTS) / DAYS) - Math.floor((d * EVENTS) / DAYS);
    const day: Row[] = [];
    for (let i = 0; i < n; i++) {
      // a skewed population: a third of the people make most of the events
      const person = random() < 0.7 ? Math.floor(random() * (PEOPLE / 3)) : Math.floor(random() * PEOPLE);
      const type = pickType();
      const at = new Date(startMs + d * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString();
      day.push({
        at,
        type,
        person_id: id(person),
        platform: type === 'insights.heartbeat' ? 'tab' : platformOf(person),
        subject_type: type.startsWith('news') ? 'news' : null,
        subject_id: type.startsWith('news') ? `n${Math.floor(random() * 26)}` : null,
        data: null,
      });
    }
    day.sort((a, b) => (String(a.at) < String(b.at) ? -1 : 1));
    yield* day;
  }
});
print({ seeded: 'events', events });

// 26 strategic items, one a fortnight, 10,000 people each: half read, a third acknowledge
await insertAll('news', function* () {
  for (let k = 0; k < 26; k++) {
    const at = new Date(startMs + k * 15 * 86_400_000).toISOString();
    yield {
      id: `n${k}`,
      status: 'published',
      variants: JSON.stringify({ fr: { title: `Article ${k}` }, en: { title: `Item ${k}` } }),
      audience: '{}',
      strategic: 1,
      author_name: 'Bench',
      published_at: at,
      created_at: at,
      updated_at: at,
    };
  }
});
// distinct people per item: (r * 10 + k % 10) never repeats for r below PEOPLE / 10
const RECIPIENTS = Math.min(10_000, Math.floor(PEOPLE / 10));
await insertAll('deliveries', function* () {
  for (let k = 0; k < 26; k++) {
    const sent = startMs + k * 15 * 86_400_000 + 3_600_000;
    for (let r = 0; r < RECIPIENTS; r++) {
      const n = r * 10 + (k % 10);
      yield {
        id: `d${k}-${n}`,
        subject_type: 'news',
        subject_id: `n${k}`,
        recipient_key: id(n),
        platform: platformOf(n),
        person_id: id(n),
        locale: 'fr',
        status: 'sent',
        sent_at: new Date(sent + r * 20).toISOString(),
        created_at: now,
        updated_at: now,
      };
    }
  }
});
await insertAll('news_signals', function* () {
  for (let k = 0; k < 26; k++) {
    const sent = startMs + k * 15 * 86_400_000 + 3_600_000;
    for (let r = 0; r < RECIPIENTS; r += 2) {
      const n = r * 10 + (k % 10);
      const at = new Date(sent + r * 20 + Math.floor(random() * 3 * 86_400_000)).toISOString();
      yield { news_id: `n${k}`, person_id: id(n), kind: 'read', platform: platformOf(n), at };
      if (r % 3 === 0)
        yield { news_id: `n${k}`, person_id: id(n), kind: 'acknowledged', platform: platformOf(n), at };
    }
  }
});
await insertAll('tours', function* () {
  yield {
    id: 'welcome',
    name: 'Welcome',
    status: 'active',
    audience: '{}',
    triggers: '[]',
    steps: JSON.stringify([{ key: 'hello' }, { key: 'profile' }, { key: 'news' }, { key: 'done' }]),
    created_at: now,
    updated_at: now,
  };
});
await insertAll('journeys', function* () {
  for (let j = 0; j < Math.min(20_000, PEOPLE); j++) {
    const started = startMs + Math.floor(random() * (endMs - startMs));
    const done = random() < 0.6;
    yield {
      id: `j${j}`,
      tour_id: 'welcome',
      person_id: id(j * 5),
      status: done ? 'completed' : 'active',
      trigger: '{}',
      steps: '[]',
      tour_version: 1,
      revision: 1,
      start_date: null,
      started_at: new Date(started).toISOString(),
      current_step: done ? 4 : Math.floor(random() * 4),
      completed_at: done ? new Date(started + Math.floor(random() * 20 * 86_400_000)).toISOString() : null,
      stopped_at: null,
      updated_at: now,
    };
  }
});
print({ done: true, events });
if (sqlite) sqlite.close();
else await store.close();
