/**
 * The People pages' hashes: `#/people` the list (its filters in the query part, so a filtered
 * list can be linked and comes back with the browser's back button), `#/people/person/{id}` one
 * person, `#/people/sync` the runs and conflicts, `#/people/import` the CSV import.
 */
import type { PeopleFilters } from './people-api.js';

export type PeopleRoute =
  | { page: 'list'; filters: PeopleFilters }
  | { page: 'person'; id: string }
  | { page: 'sync' }
  | { page: 'import' };

const filterNames = ['q', 'department', 'site', 'kind', 'reach', 'source', 'offset'] as const;

export function peopleRoute(hash: string): PeopleRoute {
  const [pathPart, queryPart = ''] = hash.replace(/^#\/?people\/?/, '').split('?');
  const [first, second] = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  if (first === 'person' && second) return { page: 'person', id: second };
  if (first === 'sync') return { page: 'sync' };
  if (first === 'import') return { page: 'import' };
  const search = new URLSearchParams(queryPart);
  const filters: Record<string, string | number> = {};
  for (const name of filterNames) {
    const value = search.get(name);
    if (value) filters[name] = name === 'offset' ? Math.max(0, Number(value) || 0) : value;
  }
  return { page: 'list', filters: filters as PeopleFilters };
}

export function listHash(filters: PeopleFilters): string {
  const search = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name];
    if (value !== undefined && value !== '' && !(name === 'offset' && value === 0))
      search.set(name, String(value));
  }
  const query = search.toString();
  return query ? `#/people?${query}` : '#/people';
}

export const personHash = (id: string) => `#/people/person/${encodeURIComponent(id)}`;
