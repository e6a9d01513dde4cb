/** The REST calls of the administration pages (/api/v1/people), typed by the server's OpenAPI document. */
import { type ApiClient, answerOf } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

export type DirectoryPerson = ResponseOf<'/people', 'get'>['people'][number];
export type RoleGrant = BodyOf<'/people/{id}/roles', 'put'>['roles'][number];

export const adminApi = ({ http }: ApiClient) => ({
  searchPeople: (q: string, signal?: AbortSignal) =>
    answerOf(http.GET('/people', { params: { query: { q, limit: 20 } }, signal })),
  replaceRoles: (id: string, roles: RoleGrant[]) =>
    answerOf(http.PUT('/people/{id}/roles', { params: { path: { id } }, body: { roles } })),
});

/** Administrators (organisation-wide) and automation keys; the server checks again on every call. */
export const isAdministrator = (
  me: { via: string; person: { roles: { role: string; scope?: string }[] } | null } | undefined,
) => Boolean(me && (me.via === 'api_key' || me.person?.roles.some((r) => r.role === 'admin' && !r.scope)));
