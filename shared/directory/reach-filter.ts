/**
 * The People page's reach filter, in SQL: a person (alias `p`) is reachable on Teams with a chat
 * the bot met or a recorded install, on Slack with a synced or met account, and only while active.
 * The same facts person-reach.ts words for one person, so the list and the detail agree.
 *
 * The sets are uncorrelated `id in (…)`, so both databases read each once per statement
 * (PostgreSQL hashes it, SQLite builds a temporary index) instead of probing it once per person
 * scanned (bench/people-page.ts). "None" reads the facts once, as one set of (person, platform)
 * marks it excludes, rather than a Teams and a Slack lookup each reading identities again. "Both"
 * keeps the two lookups: as one set grouped by person, PostgreSQL misjudged its size and took
 * twice as long (bench/people-page.ts, 100,000 people).
 */
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DirectoryDb } from './directory-tables.js';

export type ReachPlatform = 'teams' | 'slack';

/** Which platforms a person can be reached on, as the console filters them. */
export const reachFilters = ['teams', 'slack', 'both', 'none'] as const;
export type ReachFilter = (typeof reachFilters)[number];

/** (person_id, platform) for each way to reach someone on Teams or Slack (a person may repeat). */
const reachMarks = () =>
  sql`select person_id, platform from identities where platform in ('teams', 'slack') union all select person_id, 'teams' as platform from person_reach where platform = 'teams' and status = 'reachable'`;

const active = sql<SqlBool>`p.active = 1`;

const onPlatform: Record<ReachPlatform, RawBuilder<SqlBool>> = {
  teams: sql<SqlBool>`(p.id in (select person_id from identities where platform = 'teams') or p.id in (select person_id from person_reach where platform = 'teams' and status = 'reachable'))`,
  slack: sql<SqlBool>`p.id in (select person_id from identities where platform = 'slack')`,
};

/** A person (alias `p`) reachable on the platform: active, with a way to open a conversation. */
export const reachableOn = (platform: ReachPlatform): Expression<SqlBool> =>
  sql<SqlBool>`(${active} and ${onPlatform[platform]})`;

/** The people (alias `p`) a reach filter keeps. */
export function reachFilter(filter: ReachFilter): Expression<SqlBool> {
  if (filter === 'teams' || filter === 'slack') return reachableOn(filter);
  if (filter === 'both') return sql<SqlBool>`(${active} and ${onPlatform.teams} and ${onPlatform.slack})`;
  return sql<SqlBool>`(p.active <> 1 or p.id not in (select person_id from (${reachMarks()}) m where person_id is not null))`;
}

/** Where each of these people can be reached, in one read of the marks (the page's rows). */
export async function reachOfPeople(
  db: DirectoryDb,
  people: readonly { id: string; active: boolean }[],
): Promise<Map<string, { teams: boolean; slack: boolean }>> {
  const out = new Map(people.map((p) => [p.id, { teams: false, slack: false }]));
  const ids = people.filter((p) => p.active).map((p) => p.id);
  if (ids.length === 0) return out;
  const { rows } = await sql<{ person_id: string; platform: ReachPlatform }>`
    select distinct person_id, platform from (${reachMarks()}) m
    where person_id in (${sql.join(ids)})
  `.execute(db);
  for (const row of rows) {
    const reach = out.get(row.person_id);
    if (reach) reach[row.platform] = true;
  }
  return out;
}
