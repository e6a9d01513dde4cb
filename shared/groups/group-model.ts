/**
 * Extranet guest groups: what a group is (names and descriptions fr/en, kind, its space on each
 * platform, domain rules, guest settings), a member's right in it, and the charter's versions and
 * acceptances. A person's kind (member | guest) stays on the person: a group's guests are its
 * members whose person is a guest.
 */

export const groupKinds = ['partners', 'providers', 'clients', 'project'] as const;
export type GroupKind = (typeof groupKinds)[number];

/** member: reads; contributor: may also post news and polls to the group; manager: runs it. */
export const groupRights = ['member', 'contributor', 'manager'] as const;
export type GroupRight = (typeof groupRights)[number];

export interface GroupSpace {
  teamsTenantId: string | null;
  teamsTeamId: string | null;
  teamsChannelId: string | null;
  slackTeamId: string | null;
  slackChannelId: string | null;
}

export interface Group {
  id: string;
  nameFr: string | null;
  nameEn: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  kind: GroupKind;
  space: GroupSpace;
  /** lower-cased domains; empty = any domain the blocked list does not refuse */
  allowedDomains: string[];
  blockedDomains: string[];
  guestExpiryDays: number;
  reviewPeriodDays: number;
  charterDeadlineDays: number;
  createdBy: string | null;
  createdAt: string;
  archivedAt: string | null;
}

/** What creating a group takes; the settings have their defaults (180, 90, 14 days). */
export interface NewGroup {
  id?: string;
  nameFr?: string | null;
  nameEn?: string | null;
  descriptionFr?: string | null;
  descriptionEn?: string | null;
  kind: GroupKind;
  space?: Partial<GroupSpace>;
  allowedDomains?: string[];
  blockedDomains?: string[];
  guestExpiryDays?: number;
  reviewPeriodDays?: number;
  charterDeadlineDays?: number;
  createdBy?: string | null;
}

export type GroupPatch = Partial<Omit<NewGroup, 'id' | 'createdBy'>> & { archivedAt?: string | null };

export interface GroupMember {
  groupId: string;
  personId: string;
  right: GroupRight;
  addedBy: string | null;
  addedAt: string;
  /** first seen in the space or first contact with the bot */
  joinedAt: string | null;
  /** guests: when their access ends unless extended */
  expiresAt: string | null;
  lastActiveAt: string | null;
  /** null while in the group */
  removedAt: string | null;
  removedReason: string | null;
}

/** Why a member left: free text kept short, these are the ones Relais itself writes. */
export type RemovalReason = 'manager' | 'admin' | 'charter_deadline' | 'review' | 'expired' | 'left' | string;

export interface GroupCharter {
  groupId: string;
  version: number;
  textFr: string | null;
  textEn: string | null;
  /** sha256 hex of the texts (see charterHash) */
  hash: string;
  createdBy: string | null;
  createdAt: string;
}

export interface CharterAcceptance {
  groupId: string;
  personId: string;
  version: number;
  hash: string;
  acceptedAt: string;
  platform: string | null;
}

/** The group's name in a language, falling back to the other one. */
export const groupName = (group: Pick<Group, 'nameFr' | 'nameEn' | 'id'>, locale: 'fr' | 'en'): string =>
  (locale === 'fr' ? (group.nameFr ?? group.nameEn) : (group.nameEn ?? group.nameFr)) ?? group.id;
