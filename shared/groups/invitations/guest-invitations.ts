/**
 * The port: inviting a guest into a group's space and removing them, one implementation per
 * platform (graph-invitations.ts: Entra B2B then the team or shared channel; slack-invitations.ts:
 * Slack Connect). The core decides who and when; an implementation makes the platform calls,
 * paced under the platform's limit, and answers what the platform said, never throwing for an
 * answer (only for a bug).
 */
import type { InvitationPlatform } from './invitation-tables.js';

/** Where a group lives on one platform. */
export interface GroupSpace {
  teams?: { tenantId: string; teamId: string; channelId?: string | null };
  slack?: { teamId: string; channelId: string };
}

export interface GuestToInvite {
  address: string;
  displayName?: string | null;
}

export type InviteOutcome =
  /** invited (and added to the space where the platform does it at once) */
  | { kind: 'invited'; invitedUserId: string; membershipId?: string; code: string; message?: string }
  /** the platform refused this guest for good (bad address, not allowed) */
  | { kind: 'refused'; code: string; message: string; invitedUserId?: string }
  /** worth another try later: throttled past the retries, 5xx, unreachable */
  | { kind: 'transient'; code: string; message: string; retryAfterMs?: number };

export interface GuestInvitations {
  readonly platform: InvitationPlatform;
  /**
   * Invites and adds to the space. `known`: the platform already made this guest (an Entra object
   * id from an earlier try that stopped before the team add): only what is left is done.
   */
  invite(space: GroupSpace, guest: GuestToInvite, known?: { invitedUserId: string }): Promise<InviteOutcome>;
  /**
   * After a crash between the call and its record: what the platform knows of this address
   * (Entra: the guest user it created). undefined when it cannot tell: the invitation is then not
   * sent again on the platform's word alone.
   */
  lookup(space: GroupSpace, guest: GuestToInvite): Promise<{ invitedUserId: string } | undefined>;
  /** takes the guest out of the space (Teams membership, Slack channel) */
  remove(
    space: GroupSpace,
    member: { invitedUserId?: string | null; membershipId?: string | null; platformUserId?: string | null },
  ): Promise<{ ok: boolean; code: string; message?: string }>;
}
