/**
 * The extranet groups in the rollups, on SQLite and PostgreSQL, from the events the groups
 * capability writes (group.invited, group.joined, group.charter_accepted) and its member lists:
 * invitations accepted, charters accepted and active guests in the headline (in the segment of
 * who acted), and the groups' own table, a small group named without figures, a communicator
 * seeing only the groups they manage.
 */
import assert from 'node:assert/strict';
import type { AuthorScope } from '../../../shared/audiences/author-scope.js';
import { groupDb } from '../../../shared/groups/group-tables.js';
import { dashboard } from '../../../shared/insights/dashboard.js';
import type { InsightsFilter } from '../../../shared/insights/insights-filter.js';
import { type InsightsDb, insightsDb } from '../../../shared/insights/insights-tables.js';
import { rollupDay } from '../../../shared/insights/rollup.js';
import type { Store } from '../../../shared/store/store.js';
import { describeEachStore } from '../../harness/databases.js';

const DAY = '2026-11-04';
const all: AuthorScope = { all: true };

describeEachStore('Insights group figures', (backend) => {
  let store: Store;
  let db: InsightsDb;

  before(async () => {
    store = await backend().openStore();
    db = insightsDb(store);
    const at = '2026-11-01T00:00:00.000Z';
    const person = (id: string, department: string, kind: 'member' | 'guest') => ({
      id,
      email: null,
      display_name: id,
      department,
      site: 'Lyon',
      manager_id: null,
      start_date: null,
      locale: null,
      time_zone: null,
      kind,
      kind_source: null,
      search_text: id,
      active: 1,
      created_at: at,
      updated_at: at,
    });
    await store.db
      .insertInto('people')
      .values([
        ...['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => person(id, 'Ops', 'member')),
        ...['g1', 'g2', 'g3', 'g4', 'g5'].map((id) => person(id, 'Partners', 'guest')),
      ])
      .execute();
    const groups = groupDb(store);
    await groups
      .insertInto('groups')
      .values(
        [
          ['ga', 'Partenaires A', 'Partners A'],
          ['gb', 'Petit groupe', 'Small group'],
        ].map(([id, fr, en]) => ({
          id: id!,
          name_fr: fr!,
          name_en: en!,
          description_fr: null,
          description_en: null,
          kind: 'extranet',
          teams_tenant_id: null,
          teams_team_id: null,
          teams_channel_id: null,
          slack_team_id: null,
          slack_channel_id: null,
          created_by: null,
          created_at: at,
          archived_at: null,
        })),
      )
      .execute();
    const member = (group: string, personId: string) => ({
      group_id: group,
      person_id: personId,
      right: personId.startsWith('m') ? 'manager' : 'member',
      added_by: null,
      added_at: at,
      joined_at: at,
      expires_at: null,
      last_active_at: null,
      removed_at: null,
      removed_reason: null,
    });
    await groups
      .insertInto('group_members')
      .values([
        member('ga', 'm1'),
        ...['g1', 'g2', 'g3', 'g4', 'g5'].map((g) => member('ga', g)),
        member('gb', 'g1'),
        member('gb', 'g2'),
      ])
      .execute();
    // as shared/groups writes them: an invitation sent names no person yet
    const events: [string | null, string, string][] = [
      [null, 'group.invited', 'ga'],
      [null, 'group.invited', 'ga'],
      [null, 'group.invited', 'ga'],
      ['g1', 'group.joined', 'ga'],
      ['g2', 'group.joined', 'ga'],
      ['g1', 'group.charter_accepted', 'ga'],
      ['g1', 'command.used', 'help'],
      ['g2', 'command.used', 'help'],
      ['g3', 'home.opened', 'home'],
      ['m1', 'command.used', 'help'],
    ];
    await store.db
      .insertInto('events')
      .values(
        events.map(([personId, type, subject], i) => ({
          at: `${DAY}T10:0${i}:00.000Z`,
          type,
          person_id: personId,
          platform: 'teams',
          subject_type: type.startsWith('group.') ? 'group' : null,
          subject_id: subject,
          data: null,
        })),
      )
      .execute();
    await rollupDay(db, DAY, { retentionDays: 3650, now: new Date('2026-11-05T01:00:00.000Z') });
  });

  const ask = (filter: Partial<InsightsFilter> = {}, scope: AuthorScope = all) =>
    dashboard(db, { period: 'day', date: DAY, ...filter }, scope, { minGroupSize: 5, locale: 'fr' });
  const headline = async (filter: Partial<InsightsFilter> = {}) => {
    const h = Object.fromEntries((await ask(filter)).headline.map((x) => [x.key, x.value]));
    return {
      invitationsAccepted: h.invitationsAccepted,
      chartersAccepted: h.chartersAccepted,
      activeGuests: h.activeGuests,
    };
  };

  it('counts invitations accepted, charters accepted and active guests', async () => {
    assert.deepEqual(await headline(), { invitationsAccepted: 2, chartersAccepted: 1, activeGuests: 3 });
    // in the segment of who acted: the guests, not Ops
    assert.deepEqual(await headline({ department: 'Ops' }), {
      invitationsAccepted: 0,
      chartersAccepted: 0,
      activeGuests: null,
    });
    assert.deepEqual(await headline({ kind: 'guest' }), {
      invitationsAccepted: 2,
      chartersAccepted: 1,
      activeGuests: 3,
    });
  });

  it('gives each group its figures, a small group its name only, a communicator their groups', async () => {
    assert.deepEqual((await ask()).groups, [
      {
        groupId: 'ga',
        name: 'Partenaires A',
        hidden: false,
        members: 6,
        guests: 5,
        invited: 3,
        invitationsAccepted: 2,
        chartersAccepted: 1,
      },
      {
        groupId: 'gb',
        name: 'Petit groupe',
        hidden: true,
        members: null,
        guests: null,
        invited: null,
        invitationsAccepted: null,
        chartersAccepted: null,
      },
    ]);
    const manager: AuthorScope = {
      all: false,
      departments: new Set(['Ops']),
      sites: new Set(),
      groups: new Set(['ga']),
    };
    assert.deepEqual(
      (await ask({}, manager)).groups.map((g) => g.name),
      ['Partenaires A'],
    );
  });

  it('gives the same figures when the day is rolled up again', async () => {
    const before = await ask();
    await rollupDay(db, DAY, { retentionDays: 3650, fresh: true, now: new Date('2026-11-05T01:00:00.000Z') });
    assert.deepEqual(await ask(), before);
  });
});
