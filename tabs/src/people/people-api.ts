/**
 * The People page's calls to the REST API (/api/v1/directory…, /api/v1/people…), one function per
 * call, typed by the server's OpenAPI document (../api/relais-api.d.ts). The server checks roles
 * and validates everything again.
 */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { ResponseOf } from '../api/api-types.js';
import type { paths } from '../api/relais-api.js';

export type PeopleFilters = NonNullable<paths['/directory/people']['get']['parameters']['query']>;
export type DirectoryPerson = ResponseOf<'/directory/people', 'get'>['people'][number];
export type PersonDetail = ResponseOf<'/people/{id}', 'get'>;
export type PersonSource = ResponseOf<'/people/{id}/sources', 'get'>['sources'][number];
export type PersonReach = ResponseOf<'/people/{id}/reach', 'get'>['reach'][number];
export type SyncRun = ResponseOf<'/directory/runs', 'get'>['runs'][number];
export type Conflict = ResponseOf<'/directory/conflicts', 'get'>['conflicts'][number];
export type ImportReport = ResponseOf<'/people/import', 'post'>;

export const reachChoices = ['teams', 'slack', 'both', 'none'] as const;
export const sourceChoices = ['hr', 'entra', 'slack'] as const;
export const kindChoices = ['member', 'guest'] as const;

const person = (id: string, signal?: AbortSignal) => ({ params: { path: { id } }, signal });

export function createPeopleApi({ http }: ApiClient) {
  return {
    list: (query: PeopleFilters, signal?: AbortSignal) =>
      answerOf(http.GET('/directory/people', { params: { query }, signal })),
    facets: (signal?: AbortSignal) => answerOf(http.GET('/directory/facets', { signal })),
    get: (id: string, signal?: AbortSignal) => answerOf(http.GET('/people/{id}', person(id, signal))),
    sources: async (id: string, signal?: AbortSignal) =>
      (await answerOf(http.GET('/people/{id}/sources', person(id, signal)))).sources,
    reach: async (id: string, signal?: AbortSignal) =>
      (await answerOf(http.GET('/people/{id}/reach', person(id, signal)))).reach,
    runs: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/directory/runs', { params: { query: { limit: 20 } }, signal }))).runs,
    syncNow: () => answerOf(http.POST('/directory/sync')),
    conflicts: async (signal?: AbortSignal) =>
      (await answerOf(http.GET('/directory/conflicts', { params: { query: { limit: 100 } }, signal })))
        .conflicts,
    /** the CSV file as it is; `dryRun` reports what each line would do and writes nothing */
    importCsv: (csv: string, dryRun: boolean) =>
      answerOf(
        http.POST('/people/import', {
          params: { query: { dryRun: dryRun ? 'true' : 'false' } },
          // the route reads text/csv as well as JSON: send the file's text untouched
          body: csv as never,
          bodySerializer: (body: unknown) => body as string,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
  };
}

export type PeopleApi = ReturnType<typeof createPeopleApi>;
