/**
 * Entra B2B through Microsoft Graph: `POST /invitations` (the guest user is created at once and
 * its object id returned), then `POST /teams/{id}/members` — or the shared channel's members —
 * with that id. Every call takes a slot of the tenant's invitation budget; the directory's Graph
 * client retries 429/503/504 after Retry-After with jitter, a bounded number of times, and a 429
 * pauses the budget for every instance. Removal: `DELETE /teams/{id}/members/{membership-id}`.
 */
import { DirectoryStop, type GraphAnswer, type GraphClient } from '../../directory/graph-service.js';
import type { GroupSpace, GuestInvitations, InviteOutcome } from './guest-invitations.js';

export interface GraphInvitationsOptions {
  graph: GraphClient;
  /** GRAPH_API_URL: `user@odata.bind` points below it */
  graphApiUrl: string;
  redirectUrl: string;
}

const errorOf = (answer: GraphAnswer) =>
  (answer.body as { error?: { code?: string; message?: string } } | undefined)?.error;

const codeOf = (answer: GraphAnswer) => {
  const code = errorOf(answer)?.code;
  return code ? `${answer.status} ${code}` : String(answer.status);
};
const messageOf = (answer: GraphAnswer) => (errorOf(answer)?.message ?? '').slice(0, 500);

/** 429 past the client's retries, 5xx: another try later; any other 4xx is the platform's no. */
const failed = (answer: GraphAnswer, invitedUserId?: string): InviteOutcome =>
  answer.status === 429 || answer.status >= 500
    ? { kind: 'transient', code: codeOf(answer), message: messageOf(answer) }
    : { kind: 'refused', code: codeOf(answer), message: messageOf(answer), invitedUserId };

/** An unreachable Graph or a token refused: the client throws DirectoryStop. */
const unreachable = (error: unknown): InviteOutcome => {
  if (error instanceof DirectoryStop)
    return { kind: 'transient', code: error.code, message: error.message.slice(0, 500) };
  throw error;
};

const membersPath = (teams: NonNullable<GroupSpace['teams']>) =>
  teams.channelId
    ? `/teams/${encodeURIComponent(teams.teamId)}/channels/${encodeURIComponent(teams.channelId)}/members`
    : `/teams/${encodeURIComponent(teams.teamId)}/members`;

export function createGraphInvitations(options: GraphInvitationsOptions): GuestInvitations {
  const { graph } = options;
  const base = options.graphApiUrl.replace(/\/$/, '');

  async function addToTeam(teams: NonNullable<GroupSpace['teams']>, userId: string): Promise<InviteOutcome> {
    const answer = await graph.post(membersPath(teams), {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      roles: [],
      'user@odata.bind': `${base}/users('${userId}')`,
    });
    if (answer.status === 201 || answer.status === 200) {
      const membershipId = (answer.body as { id?: string } | undefined)?.id;
      return { kind: 'invited', invitedUserId: userId, membershipId, code: String(answer.status) };
    }
    // already a member: invited all the same (a resend, or a crash after the add)
    if (answer.status === 409) return { kind: 'invited', invitedUserId: userId, code: codeOf(answer) };
    // a guest created a moment ago may not have reached Teams yet: later
    if (answer.status === 404)
      return { kind: 'transient', code: codeOf(answer), message: messageOf(answer) || 'user not found yet' };
    return failed(answer, userId);
  }

  return {
    platform: 'teams',
    async invite(space, guest, known) {
      if (!space.teams)
        return { kind: 'refused', code: 'no_teams_space', message: 'the group has no Teams team' };
      try {
        if (known) return await addToTeam(space.teams, known.invitedUserId);
        const answer = await graph.post('/invitations', {
          invitedUserEmailAddress: guest.address,
          inviteRedirectUrl: options.redirectUrl,
          sendInvitationMessage: true,
          ...(guest.displayName && { invitedUserDisplayName: guest.displayName }),
        });
        if (answer.status !== 201 && answer.status !== 200) return failed(answer);
        const userId = (answer.body as { invitedUser?: { id?: string } } | undefined)?.invitedUser?.id;
        if (!userId)
          return { kind: 'transient', code: 'malformed', message: 'Graph returned no invitedUser.id' };
        return await addToTeam(space.teams, userId);
      } catch (error) {
        return unreachable(error);
      }
    },
    async lookup(_space, guest) {
      const address = guest.address.replace(/'/g, "''");
      try {
        const answer = await graph.get(
          `/users?$filter=${encodeURIComponent(`mail eq '${address}'`)}&$select=id,userType`,
        );
        const id = (answer.body as { value?: { id?: string }[] } | undefined)?.value?.[0]?.id;
        return answer.status === 200 && id ? { invitedUserId: id } : undefined;
      } catch (error) {
        if (error instanceof DirectoryStop) return undefined;
        throw error;
      }
    },
    async remove(space, member) {
      if (!space.teams) return { ok: false, code: 'no_teams_space' };
      try {
        let membershipId = member.membershipId;
        if (!membershipId && member.invitedUserId) {
          const found = await graph.get(
            `${membersPath(space.teams)}?$filter=${encodeURIComponent(
              `(microsoft.graph.aadUserConversationMember/userId eq '${member.invitedUserId}')`,
            )}`,
          );
          membershipId = (found.body as { value?: { id?: string }[] } | undefined)?.value?.[0]?.id;
          if (found.status === 200 && !membershipId) return { ok: true, code: 'not_a_member' };
        }
        if (!membershipId) return { ok: false, code: 'no_membership', message: 'no Teams membership known' };
        const answer = await graph.delete(`${membersPath(space.teams)}/${encodeURIComponent(membershipId)}`);
        // gone already is what was asked
        if (answer.status === 204 || answer.status === 200 || answer.status === 404)
          return { ok: true, code: String(answer.status) };
        return { ok: false, code: codeOf(answer), message: messageOf(answer) };
      } catch (error) {
        if (error instanceof DirectoryStop) return { ok: false, code: error.code, message: error.message };
        throw error;
      }
    },
  };
}
