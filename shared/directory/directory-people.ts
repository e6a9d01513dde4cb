/**
 * The directory as the console's People page lists it: the people filtered by name or email,
 * department, site, member or guest, reach and source, paged and ordered by name, each with
 * whether they can be reached on Teams and Slack and which sources feed them. The departments
 * and sites known, for the filters' choices.
 */
import { sql } from 'kysely';
import { containsPattern, LIKE_ESCAPE } from '../people/search-text.js';
import type { DirectoryDb } from './directory-tables.js';
import { type ReachFilter, reachFilter, reachOfPeople } from './reach-filter.js';

export const directorySources = ['hr', 'entra', 'slack'] as const;
export type DirectorySource = (typeof directorySources)[number];

export interface DirectoryPeopleQuery {
  q?: string;
  department?: string;
  site?: string;
  kind?: 'member' | 'guest';
  active?: boolean;
  reach?: ReachFilter;
  source?: DirectorySource;
  limit: number;
  offset: number;
}

export interface DirectoryPersonRow {
  id: string;
  displayName: string;
  email: string | null;
  department: string | null;
  site: string | null;
  kind: 'member' | 'guest';
  active: boolean;
  reach: { teams: boolean; slack: boolean };
  sources: string[];
}

/** How many distinct departments or sites the filters offer at most. */
const FACET_LIMIT = 500;

export async function listDirectoryPeople(
  db: DirectoryDb,
  dialect: 'sqlite' | 'postgres',
  query: DirectoryPeopleQuery,
): Promise<{ people: DirectoryPersonRow[]; total: number }> {
  let select = db.selectFrom('people as p');
  if (query.q) {
    const pattern = containsPattern(query.q);
    select = select.where(sql<boolean>`p.search_text like ${pattern} escape ${LIKE_ESCAPE}`);
  }
  if (query.department) select = select.where('p.department', '=', query.department);
  if (query.site) select = select.where('p.site', '=', query.site);
  if (query.kind) select = select.where('p.kind', '=', query.kind);
  if (query.active !== undefined) select = select.where('p.active', '=', query.active ? 1 : 0);
  const reach = query.reach;
  if (reach) select = select.where(reachFilter(reach));
  const source = query.source;
  if (source)
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_sources as s')
          .select(sql`1`.as('one'))
          .whereRef('s.person_id', '=', 'p.id')
          .where('s.source', '=', source),
      ),
    );

  const [{ total }] = await select.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  // ordered as GET /people is: the normalised name byte by byte, the same on both databases
  const byName = dialect === 'postgres' ? sql`p.search_text collate "C"` : sql`p.search_text collate binary`;
  const rows = await select
    .select(['p.id', 'p.display_name', 'p.email', 'p.department', 'p.site', 'p.kind', 'p.active'])
    .orderBy(byName)
    .orderBy('p.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();

  // reach and sources for this page's people only: worked out per row in the page's statement,
  // they would be for every row the sort and the offset pass over (bench/people-page.ts)
  const sourcesOf = new Map<string, string[]>();
  let reachOf = new Map<string, { teams: boolean; slack: boolean }>();
  if (rows.length > 0) {
    const ids = rows.map((r) => r.id);
    const [reach, found] = await Promise.all([
      reachOfPeople(
        db,
        rows.map((r) => ({ id: r.id, active: Number(r.active) === 1 })),
      ),
      db
        .selectFrom('person_sources')
        .select(['person_id', 'source'])
        .distinct()
        .where('person_id', 'in', ids)
        .execute(),
    ]);
    reachOf = reach;
    for (const { person_id, source } of found)
      sourcesOf.set(person_id, [...(sourcesOf.get(person_id) ?? []), source].sort());
  }

  return {
    total: Number(total),
    people: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      email: r.email,
      department: r.department,
      site: r.site,
      kind: r.kind,
      active: Number(r.active) === 1,
      reach: reachOf.get(r.id) ?? { teams: false, slack: false },
      sources: sourcesOf.get(r.id) ?? [],
    })),
  };
}

/** The departments and sites people have, for the filters (each list capped, sorted). */
export async function directoryFacets(db: DirectoryDb): Promise<{ departments: string[]; sites: string[] }> {
  const distinct = async (column: 'department' | 'site') =>
    (
      await db
        .selectFrom('people')
        .select(column)
        .distinct()
        .where(column, 'is not', null)
        .where(column, '!=', '')
        .orderBy(column)
        .limit(FACET_LIMIT)
        .execute()
    ).map((r) => r[column] as string);
  const [departments, sites] = await Promise.all([distinct('department'), distinct('site')]);
  return { departments, sites };
}
