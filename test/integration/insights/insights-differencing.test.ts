/**
 * Privacy by differencing, on SQLite and PostgreSQL: no group under INSIGHTS_MIN_GROUP_SIZE can
 * be recovered by adding and subtracting figures the dashboard shows, across segments, scopes and
 * two periods. The crafted population has small cells that plain hiding gives away (Lyon minus
 * Ops-at-Lyon is the two Sales people at Lyon; the total minus the shown departments is the small
 * rest), and a cell that drops under the minimum on the second day.
 *
 * How the test sees what a figure covers: each cell and day gets 2^bit commands, so the
 * `commands` figure of any answer spells, in binary, exactly which cells and days it sums. The
 * test asks every question the API allows, then checks with linear algebra that no set of cells
 * and days about fewer than 5 people lies in the span of what was shown.
 *
 * The same checks hold for days rolled up under a smaller size (2, or before pooling existed) and
 * then pooled again by the one-off re-pooling job (repool-job.ts): without it those old days give
 * the small groups back.
 */
import assert from 'node:assert/strict';
import type { AuthorScope } from '../../../shared/audiences/author-scope.js';
import { type Dashboard, dashboard } from '../../../shared/insights/dashboard.js';
import type { InsightsFilter } from '../../../shared/insights/insights-filter.js';
import { type InsightsDb, insightsDb } from '../../../shared/insights/insights-tables.js';
import {
  planRepoolAtStart,
  REPOOL_QUEUE,
  repoolJobId,
  repoolRolledDays,
} from '../../../shared/insights/repool-job.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import { TableJobQueue } from '../../../shared/jobs/table-queue.js';
import { createLogger } from '../../../shared/logging/logger.js';
import type { Store } from '../../../shared/store/store.js';
import { describeEachStore } from '../../harness/databases.js';

const MIN = 5;
const DAYS = ['2026-11-03', '2026-11-04'] as const;
// department, site, kind, people (the last cell loses a person before the second day)
const CELLS = [
  ['Ops', 'Lyon', 'member', 6],
  ['Sales', 'Lyon', 'member', 2],
  ['Sales', 'Paris', 'member', 5],
  ['Ops', 'Paris', 'member', 5],
  ['Sales', 'Paris', 'guest', 1],
] as const;
const LEAVER = 'c3-4';
const VARS = CELLS.length * DAYS.length;
const bitOf = (cell: number, day: number) => day * CELLS.length + cell;
const peopleOn = (cell: number, day: number) => CELLS[cell]![3] - (cell === 3 && day === 1 ? 1 : 0);

/** the cells and days a figure sums, from its commands written in binary */
const coverage = (commands: number): number[] =>
  Array.from({ length: VARS }, (_, b) => (Math.floor(commands / 2 ** b) % 2 === 1 ? 1 : 0));

/** rank of integer vectors (Gaussian elimination over the rationals, exact enough for 0/±1 rows) */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  for (let col = 0; col < VARS && r < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[col]!) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![col]! / m[r]![col]!;
      if (f !== 0) m[i] = m[i]!.map((v, j) => v - f * m[r]![j]!);
    }
    r++;
  }
  return r;
}

/** how the days were pooled: by their own rollup, or rolled under a smaller size and re-pooled */
const HISTORIES = ['rolled at the minimum', 'rolled at 2 (one before sizes were recorded), then re-pooled'];

