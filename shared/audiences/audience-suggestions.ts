/**
 * What an audience may be chosen from: the departments, sites and roles the directory holds, each
 * with how many active members it has. A communicator scoped to departments or sites is offered
 * only those (and no roles, no "everyone": they may not send there).
 */

import { roles } from '../people/person.js';
import type { Store } from '../store/store.js';
import type { AudienceGroupSummary, AudienceGroups } from './audience-groups.js';
import type { AuthorScope } from './author-scope.js';

export interface Suggestion {
  name: string;
  /** active members */
  count: number;
}

export interface AudienceSuggestions {
  /** active members in the whole organisation; null when the caller may not send to everyone */
  everyone: number | null;
  departments: Suggestion[];
  sites: Suggestion[];
  roles: { role: (typeof roles)[number]; count: number }[];
  /** the groups the caller may send to: every group for organisation-wide authors, else theirs */
  groups: AudienceGroupSummary[];
}

export async function audienceSuggestions(
  store: Store,
  scope: AuthorScope,
  audienceGroups?: AudienceGroups,
): Promise<AudienceSuggestions> {
  const { db } = store;
  const members = () => db.selectFrom('people').where('active', '=', 1).where('kind', '=', 'member');
  const grouped = async (column: 'department' | 'site', allowed: ReadonlySet<string> | null) => {
    const rows = await members()
      .select([column, (eb) => eb.fn.countAll<string | number>().as('n')])
      .where(column, 'is not', null)
      .groupBy(column)
      .orderBy(column)
      .execute();
    return rows
      .map((r) => ({ name: r[column] as string, count: Number(r.n) }))
      .filter((s) => s.name !== '' && (!allowed || allowed.has(s.name)));
  };
  if (!scope.all) {
    return {
      everyone: null,
      departments: await grouped('department', scope.departments),
      sites: await grouped('site', scope.sites),
      roles: [],
      groups:
        audienceGroups && scope.groups.size > 0 ? await audienceGroups.summaries([...scope.groups]) : [],
    };
  }
  const everyone = await members()
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  const roleRows = await db
    .selectFrom('roles')
    .innerJoin('people', 'people.id', 'roles.person_id')
    .where('people.active', '=', 1)
    .where('people.kind', '=', 'member')
    .select(['roles.role', (eb) => eb.fn.count<string | number>('people.id').distinct().as('n')])
    .groupBy('roles.role')
    .execute();
  const byRole = new Map(roleRows.map((r) => [r.role, Number(r.n)]));
  return {
    everyone: Number(everyone.n),
    departments: await grouped('department', null),
    sites: await grouped('site', null),
    roles: roles.map((role) => ({ role, count: byRole.get(role) ?? 0 })),
    groups: audienceGroups ? await audienceGroups.summaries('all') : [],
  };
}
