/**
 * Who may send to whom (news, polls, the picker's suggestions and reach). A communicator grant
 * with scope '' covers the whole organisation; scoped grants `department:<name>` and `site:<name>` cover the people of that
 * department or site only. Admins (organisation-wide) and automation keys cover everything.
 * A group's managers and contributors (members or trusted guests) may send to that group; apart
 * from that, guests never author: a guest contributor's audience is their groups and nothing
 * else (guestGroupsOnly). An organisation-wide send (`everyone`) by a non-admin waits for
 * an admin's approval when NEWS_APPROVAL_REQUIRED is on.
 */

import { can, type Principal } from '../auth/principal.js';
import { AppError } from '../errors/errors.js';
import type { PeopleService } from '../people/people-service.js';
import type { Audience } from './audience.js';
import type { AudienceGroups } from './audience-groups.js';

export type AuthorScope =
  | { all: true }
  | {
      all: false;
      departments: ReadonlySet<string>;
      sites: ReadonlySet<string>;
      /** the groups the person manages or contributes to */
      groups: ReadonlySet<string>;
      /** a guest contributor: their groups are all they may address */
      guest?: boolean;
    };

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
  return departments.size + sites.size > 0
    ? { all: false, departments, sites, groups: new Set() }
    : undefined;
}

/**
 * The audiences the principal may target, their groups included (managers and contributors of a
 * group may send to it, guests too); undefined when they may not author at all.
 */
export async function authorScopeWithGroups(
  principal: Principal,
  groups: AudienceGroups | undefined,
): Promise<AuthorScope | undefined> {
  const scope = authorScope(principal);
  if (scope?.all || principal.kind !== 'person' || !principal.person.active || !groups) return scope;
  const authored = new Set<string>();
  for (const [groupId, right] of await groups.rightsOf(principal.person.id)) {
    if (right === 'manager' || right === 'contributor') authored.add(groupId);
  }
  if (authored.size === 0) return scope;
  return {
    all: false,
    departments: scope?.departments ?? new Set(),
    sites: scope?.sites ?? new Set(),
    groups: authored,
    ...(principal.person.kind === 'guest' ? { guest: true } : {}),
  };
}

/** What an audience names besides groups (a field the caller left out counts as empty). */
export function outsideGroups(audience: Partial<Audience>): string[] {
  const outside: string[] = [];
  if (audience.everyone) outside.push('everyone');
  for (const d of audience.departments ?? []) outside.push(`department:${d}`);
  for (const s of audience.sites ?? []) outside.push(`site:${s}`);
  for (const r of audience.roles ?? []) outside.push(`role:${r}`);
  for (const p of audience.people ?? []) outside.push(`person:${p}`);
  for (const c of audience.channels ?? []) outside.push(`channel:${c.conversationId}`);
  return outside;
}

/**
 * A guest may send only to groups they manage or contribute to: an audience naming nothing else
 * (no everyone, department, site, role, person or channel), and never a conversation. The
 * refusal says so in the reader's language.
 */
export const guestGroupsOnly = (outside: readonly string[]): AppError =>
  new AppError(
    'forbidden',
    `a guest sends only to the groups they contribute to: ${outside.slice(0, 20).join(', ')}`,
    { reason: 'guest_groups_only', outside },
    { key: 'audience.error.guest_groups_only', params: { names: outside.slice(0, 20).join(', ') } },
  );

/** The principal's scope, or forbidden when they may not author; `groups` adds their groups. */
export async function requireAuthor(principal: Principal, groups?: AudienceGroups): Promise<AuthorScope> {
  const scope = await authorScopeWithGroups(principal, groups);
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
  for (const g of audience.groups) if (!scope.groups.has(g)) outside.push(`group:${g}`);
  for (const ref of audience.people) {
    const person = ref.includes('@') ? await people.findByEmail(ref) : await people.get(ref);
    const inside =
      person &&
      ((person.department !== null && scope.departments.has(person.department)) ||
        (person.site !== null && scope.sites.has(person.site)));
    if (!inside) outside.push(`person:${ref}`);
    if (outside.length > 20) break;
  }
  if (outside.length && scope.guest) throw guestGroupsOnly(outside);
  if (outside.length) {
    throw new AppError(
      'forbidden',
      `this audience is outside your communicator grants: ${outside.slice(0, 20).join(', ')}`,
      { outside },
    );
  }
}
