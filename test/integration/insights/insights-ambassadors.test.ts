/**
 * The ambassadors' figures in the rollups, on SQLite and PostgreSQL, from the events the
 * ambassadors capability writes: relays count in the ambassador's segment; colleagues helped ("I'll
 * help them" or a nudge, once a colleague a day) and colleagues who came back count in the
 * colleague's own segment.
 */
import assert from 'node:assert/strict';
import { dashboard } from '../../../shared/insights/dashboard.js';
import { type InsightsDb, insightsDb } from '../../../shared/insights/insights-tables.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import type { Store } from '../../../shared/store/store.js';
import { describeEachStore } from '../../harness/databases.js';

const DAY = '2026-11-04';

describeEachStore('Insights ambassador figures', (backend) => {
  let store: Store;
  let db: InsightsDb;

  before(async () => {
    store = await backend().openStore();
    db = insightsDb(store);
    const at = '2026-11-01T00:00:00.000Z';
    const person = (id: string, department: string) => ({
      id,
      email: null,
      display_name: id,
      department,
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
    });
    await store.db
      .insertInto('people')
      .values([
        ...['amb', 'o2', 'o3', 'o4', 'o5'].map((id) => person(id, 'Ops')),
        ...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => person(id, 'Sales')),
      ])
      .execute();
    // as shared/ambassadors writes them: the relay by the ambassador, the rest about the colleague
    const events: [string, string, string | null][] = [
      ['amb', 'ambassador.relayed', 'news-1'],
      ['amb', 'ambassador.relayed', 'news-2'],
      ['c1', 'ambassador.colleague_assigned', 'amb'],
      ['c1', 'ambassador.colleague_nudged', 'amb'],
      ['c2', 'ambassador.colleague_nudged', 'amb'],
      ['c1', 'ambassador.colleague_returned', 'amb'],
      // the ambassador's click on "I'll help them" is activity, not a colleague helped
      ['amb', 'card.action', 'ambassador.digest_help'],
    ];
    await store.db
      .insertInto('events')
      .values(
        events.map(([personId, type, subject], i) => ({
          at: `${DAY}T10:0${i}:00.000Z`,
          type,
          person_id: personId,
          platform: null,
          subject_type: type === 'card.action' ? 'action' : 'ambassador',
          subject_id: subject,
          data: null,
        })),
      )
      .execute();
    await rollupDay(db, DAY, { retentionDays: 3650, now: new Date('2026-11-05T01:00:00.000Z') });
  });

  const figures = async (department?: string) => {
    const d = await dashboard(
      db,
      { period: 'day', date: DAY, department },
      { all: true },
      {
        minGroupSize: 5,
        locale: 'en',
      },
    );
    const h = Object.fromEntries(d.headline.map((x) => [x.key, x.value]));
    return { relays: h.relays, helped: h.helped, returned: h.returned };
  };

  it('counts relays, colleagues helped once a day each, and colleagues who came back', async () => {
    assert.deepEqual(await figures(), { relays: 2, helped: 2, returned: 1 });
  });

  it('puts relays in the ambassador’s department and help in the colleague’s', async () => {
    assert.deepEqual(await figures('Ops'), { relays: 2, helped: 0, returned: 0 });
    assert.deepEqual(await figures('Sales'), { relays: 0, helped: 2, returned: 1 });
  });
});
