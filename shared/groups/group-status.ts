/**
 * Where each member of a group stands, as the manager card and the console show it: invited (a
 * guest not seen yet), joined (seen, charter pending for a guest), charter accepted, active
 * (seen acting since), expired, removed. Computed from the member row, the charter and the
 * person's acceptance; an invitation (shared/groups/invitations) can only say "invited" for
 * someone who has no member row yet, so the two statuses join without overlapping.
 */
import type { GroupMember } from './group-model.js';

export const memberStatuses = [
  'invited',
  'joined',
  'charter_accepted',
  'active',
  'expired',
  'removed',
] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export interface StatusFacts {
  personKind: 'member' | 'guest';
  /** the group's current charter version, undefined when it has none */
  charterVersion: number | undefined;
  /** the latest version this person accepted */
  acceptedVersion: number | undefined;
  /** ISO now */
  now: string;
}

export function memberStatus(member: GroupMember, facts: StatusFacts): MemberStatus {
  if (member.removedAt !== null) return 'removed';
  if (member.expiresAt !== null && member.expiresAt <= facts.now) return 'expired';
  const guest = facts.personKind === 'guest';
  // a member of the organisation is in the space already; a guest once seen there or in chat
  if (guest && member.joinedAt === null) return 'invited';
  const charterPending =
    guest && facts.charterVersion !== undefined && (facts.acceptedVersion ?? 0) < facts.charterVersion;
  if (charterPending) return 'joined';
  if (member.lastActiveAt !== null) return 'active';
  return guest && facts.charterVersion !== undefined ? 'charter_accepted' : 'joined';
}

/** Whether the person has accepted the group's current charter (true when there is none). */
export const charterCurrent = (facts: Pick<StatusFacts, 'charterVersion' | 'acceptedVersion'>): boolean =>
  facts.charterVersion === undefined || (facts.acceptedVersion ?? 0) >= facts.charterVersion;
