/**
 * Groups as audiences, seen from the core: a narrow hook the groups capability hands to the
 * composition (`audienceGroups` in its parts), so resolution, checks and read guards reach a
 * group's members and guests without the core reading the capability's tables. Until a
 * capability installs one (or when none does), groups are unknown and reach nobody: fail closed.
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../store/schema.js';

/** A person's standing in a group, as authoring rights need it. */
export type AudienceGroupRight = 'member' | 'contributor' | 'manager';

export interface AudienceGroupSummary {
  id: string;
  nameFr: string | null;
  nameEn: string | null;
  /** current members, guests included */
  count: number;
}

/** A conversation that is a group's space on a platform (a Teams team or channel, a Slack channel). */
export interface AudienceGroupSpace {
  groupId: string;
  platform: 'teams' | 'slack';
  conversationId: string;
  /**
   * a whole Teams team (`conversationId` is its id, which its general channel bears): its other
   * channels are the group's space too, known by the team their channelData names
   */
  team?: boolean;
}

export interface AudienceGroups {
  /** which of these ids name a group one may address (exists, not archived) */
  known(ids: readonly string[]): Promise<Set<string>>;
  /** the groups the person is currently in (guests: the only ones whose content they see) */
  groupsOf(personId: string): Promise<string[]>;
  /** the person's right in each group they are in */
  rightsOf(personId: string): Promise<Map<string, AudienceGroupRight>>;
  /** SQL on `people`: the person is a current member (or guest) of one of these groups */
  members(eb: ExpressionBuilder<Database, 'people'>, groupIds: readonly string[]): Expression<SqlBool>;
  /** the picker's groups: every group (`all`) or these ids, with their member counts */
  summaries(ids: readonly string[] | 'all'): Promise<AudienceGroupSummary[]>;
  /**
   * the spaces of these groups (`all`: of every group not archived): where a group's ambassadors
   * relay, and the channels whose readers include its guests
   */
  spaces(ids: readonly string[] | 'all'): Promise<AudienceGroupSpace[]>;
}

export const noAudienceGroups: AudienceGroups = {
  known: async () => new Set(),
  groupsOf: async () => [],
  rightsOf: async () => new Map(),
  members: () => sql<SqlBool>`1 = 0`,
  summaries: async () => [],
  spaces: async () => [],
};

/**
 * The port the core hands out before the capabilities are built (news and polls come before
 * groups in the list); `install` plugs the capability's hook in once it is built.
 */
export function audienceGroupsPort(): AudienceGroups & { install(hook: AudienceGroups): void } {
  let hook = noAudienceGroups;
  return {
    install(next) {
      hook = next;
    },
    known: (ids) => (ids.length === 0 ? Promise.resolve(new Set()) : hook.known(ids)),
    groupsOf: (personId) => hook.groupsOf(personId),
    rightsOf: (personId) => hook.rightsOf(personId),
    members: (eb, ids) => (ids.length === 0 ? sql<SqlBool>`1 = 0` : hook.members(eb, ids)),
    summaries: (ids) => hook.summaries(ids),
    spaces: (ids) => (ids !== 'all' && ids.length === 0 ? Promise.resolve([]) : hook.spaces(ids)),
  };
}
