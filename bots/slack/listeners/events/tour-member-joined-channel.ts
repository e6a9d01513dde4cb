/**
 * `member_joined_channel`: a person joined a channel the bot is in. Group tours start for that
 * channel (`channel_join`, the channel as group), and the channel is remembered as the team
 * channel the newcomer may introduce themselves in. The bot's own joins are not a person's.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { startOnJoin } from '../../../../shared/tours/triggers/start-from-platform.js';
import type { SlackDeps } from '../slack-deps.js';

export function tourMemberJoinedChannel(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'member_joined_channel'> & AllMiddlewareArgs) => {
    if (!event.user || event.user === context.botUserId) return;
    const teamId = context.teamId ?? event.team ?? '';
    const actor = await deps.people.resolve(client, teamId, event.user, context.enterpriseId);
    await startOnJoin(deps.core, actor.person.id, {
      kind: 'channel_join',
      conversation: {
        kind: 'conversation',
        platform: 'slack',
        tenantId: teamId,
        conversationId: event.channel,
      },
      groupKey: event.channel,
    });
  };
}
