/**
 * The daily rollup on its own, on SQLite and PostgreSQL, with days chosen by the test (no clock):
 * weekly and monthly actives are distinct people across days and across a month's end, not sums
 * of daily counts; a rerun of a day after its events changed replaces its rows exactly; the
 * retention deletes raw events older than INSIGHTS_RETENTION_DAYS, never those of a day not yet
 * rolled up, and the figures stay.
 */
import assert from 'node:assert/strict';
import { daySeries } from '../../../shared/insights/dashboard-series.js';
import { type InsightsDb, insightsDb } from '../../../shared/insights/insights-tables.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import type { Store } from '../../../shared/store/store.js';
import { describeEachStore } from '../../harness/databases.js';

const all = { all: true } as const;

describeEachStore('Insights rollup', (backend) => {
  let store: Store;
  let db: InsightsDb;

  before(async () => {
    store = await backend().openStore();
    db = insightsDb(store);
    const at = '2026-11-01T00:00:00.000Z';
    await store.db
      .insertInto('people')
      .values(
        ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((id) => ({
          id,
          email: null,
          display_name: id,
          department: 'Ops',
          site: 'Lyon',
          manager_id: null,
          start_date: null,
          locale: null,
          time_zone: null,
          kind: 'member' as const,
          kind_source: null,
          search_text: id,
          active: 1,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    // Sunday 29 Nov, Monday 30 Nov, Tuesday 1 Dec: the week of the 30th runs into December
    const events: [string, string, string][] = [
      ['2026-11-29T10:00:00.000Z', 'p1', 'command.used'],
      ['2026-11-30T10:00:00.000Z', 'p1', 'command.used'],
      ['2026-11-30T11:00:00.000Z', 'p2', 'poll.voted'],
      ['2026-11-30T12:00:00.000Z', 'p2', 'poll.voted'],
      ['2026-12-01T09:00:00.000Z', 'p2', 'news.read'],
      ['2026-12-01T09:30:00.000Z', 'p3', 'home.opened'],
      // not activity: an install, and a delivery event
      ['2026-12-01T10:00:00.000Z', 'p4', 'app.installed'],
      ['2026-12-01T10:00:00.000Z', 'p5', 'news.delivered'],
    ];
    await store.db
      .insertInto('events')
      .values(
        events.map(([at, person, type]) => ({
          at,
          type,
          person_id: person,
          platform: 'teams',
          subject_type: null,
          subject_id: null,
          data: null,
        })),
      )
      .execute();
    for (const day of ['2026-11-29', '2026-11-30', '2026-12-01'])
      await rollupDay(db, day, { retentionDays: 3650, now: new Date('2026-12-02T01:00:00.000Z') });
  });

  const series = async () =>
    Object.fromEntries(
      (await daySeries(db, { period: 'week' }, all, '2026-11-29', '2026-12-01')).map((d) => [
        d.day,
        { active: d.active, week: d.active_week, month: d.active_month, votes: d.votes, people: d.people },
      ]),
    );

  it('counts daily, week-to-date and month-to-date actives as distinct people, across a month’s end', async () => {
    assert.deepEqual(await series(), {
      '2026-11-29': { active: 1, week: 1, month: 1, votes: 0, people: 6 },
      '2026-11-30': { active: 2, week: 2, month: 2, votes: 2, people: 6 },
      // week of Monday 30 Nov: p1 and p2 on the 30th, p2 and p3 on the 1st: three people, not four
      '2026-12-01': { active: 2, week: 3, month: 2, votes: 0, people: 6 },
    });
  });

  it('replaces a day exactly when it is rolled up again after its events changed', async () => {
    await store.db
      .deleteFrom('events')
      .where('person_id', '=', 'p2')
      .where('at', '<', '2026-12-01')
      .execute();
    await rollupDay(db, '2026-11-30', {
      retentionDays: 3650,
      fresh: true,
      now: new Date('2026-12-02T01:00:00.000Z'),
    });
    await rollupDay(db, '2026-12-01', {
      retentionDays: 3650,
      fresh: true,
      now: new Date('2026-12-02T01:00:00.000Z'),
    });
    const after = await series();
    assert.deepEqual(after['2026-11-30'], { active: 1, week: 1, month: 1, votes: 0, people: 6 });
    assert.deepEqual(after['2026-12-01'], { active: 2, week: 3, month: 2, votes: 0, people: 6 });
  });

  it('deletes raw events past the retention once rolled up, never a day not rolled up, and keeps the figures', async () => {
    const count = async () =>
      Number(
        (
          await store.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    // retention of 30 days seen from 31 December: the 29th and 30th of November go, the 1st of
    // December was rolled up but is not old enough
    await rollupDay(db, '2026-11-30', {
      retentionDays: 30,
      fresh: true,
      now: new Date('2026-12-31T01:00:00.000Z'),
    });
    assert.equal(await count(), before - 2, 'p1’s two commands of 29 and 30 November');
    assert.deepEqual((await series())['2026-11-29'], { active: 1, week: 1, month: 1, votes: 0, people: 6 });
    // seen from far later, the cut-off stops at the day rolled up (here 29 November)
    await rollupDay(db, '2026-11-29', {
      retentionDays: 30,
      fresh: true,
      now: new Date('2027-06-01T01:00:00.000Z'),
    });
    assert.equal(await count(), before - 2, 'December’s events wait for their own rollup');
  });
});
