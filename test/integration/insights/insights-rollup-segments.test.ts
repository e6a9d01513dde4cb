/**
 * The rollup groups people by segment in SQL: each person's day lands in their own cell, on the
 * platform the event came from even without an account there, an inactive person counts
 * nowhere, an unknown department or site is '' and a colleague an ambassador helped and nudged
 * the same day counts once, in the colleague's cell. SQLite and PostgreSQL. Cells are not pooled
 * here (a minimum group size of 0): pooling has its own tests.
 */
import assert from 'node:assert/strict';
import { type InsightsDb, insightsDb } from '../../../shared/insights/insights-tables.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import type { Store } from '../../../shared/store/store.js';
import { describeEachStore } from '../../harness/databases.js';

const DAY = '2026-11-30';

describeEachStore('Insights rollup by segment', (backend) => {
  let store: Store;
  let db: InsightsDb;

  before(async () => {
    store = await backend().openStore();
    db = insightsDb(store);
    const at = '2026-11-01T00:00:00.000Z';
    const person = (id: string, department: string | null, active: number) => ({
      id,
      email: null,
      display_name: id,
      department,
      site: department ? 'Lyon' : null,
      manager_id: null,
      start_date: null,
      locale: null,
      time_zone: null,
      kind: 'member' as const,
      kind_source: null,
      search_text: id,
      active,
      created_at: at,
      updated_at: at,
    });
    await store.db
      .insertInto('people')
      .values([person('a1', 'Ops', 1), person('a2', null, 1), person('a3', 'Ops', 0)])
      .execute();
    await store.db
      .insertInto('identities')
      .values({
        person_id: 'a1',
        platform: 'teams',
        tenant_id: 'T',
        user_id: 'u1',
        aad_object_id: null,
        created_at: at,
      })
      .execute();
    const event = (person_id: string, type: string, platform: string, subject_id: string | null = null) => ({
      at: `${DAY}T10:00:00.000Z`,
      type,
      person_id,
      platform,
      subject_type: null,
      subject_id,
      data: null,
    });
    await store.db
      .insertInto('events')
      .values([
        event('a1', 'news.read', 'teams'),
        event('a1', 'card.action', 'slack'),
        event('a1', 'ambassador.colleague_assigned', 'slack'),
        event('a1', 'ambassador.colleague_nudged', 'slack'),
        event('a2', 'home.opened', 'teams'),
        event('a3', 'command.used', 'teams'),
      ])
      .execute();
    await rollupDay(db, DAY, {
      retentionDays: 3650,
      minGroupSize: 0,
      now: new Date('2026-12-01T01:00:00.000Z'),
    });
  });

  after(async () => {
    await store.close();
  });

  const cell = async (table: 'insights_cells' | 'insights_totals', platform: string, department: string) =>
    db
      .selectFrom(table)
      .select(['people', 'reachable', 'active', 'reads', 'helped', 'commands'])
      .where('day', '=', DAY)
      .where('platform', '=', platform)
      .where('department', '=', department)
      .where('kind', '=', table === 'insights_totals' ? '*' : 'member')
      .executeTakeFirst()
      .then((r) => r && Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));

  it('counts each active person in their own cell, on the platform each event came from', async () => {
    assert.deepEqual(await cell('insights_cells', '*', 'Ops'), {
      people: 1,
      reachable: 1,
      active: 1,
      reads: 1,
      helped: 1,
      commands: 0,
    });
    // no Slack account, a Slack click: in the Slack cell, with no one counted there
    assert.deepEqual(await cell('insights_cells', 'slack', 'Ops'), {
      people: 0,
      reachable: 0,
      active: 1,
      reads: 0,
      helped: 1,
      commands: 0,
    });
    assert.deepEqual(await cell('insights_cells', '*', ''), {
      people: 1,
      reachable: 0,
      active: 1,
      reads: 0,
      helped: 0,
      commands: 0,
    });
    // the inactive person's command counts nowhere
    assert.deepEqual(await cell('insights_totals', '*', '*'), {
      people: 2,
      reachable: 1,
      active: 2,
      reads: 1,
      helped: 1,
      commands: 0,
    });
  });
});
