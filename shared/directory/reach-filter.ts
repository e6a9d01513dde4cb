/**
 * The People page's reach filter, in SQL: a person (alias `p`) is reachable on Teams with a chat
 * the bot met or a recorded install, on Slack with a synced or met account, and only while active.
 * The same facts person-reach.ts words for one person, so the list and the detail agree.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database, PeopleTable } from '../store/schema.js';
import type { DirectoryTables } from './directory-tables.js';

export type ReachPlatform = 'teams' | 'slack';

/** Which platforms a person can be reached on, as the console filters them. */
export const reachFilters = ['teams', 'slack', 'both', 'none'] as const;
export type ReachFilter = (typeof reachFilters)[number];

type Eb = ExpressionBuilder<Database & DirectoryTables & { p: PeopleTable }, 'p'>;

// uncorrelated `id in (…)`: both databases read the set once (PostgreSQL hashes it, SQLite builds
// a temporary index) instead of probing once per person scanned (bench/people-page.ts)
const hasIdentity = (eb: Eb, platform: string) =>
  eb('p.id', 'in', eb.selectFrom('identities as i').select('i.person_id').where('i.platform', '=', platform));

const installed = (eb: Eb) =>
  eb(
    'p.id',
    'in',
    eb
      .selectFrom('person_reach as r')
      .select('r.person_id')
      .where('r.platform', '=', 'teams')
      .where('r.status', '=', 'reachable'),
  );

/** A person (alias `p`) reachable on the platform: active, with a way to open a conversation. */
export const reachableOn = (eb: Eb, platform: ReachPlatform) =>
  eb.and([
    eb('p.active', '=', 1),
    platform === 'teams' ? eb.or([hasIdentity(eb, 'teams'), installed(eb)]) : hasIdentity(eb, 'slack'),
  ]);

/** The people (alias `p`) a reach filter keeps. */
export function reachFilter(eb: Eb, filter: ReachFilter) {
  const teams = reachableOn(eb, 'teams');
  const slack = reachableOn(eb, 'slack');
  if (filter === 'teams') return teams;
  if (filter === 'slack') return slack;
  if (filter === 'both') return eb.and([teams, slack]);
  return eb.and([eb.not(teams), eb.not(slack)]);
}
