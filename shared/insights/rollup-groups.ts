/**
 * The rollup's groups phase, for one day: invitations accepted and charters accepted onto the
 * day's cells (the segment of the person who joined or accepted), and each group's own figures
 * (members and guests as the day is rolled up, the day's invitations sent and accepted, charters
 * accepted) into `insights_groups`. It replaces what an earlier run of the day wrote.
 */
import { sql } from 'kysely';
import { addDays, startOfDay } from './insights-day.js';
import type { GroupCellCounter, GroupDayRow, InsightsDb } from './insights-tables.js';
import { cellKeyOf, platformBit, segmentColumns } from './segments.js';

const TYPES: Record<string, GroupCellCounter | 'invited'> = {
  'group.invited': 'invited',
  'group.joined': 'invitations_accepted',
  'group.charter_accepted': 'charters_accepted',
};

export async function rollupGroups(db: InsightsDb, day: string): Promise<void> {
  // the segment of the person who acted (p.id null: none, or gone from the directory)
  const { rows: events } = await sql<{
    person_id: string | null;
    platform: string | null;
    type: string;
    subject_id: string | null;
    n: number | string;
    known: string | null;
    department: string;
    site: string;
    kind: string;
  }>`select e.person_id, e.platform, e.type, e.subject_id, count(*) as n, p.id as known, ${segmentColumns}
    from events e left join people p on p.id = e.person_id and p.active = 1
    where e.at >= ${startOfDay(day).toISOString()} and e.at < ${startOfDay(addDays(day, 1)).toISOString()}
      and e.type in (${sql.join(Object.keys(TYPES))})
    group by e.person_id, e.platform, e.type, e.subject_id, p.id, p.department, p.site, p.kind`.execute(db);

  const groups = new Map<string, GroupDayRow>();
  const groupRow = (groupId: string) => {
    let row = groups.get(groupId);
    if (!row) {
      row = {
        day,
        group_id: groupId,
        members: 0,
        guests: 0,
        invited: 0,
        invitations_accepted: 0,
        charters_accepted: 0,
      };
      groups.set(groupId, row);
    }
    return row;
  };
  // per cell and platform ('*' and the event's): the two counters
  const cells = new Map<string, Record<GroupCellCounter, number>>();
  for (const e of events) {
    const counter = TYPES[e.type]!;
    const n = Number(e.n);
    if (e.subject_id) groupRow(e.subject_id)[counter] += n;
    if (counter === 'invited' || !e.person_id || !e.known) continue;
    const cell = cellKeyOf(e);
    for (const platform of ['*', e.platform]) {
      if (platform !== '*' && !platformBit(platform)) continue;
      const key = `${platform}\u0000${cell.department}\u0000${cell.site}\u0000${cell.kind}`;
      const c = cells.get(key) ?? { invitations_accepted: 0, charters_accepted: 0 };
      c[counter] += n;
      cells.set(key, c);
    }
  }

  const members = await db
    .selectFrom('group_members as m')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'm.group_id',
      (eb) => eb.fn.countAll<number | string>().as('members'),
      sql<number | string>`sum(case when p.kind = 'guest' then 1 else 0 end)`.as('guests'),
    ])
    .where('m.removed_at', 'is', null)
    .where('g.archived_at', 'is', null)
    .where('p.active', '=', 1)
    .groupBy('m.group_id')
    .execute();
  for (const m of members) {
    const row = groupRow(m.group_id);
    row.members = Number(m.members);
    row.guests = Number(m.guests);
  }

  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('insights_cells')
      .set({ invitations_accepted: 0, charters_accepted: 0 })
      .where('day', '=', day)
      .execute();
    for (const [key, c] of cells) {
      const [platform, department, site, kind] = key.split('\u0000') as [string, string, string, string];
      const cell = { department, site, kind };
      await tx
        .updateTable('insights_cells')
        .set(c)
        .where('day', '=', day)
        .where('platform', '=', platform!)
        .where('department', '=', cell.department)
        .where('site', '=', cell.site)
        .where('kind', '=', cell.kind)
        .execute();
    }
    await tx.deleteFrom('insights_groups').where('day', '=', day).execute();
    const rows = [...groups.values()];
    for (let i = 0; i < rows.length; i += 400)
      await tx
        .insertInto('insights_groups')
        .values(rows.slice(i, i + 400))
        .execute();
  });
}
