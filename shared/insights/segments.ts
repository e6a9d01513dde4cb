/**
 * The segment of each person as the rollup sees it today: department, site, kind, the chat
 * platforms they have an account on, whether Relais can reach them and whether the app is
 * installed for them (a personal conversation saved). A person's segment is the one they have
 * when the day is rolled up (a move between departments moves their later days, not the past).
 *
 * The database does the per-person work: the rollups join `people` (as `p`, with
 * `segmentColumns` and `segmentJoin`) and group by segment, and `loadSegments` counts the
 * directory per segment; no map of 100,000 people is held by the process.
 * Groups (extranet guest groups) are the next dimension: they join the segment columns here.
 */
import { type RawBuilder, sql } from 'kysely';
import type { CellKey, InsightsDb } from './insights-tables.js';

export const PLATFORMS = ['teams', 'slack', 'tab'] as const;
export type InsightsPlatform = (typeof PLATFORMS)[number];
/** bit per platform in masks: teams 1, slack 2, tab 4 */
export const platformBit = (platform: string | null): number =>
  platform === 'teams' ? 1 : platform === 'slack' ? 2 : platform === 'tab' ? 4 : 0;

/** a person's segment columns, from `people` joined as `p` ('' for an unknown department or site) */
export const segmentColumns = sql`coalesce(p.department, '') as department, coalesce(p.site, '') as site, p.kind as kind`;
/** the people counted in the rollups (active ones), joined as `p` on the row's person */
export const segmentJoin = (personId: RawBuilder<unknown>) =>
  sql`join people p on p.id = ${personId} and p.active = 1`;

export const cellKeyOf = (row: { department: unknown; site: unknown; kind: unknown }): CellKey => ({
  department: String(row.department),
  site: String(row.site),
  kind: String(row.kind),
});

/** people of one segment with the same accounts and installation */
export interface DirectoryCount extends CellKey {
  /** platforms with an account: teams 1, slack 2 */
  accounts: number;
  installed: boolean;
  people: number;
}

export interface Segments {
  directory: DirectoryCount[];
}

/** the directory counted per segment, accounts and installation (a few thousand rows at most) */
export async function loadSegments(db: InsightsDb): Promise<Segments> {
  // joins of grouped accounts and installations, not a subquery per person: PostgreSQL ran those
  // 300,000 times (2 s at 100,000 people), it hashes these once
  const has = (platform: string) => sql`max(case when platform = ${platform} then 1 else 0 end)`;
  const { rows } = await sql<{
    department: string;
    site: string;
    kind: string;
    accounts: number | string;
    installed: number | string;
    people: number | string;
  }>`
    select ${segmentColumns}, coalesce(i.accounts, 0) as accounts,
      case when c.person_id is null then 0 else 1 end as installed, count(*) as people
    from people p
    left join (
      select person_id, ${has('teams')} + 2 * ${has('slack')} as accounts from identities group by person_id
    ) i on i.person_id = p.id
    left join (
      select distinct person_id from conversations where kind = 'personal' and person_id is not null
    ) c on c.person_id = p.id
    where p.active = 1
    group by 1, 2, 3, 4, 5`.execute(db);
  return {
    directory: rows.map((r) => ({
      ...cellKeyOf(r),
      accounts: Number(r.accounts),
      installed: Number(r.installed) === 1,
      people: Number(r.people),
    })),
  };
}
