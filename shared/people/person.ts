/**
 * People: one core id per person, platform identities linked by email, directory attributes and
 * roles. Guests (kind 'guest') see only what is addressed to their groups.
 */
import type { Locale } from '../i18n/i18n.js';
import type { PlatformIdentity } from '../messaging/messenger.js';

export const roles = ['admin', 'communicator', 'ambassador', 'group_manager'] as const;
export type Role = (typeof roles)[number];

export interface RoleGrant {
  role: Role;
  /** '' = organisation-wide; otherwise e.g. a group id */
  scope: string;
}

export interface Person {
  id: string;
  email: string | null;
  displayName: string;
  department: string | null;
  site: string | null;
  managerId: string | null;
  startDate: string | null;
  locale: Locale | null;
  timeZone: string | null;
  kind: 'member' | 'guest';
  active: boolean;
  roles: RoleGrant[];
  identities: PlatformIdentity[];
}

/** What a platform tells about the person behind an activity or event. */
export interface PlatformProfile {
  displayName?: string;
  email?: string;
  /** platform locale (Teams activity locale, Slack user locale) */
  locale?: string;
  timeZone?: string;
  /**
   * what the platform says about membership: Slack's is_restricted / is_ultra_restricted, a Teams
   * member's userRole 'guest' or home tenant; unset when it did not say. 'unknown' when the
   * platform does tell but could not be asked (a failed Teams member lookup): a newcomer is then
   * created as a guest until the platform answers (fail closed), and its answer may say member.
   */
  kind?: 'member' | 'guest' | 'unknown';
}

/**
 * Whether the person holds `role` for `scope` ('' = organisation-wide). An organisation-wide
 * grant counts for every scope; a scoped grant only for its own scope. Only an organisation-wide
 * admin implies the other roles: an admin of one group is no communicator for the organisation.
 */
export const hasRole = (person: Person, role: Role, scope = ''): boolean =>
  person.roles.some((g) => g.role === role && (g.scope === '' || g.scope === scope)) ||
  (role !== 'admin' && person.roles.some((g) => g.role === 'admin' && g.scope === ''));
