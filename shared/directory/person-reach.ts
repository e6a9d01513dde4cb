/**
 * Whether a person can be reached on each chat platform, and why not, from what the store knows:
 * a Teams conversation (first contact) or a recorded proactive install; a Slack account the
 * directory synced or met (a DM opens with no first contact); a deactivated person is reached
 * nowhere. The same rules answer one person (reachOf) and filter the directory (reachFilter), so
 * the list and the detail never disagree.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database, PeopleTable } from '../store/schema.js';
import type { DirectoryDb, DirectoryTables } from './directory-tables.js';

export type ReachPlatform = 'teams' | 'slack';
export const reachPlatforms: readonly ReachPlatform[] = ['teams', 'slack'];

/** Which platforms a person can be reached on, as the console filters them. */
export const reachFilters = ['teams', 'slack', 'both', 'none'] as const;
export type ReachFilter = (typeof reachFilters)[number];

export interface PlatformReach {
  platform: ReachPlatform;
  status: 'reachable' | 'unreachable';
  /**
   * reachable: 'conversation' (first contact on Teams), 'installed' / 'already_installed'
   * (proactive install), 'member' (synced Slack account); unreachable: 'deactivated',
   * 'not_installed' (an Entra account, no install yet), the install's failure
   * ('install_refused: …', 'not_found: …', 'install_failed: …'), 'no_account'
   */
  reason: string;
  /** when the reason was recorded (an install outcome), null when it is derived */
  updatedAt: string | null;
}

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

/** One person's reach on each platform, Teams first. Empty when there is no such person. */
export async function reachOf(db: DirectoryDb, personId: string): Promise<PlatformReach[]> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'active'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) return [];
  const [identities, recorded] = await Promise.all([
    db.selectFrom('identities').select('platform').where('person_id', '=', personId).execute(),
    db
      .selectFrom('person_reach')
      .selectAll()
      .where('person_id', '=', personId)
      .where('platform', '=', 'teams')
      .executeTakeFirst(),
  ]);
  const on = new Set(identities.map((i) => i.platform));
  const derived = (platform: ReachPlatform, status: PlatformReach['status'], reason: string) => ({
    platform,
    status,
    reason,
    updatedAt: null,
  });
  const active = Number(person.active) === 1;

  let teams: PlatformReach;
  if (!active) teams = derived('teams', 'unreachable', 'deactivated');
  else if (on.has('teams')) teams = derived('teams', 'reachable', 'conversation');
  else if (recorded)
    teams = {
      platform: 'teams',
      status: recorded.status === 'reachable' ? 'reachable' : 'unreachable',
      reason: recorded.reason,
      updatedAt: recorded.updated_at,
    };
  else if (on.has('directory')) teams = derived('teams', 'unreachable', 'not_installed');
  else teams = derived('teams', 'unreachable', 'no_account');

  const slack: PlatformReach = !active
    ? derived('slack', 'unreachable', 'deactivated')
    : on.has('slack')
      ? derived('slack', 'reachable', 'member')
      : derived('slack', 'unreachable', 'no_account');
  return [teams, slack];
}
