/**
 * Who may send to whom (news, polls, the picker's suggestions and reach). A communicator grant
 * with scope '' covers the whole organisation; scoped grants `department:<name>` and `site:<name>` cover the people of that
 * department or site only. Admins (organisation-wide) and automation keys cover everything.
 * Guests never author. An organisation-wide send (`everyone`) by a non-admin waits for an admin's
 * approval when NEWS_APPROVAL_REQUIRED is on.
 */

import { can, type Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { PeopleService } from '../people/people-service.js';
import type { Audience } from './audience.js';

export type AuthorScope =
  | { all: true }
  | { all: false; departments: ReadonlySet<string>; sites: ReadonlySet<string> };

/** The audiences the principal may target; undefined when they may not author news at all. */
export function authorScope(principal: Principal): AuthorScope | undefined {
  if (principal.kind === 'automation') return { all: true };
  const { person } = principal;
  if (!person.active || person.kind === 'guest') return undefined;
  if (can(principal, 'communicator')) return { all: true };
  const departments = new Set<string>();
  const sites = new Set<string>();
  for (const grant of person.roles) {
    if (grant.role !== 'communicator') continue;
    const [kind, ...rest] = grant.scope.split(':');
    const name = rest.join(':');
    if (!name) continue;
    if (kind === 'department') departments.add(name);
    if (kind === 'site') sites.add(name);
  }
  return departments.size + sites.size > 0 ? { all: false, departments, sites } : undefined;
}

export function requireAuthor(principal: Principal): AuthorScope {
  const scope = authorScope(principal);
  if (!scope) throw new AppError('forbidden', 'requires the communicator role');
  return scope;
}

export const isAdmin = (principal: Principal): boolean => can(principal, 'admin');

/** An organisation-wide send: what NEWS_APPROVAL_REQUIRED guards. */
export const isOrganisationWide = (audience: Audience): boolean => audience.everyone;

/**
 * Throws forbidden, naming what is outside the grants, when a scoped communicator's audience
 * reaches beyond their departments and sites.
 */
export async function assertAudienceAllowed(
  scope: AuthorScope,
  audience: Audience,
  people: PeopleService,
): Promise<void> {
  if (scope.all) return;
  const outside: string[] = [];
  if (audience.everyone) outside.push('everyone');
  if (audience.roles.length) outside.push('roles');
  if (audience.channels.length) outside.push('channels');
  for (const d of audience.departments) if (!scope.departments.has(d)) outside.push(`department:${d}`);
  for (const s of audience.sites) if (!scope.sites.has(s)) outside.push(`site:${s}`);
  for (const ref of audience.people) {
    const person = ref.includes('@') ? await people.findByEmail(ref) : await people.get(ref);
    const inside =
      person &&
      ((person.department !== null && scope.departments.has(person.department)) ||
        (person.site !== null && scope.sites.has(person.site)));
    if (!inside) outside.push(`person:${ref}`);
    if (outside.length > 20) break;
  }
  if (outside.length) {
    throw new AppError(
      'forbidden',
      `this audience is outside your communicator grants: ${outside.slice(0, 20).join(', ')}`,
      { outside },
    );
  }
}
