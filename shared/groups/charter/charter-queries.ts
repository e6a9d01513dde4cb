/**
 * The charter questions every path asks: which of a person's groups wait for their acceptance of
 * the current charter (a guest, still in the group, of a group not archived whose latest charter
 * version they have not accepted), and each member's charter status for the managers.
 */
import { sql } from 'kysely';
import type { GuestDb } from '../reviews/review-tables.js';

/** what a held copy waits for (the hold's code): the delivery machinery keeps it queued */
export const CHARTER_HOLD = 'charter_pending';

export interface PendingCharter {
  groupId: string;
  version: number;
  hash: string;
  textFr: string | null;
  textEn: string | null;
  nameFr: string | null;
  nameEn: string | null;
  deadlineDays: number;
  /** when the deadline counts from: the later of joining (or being added) and this version */
  since: string;
}

/** the latest charter of each group, as a derived table */
const latestCharters = (db: GuestDb) =>
  db
    .selectFrom('group_charters')
    .select(['group_id', sql<number>`max(version)`.as('version')])
    .groupBy('group_id')
    .as('latest');

/** One indexed read per call (group_members by person): what the gate asks on every path. */
export async function pendingCharters(db: GuestDb, personId: string): Promise<PendingCharter[]> {
  const rows = await db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('groups as g', 'g.id', 'm.group_id')
    .innerJoin(latestCharters(db), 'latest.group_id', 'm.group_id')
    .innerJoin('group_charters as c', (join) =>
      join.onRef('c.group_id', '=', 'm.group_id').onRef('c.version', '=', 'latest.version'),
    )
    .leftJoin('group_charter_acceptances as a', (join) =>
      join
        .onRef('a.group_id', '=', 'm.group_id')
        .onRef('a.person_id', '=', 'm.person_id')
        .onRef('a.version', '=', 'c.version'),
    )
    .where('m.person_id', '=', personId)
    .where('m.removed_at', 'is', null)
    .where('p.kind', '=', 'guest')
    .where('g.archived_at', 'is', null)
    .where('a.person_id', 'is', null)
    .select([
      'm.group_id as groupId',
      'c.version as version',
      'c.hash as hash',
      'c.text_fr as textFr',
      'c.text_en as textEn',
      'c.created_at as charterAt',
      'g.name_fr as nameFr',
      'g.name_en as nameEn',
      'g.charter_deadline_days as deadlineDays',
      'm.joined_at as joinedAt',
      'm.added_at as addedAt',
    ])
    .orderBy('m.group_id')
    .execute();
  return rows.map((r) => {
    const joined = r.joinedAt ?? r.addedAt;
    return {
      groupId: r.groupId,
      version: Number(r.version),
      hash: r.hash,
      textFr: r.textFr,
      textEn: r.textEn,
      nameFr: r.nameFr,
      nameEn: r.nameEn,
      deadlineDays: Number(r.deadlineDays),
      since: new Date(Math.max(Date.parse(joined), Date.parse(r.charterAt))).toISOString(),
    };
  });
}

export interface MemberCharterStatus {
  personId: string;
  displayName: string;
  kind: 'member' | 'guest';
  /** the latest version this member accepted, null when none */
  acceptedVersion: number | null;
  /** a guest who has not accepted the current version */
  pending: boolean;
}

/** Every current member's charter status: what a manager's "charter pending" reads. */
export async function charterStatusOf(
  db: GuestDb,
  groupId: string,
): Promise<{
  currentVersion: number | null;
  members: MemberCharterStatus[];
}> {
  const current = await db
    .selectFrom('group_charters')
    .select(sql<number>`max(version)`.as('version'))
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  const currentVersion = current?.version == null ? null : Number(current.version);
  const rows = await db
    .selectFrom('group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin(
      db
        .selectFrom('group_charter_acceptances')
        .select(['person_id', sql<number>`max(version)`.as('version')])
        .where('group_id', '=', groupId)
        .groupBy('person_id')
        .as('a'),
      'a.person_id',
      'm.person_id',
    )
    .where('m.group_id', '=', groupId)
    .where('m.removed_at', 'is', null)
    .select([
      'm.person_id as personId',
      'p.display_name as displayName',
      'p.kind as kind',
      'a.version as accepted',
    ])
    .orderBy('p.display_name')
    .execute();
  return {
    currentVersion,
    members: rows.map((r) => {
      const acceptedVersion = r.accepted == null ? null : Number(r.accepted);
      return {
        personId: r.personId,
        displayName: r.displayName,
        kind: r.kind,
        acceptedVersion,
        pending: r.kind === 'guest' && currentVersion !== null && acceptedVersion !== currentVersion,
      };
    }),
  };
}
