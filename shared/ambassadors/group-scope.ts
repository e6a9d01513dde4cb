/**
 * Ambassadors of guest groups (shared/groups, reached through the core's `audienceGroups` port):
 * a scope of groups (roster rows `group` / <id>) makes someone the ambassador of those groups'
 * guests. A guest may be one only for groups they are in, never of departments or sites (they
 * would see members' colleagues); a member may be one for groups they are in too. Their relays
 * go into their groups' spaces only, and a group's space takes only items addressed to it: its
 * guests read that channel. A space recorded as a Teams team is every channel of that team: the
 * general channel bears the team's id, the others are known by the team their channelData names
 * (kept on the conversation's reference as `teamId`).
 */

import type { AudienceGroupSpace } from '../audiences/audience-groups.js';
import { AppError } from '../errors/errors.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { AmbassadorScope } from './ambassador-model.js';

export const guestRefused = (): AppError =>
  new AppError('bad_request', 'a guest cannot be an ambassador of members', undefined, {
    key: 'ambassador.error.guest',
  });

/** The scope of someone named without one: their department and site; a guest's groups. */
export async function ownScope(ctx: AmbassadorContext, person: Person): Promise<AmbassadorScope> {
  if (person.kind === 'guest')
    return { departments: [], sites: [], groups: await ctx.audienceGroups.groupsOf(person.id) };
  return {
    departments: person.department ? [person.department] : [],
    sites: person.site ? [person.site] : [],
    groups: [],
  };
}

/** Refuses a scope the person may not hold: a guest over members, a group unknown or not theirs. */
export async function checkScope(
  ctx: AmbassadorContext,
  person: Person,
  scope: AmbassadorScope,
): Promise<void> {
  // a guest in no group has nothing they may look after: that is the reason to give, not "no scope"
  if (
    person.kind === 'guest' &&
    (scope.departments.length + scope.sites.length > 0 || scope.groups.length === 0)
  )
    throw guestRefused();
  if (scope.groups.length === 0) return;
  const known = await ctx.audienceGroups.known(scope.groups);
  const unknown = scope.groups.find((g) => !known.has(g));
  if (unknown !== undefined)
    throw new AppError('bad_request', `groups: no group ${unknown}`, undefined, {
      key: 'ambassador.error.group_unknown',
      params: { group: unknown },
    });
  const theirs = new Set(await ctx.audienceGroups.groupsOf(person.id));
  const outside = scope.groups.find((g) => !theirs.has(g));
  if (outside !== undefined)
    throw new AppError('bad_request', `groups: not a member of group ${outside}`, undefined, {
      key: 'ambassador.error.group_outside',
      params: { group: outside },
    });
}

/** An ambassador of groups only: their relays go into those groups' spaces and nowhere else. */
export const onlyGroups = (scope: AmbassadorScope): boolean =>
  scope.groups.length > 0 && scope.departments.length + scope.sites.length === 0;

/** A conversation as a space is found: where it is, and the Teams team it belongs to, if told. */
export interface SpaceCandidate {
  platform: PlatformName;
  conversationId: string;
  teamId?: string;
}

/** the team a saved Teams channel belongs to, as its channelData named it */
export const teamOfReference = (reference: Record<string, unknown> | undefined): string | undefined =>
  typeof reference?.teamId === 'string' ? reference.teamId : undefined;

const isSpace = (space: AudienceGroupSpace, c: SpaceCandidate) =>
  space.platform === c.platform &&
  (space.conversationId === c.conversationId || (space.team === true && space.conversationId === c.teamId));

/** The groups whose space this conversation is (none for an ordinary channel). */
export async function groupsOfSpace(ctx: AmbassadorContext, candidate: SpaceCandidate): Promise<string[]> {
  const spaces = await ctx.audienceGroups.spaces('all');
  return [...new Set(spaces.filter((s) => isSpace(s, candidate)).map((s) => s.groupId))];
}

/** Whether a conversation is a space of one of these groups. */
export async function spacesOf(
  ctx: AmbassadorContext,
  groupIds: readonly string[],
): Promise<(candidate: SpaceCandidate) => boolean> {
  const spaces = await ctx.audienceGroups.spaces(groupIds);
  return (candidate) => spaces.some((s) => isSpace(s, candidate));
}

/** The names of the groups these ambassadors cover, in the reader's language (cards show names). */
export async function groupNames(
  ctx: AmbassadorContext,
  scopes: readonly AmbassadorScope[],
  locale: Locale,
): Promise<Map<string, string>> {
  const ids = [...new Set(scopes.flatMap((s) => s.groups))];
  const summaries = await ctx.audienceGroups.summaries(ids);
  return new Map(
    summaries.map((g) => [g.id, (locale === 'fr' ? (g.nameFr ?? g.nameEn) : (g.nameEn ?? g.nameFr)) ?? g.id]),
  );
}
