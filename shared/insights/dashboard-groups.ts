/**
 * The extranet groups' table: per group, its members and guests at the period's last day, and the
 * period's invitations sent, invitations accepted and charters accepted. Admins see every group,
 * a communicator the groups they manage or write to. A group smaller than the smallest group
 * shown keeps its name, not its figures. The department, site, kind and platform filters do not
 * apply: a group is a segment of its own.
 */
import { sql } from 'kysely';
import type { AuthorScope } from '../audiences/author-scope.js';
import type { InsightsDb } from './insights-tables.js';

export interface GroupFigures {
  groupId: string;
  name: string;
  hidden: boolean;
  members: number | null;
  guests: number | null;
  invited: number | null;
  invitationsAccepted: number | null;
  chartersAccepted: number | null;
}

export async function groupFigures(
  db: InsightsDb,
  scope: AuthorScope,
  range: { from: string; lastDay: string },
  minGroup: number,
  locale: 'fr' | 'en',
): Promise<GroupFigures[]> {
  if (!scope.all && scope.groups.size === 0) return [];
  let query = db
    .selectFrom('insights_groups as r')
    .innerJoin('groups as g', 'g.id', 'r.group_id')
    .select([
      'r.group_id',
      'g.name_fr',
      'g.name_en',
      sql<number>`sum(case when r.day = ${range.lastDay} then r.members else 0 end)`.as('members'),
      sql<number>`sum(case when r.day = ${range.lastDay} then r.guests else 0 end)`.as('guests'),
      sql<number>`sum(r.invited)`.as('invited'),
      sql<number>`sum(r.invitations_accepted)`.as('invitations_accepted'),
      sql<number>`sum(r.charters_accepted)`.as('charters_accepted'),
    ])
    .where('r.day', '>=', range.from)
    .where('r.day', '<=', range.lastDay)
    .groupBy(['r.group_id', 'g.name_fr', 'g.name_en']);
  if (!scope.all) query = query.where('r.group_id', 'in', [...scope.groups]);
  const rows = await query.execute();
  return rows
    .map((r): GroupFigures => {
      const hidden = Number(r.members) < minGroup;
      const figure = (v: unknown) => (hidden ? null : Number(v));
      return {
        groupId: r.group_id,
        name: (locale === 'fr' ? (r.name_fr ?? r.name_en) : (r.name_en ?? r.name_fr)) ?? '',
        hidden,
        members: figure(r.members),
        guests: figure(r.guests),
        invited: figure(r.invited),
        invitationsAccepted: figure(r.invitations_accepted),
        chartersAccepted: figure(r.charters_accepted),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