for (const history of HISTORIES)
  describeEachStore(`Insights privacy by differencing (${history})`, (backend) => {
    const repooled = history !== HISTORIES[0];
    let store: Store;
    let db: InsightsDb;

    before(async () => {
      store = await backend().openStore();
      db = insightsDb(store);
      const at = '2026-11-01T00:00:00.000Z';
      const people = CELLS.flatMap(([department, site, kind, n], c) =>
        Array.from({ length: n }, (_, i) => ({
          id: `c${c}-${i}`,
          email: null,
          display_name: `c${c}-${i}`,
          department,
          site,
          manager_id: null,
          start_date: null,
          locale: null,
          time_zone: null,
          kind,
          kind_source: null,
          search_text: `c${c}-${i}`,
          active: 1,
          created_at: at,
          updated_at: at,
        })),
      );
      await store.db.insertInto('people').values(people).execute();
      const events = [];
      for (let d = 0; d < DAYS.length; d++) {
        for (let c = 0; c < CELLS.length; c++) {
          const n = 2 ** bitOf(c, d);
          for (let i = 0; i < n; i++) {
            events.push({
              at: `${DAYS[d]}T10:00:00.000Z`,
              type: 'command.used',
              // spread over the cell's people still there that day
              person_id: `c${c}-${i % peopleOn(c, d)}`,
              platform: 'tab',
              subject_type: null,
              subject_id: null,
              data: null,
            });
          }
        }
      }
      for (let i = 0; i < events.length; i += 200)
        await store.db
          .insertInto('events')
          .values(events.slice(i, i + 200))
          .execute();
      const now = new Date('2026-11-05T01:00:00.000Z');
      const size = repooled ? 2 : MIN;
      await rollupDay(db, DAYS[0], { retentionDays: 3650, minGroupSize: size, now });
      await store.db.updateTable('people').set({ active: 0 }).where('id', '=', LEAVER).execute();
      await rollupDay(db, DAYS[1], { retentionDays: 3650, minGroupSize: size, now });
      if (repooled) {
        // a day rolled up before migration 037 recorded no size
        await db.updateTable('insights_runs').set({ pooled_at: null }).where('day', '=', DAYS[0]).execute();
        // their raw events are gone (retention): the job works from the rolled rows alone
        await db.deleteFrom('events').execute();
        const jobs = new TableJobQueue(store, { logger: createLogger('silent') });
        const settings = { minGroupSize: MIN };
        assert.equal(await planRepoolAtStart({ db, jobs, settings }), true);
        assert.ok(await jobs.getState(REPOOL_QUEUE, repoolJobId(MIN)));
        assert.equal(await repoolRolledDays(db, MIN), 2);
        assert.equal(await planRepoolAtStart({ db, jobs, settings }), false);
      }
    });

    if (repooled)
      it('records the size each day was pooled at, and a second run (or a smaller size) changes nothing', async () => {
        const sizes = await db
          .selectFrom('insights_runs')
          .select(['day', 'pooled_at'])
          .orderBy('day')
          .execute();
        assert.deepEqual(
          sizes.map((r) => [r.day, r.pooled_at]),
          DAYS.map((d) => [d, MIN]),
        );
        const before = await db
          .selectFrom('insights_cells')
          .selectAll()
          .orderBy('day')
          .orderBy('platform')
          .orderBy('department')
          .orderBy('site')
          .orderBy('kind')
          .execute();
        assert.equal(await repoolRolledDays(db, MIN), 0);
        assert.equal(await repoolRolledDays(db, 3), 0);
        const after = await db
          .selectFrom('insights_cells')
          .selectAll()
          .orderBy('day')
          .orderBy('platform')
          .orderBy('department')
          .orderBy('site')
          .orderBy('kind')
          .execute();
        assert.deepEqual(after, before);
        // and every cell kept is of at least the size: the pooled "other" too
        assert.ok(
          before.every((c) => Number(c.people) >= MIN),
          JSON.stringify(before.filter((c) => Number(c.people) < MIN)),
        );
      });

    const headline = (d: Dashboard, key: string) => d.headline.find((h) => h.key === key)?.value ?? null;

    /** every question the API allows on this population, and what each shown figure covers */
    async function shownCoverage(): Promise<number[][]> {
      const shown: number[][] = [];
      const scopes: AuthorScope[] = [
        { all: true },
        { all: false, departments: new Set(['Sales']), sites: new Set(), groups: new Set() },
        { all: false, departments: new Set(), sites: new Set(['Lyon']), groups: new Set() },
      ];
      const periods: Pick<InsightsFilter, 'period' | 'date'>[] = [
        { period: 'day', date: DAYS[0] },
        { period: 'day', date: DAYS[1] },
        { period: 'week', date: DAYS[1] },
      ];
      const values = <T>(...v: T[]) => [undefined, ...v];
      for (const scope of scopes)
        for (const p of periods)
          for (const department of values('Ops', 'Sales', '__other__'))
            for (const site of values('Lyon', 'Paris', '__other__'))
              for (const kind of values<'member' | 'guest'>('member', 'guest'))
                for (const platform of values<'tab'>('tab')) {
                  const filter: InsightsFilter = { ...p, department, site, kind, platform };
                  const d = await dashboard(db, filter, scope, { minGroupSize: MIN, locale: 'en' });
                  if (d.hidden || d.headline.length === 0) continue;
                  const commands = headline(d, 'commands')!;
                  shown.push(coverage(commands));
                  // a bar says no more than the question narrowed to it, and "other" is the rest
                  for (const dimension of ['departments', 'sites'] as const) {
                    let people = 0;
                    let active = 0;
                    for (const bar of d[dimension]) {
                      if (bar.name === '__other__') continue;
                      const key = dimension === 'departments' ? 'department' : 'site';
                      const narrowed = await dashboard(db, { ...filter, [key]: bar.name }, scope, {
                        minGroupSize: MIN,
                        locale: 'en',
                      });
                      assert.equal(narrowed.hidden, false, `${bar.name} shown as a bar but hidden alone`);
                      assert.deepEqual(
                        [bar.people, bar.active],
                        [headline(narrowed, 'people'), headline(narrowed, 'active')],
                      );
                      people += bar.people!;
                      active += bar.active!;
                    }
                    const other = d[dimension].find((b) => b.name === '__other__');
                    if (other?.people != null)
                      assert.deepEqual(
                        [other.people, other.active],
                        [headline(d, 'people')! - people, headline(d, 'active')! - active],
                      );
                  }
                }
      return shown;
    }

    it('pools small cells so that no sum or difference of shown figures isolates fewer than 5 people', async () => {
      const shown = await shownCoverage();
      assert.ok(shown.length > 20, 'the dashboard still answers most questions');
      const base = rank(shown);
      const leaks: string[] = [];
      for (let set = 1; set < 2 ** VARS; set++) {
        const vector = Array.from({ length: VARS }, (_, b) => (set >> b) & 1);
        // the people of a set of cells and days: each cell's largest day (the same people)
        let people = 0;
        for (let c = 0; c < CELLS.length; c++) {
          const days = DAYS.map((_, d) => (vector[bitOf(c, d)] ? peopleOn(c, d) : 0));
          people += Math.max(...days);
        }
        if (people >= MIN) continue;
        if (rank([...shown, vector]) === base)
          leaks.push(
            vector
              .map((v, b) => (v ? `c${b % CELLS.length}@${DAYS[Math.floor(b / CELLS.length)]}` : ''))
              .filter(Boolean)
              .join('+'),
          );
      }
      assert.deepEqual(leaks, [], 'groups under 5 people recoverable from shown figures');
    });

    it('still shows the large cells and the total exactly', async () => {
      const total = await dashboard(
        db,
        { period: 'day', date: DAYS[0] },
        { all: true },
        {
          minGroupSize: MIN,
          locale: 'en',
        },
      );
      assert.equal(headline(total, 'people'), 19);
      assert.equal(headline(total, 'commands'), 2 ** 5 - 1);
      const lyon = await dashboard(
        db,
        { period: 'day', date: DAYS[0], site: 'Lyon' },
        { all: true },
        {
          minGroupSize: MIN,
          locale: 'en',
        },
      );
      // Ops at Lyon only: the two Sales people at Lyon are in "other", not in Lyon
      assert.deepEqual([headline(lyon, 'people'), headline(lyon, 'commands')], [6, 1]);
      const small = await dashboard(
        db,
        { period: 'day', date: DAYS[0], department: 'Sales', site: 'Lyon' },
        { all: true },
        { minGroupSize: MIN, locale: 'en' },
      );
      assert.equal(small.hidden, true);
    });
  });
