/**
 * `member_joined_channel` for the bot itself: the channel is recorded in the conversations store
 * as a channel Relais may post into (an ambassador relays into it; Slack never sends the bot's
 * channels otherwise). Its name is asked once (conversations.info); without it the id is shown.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

export function botJoinedChannel(deps: SlackDeps) {
  return async ({
    event,
    client,
    context,
  }: SlackEventMiddlewareArgs<'member_joined_channel'> & AllMiddlewareArgs) => {
    if (!event.user || event.user !== context.botUserId) return;
    const teamId = context.teamId ?? event.team ?? '';
    let name: string | undefined;
    try {
      const info = await client.conversations.info({ channel: event.channel });
      name = info.channel?.name;
    } catch (error) {
      deps.core.logger.info({ err: error, channel: event.channel }, 'joined channel: no name');
    }
    await deps.core.conversations.save({
      platform: 'slack',
      tenantId: teamId,
      conversationId: event.channel,
      kind: 'channel',
      personId: null,
      reference: { name: (name ?? event.channel).slice(0, 200) },
    });
  };
}
