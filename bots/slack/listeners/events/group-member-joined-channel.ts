/**
 * `member_joined_channel`: a guest invited through Slack Connect joined a group's channel. The
 * core settles their invitation by the address it was sent to and links the person by their
 * Slack user id (the identity resolved here).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

export function groupMemberJoinedChannel(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'member_joined_channel'> & AllMiddlewareArgs) => {
    if (!event.user || event.user === context.botUserId) return;
    const teamId = context.teamId ?? event.team ?? '';
    const actor = await deps.people.resolve(client, teamId, event.user, context.enterpriseId);
    // a guest's email links no person (it is theirs to claim), but it names the invitation it answers
    const email = actor.profile.email ?? actor.person.email;
    if (!email) return;
    await deps.core.groups.invitations.slackMemberJoined({
      channelId: event.channel,
      email,
      personId: actor.person.id,
    });
  };
}
