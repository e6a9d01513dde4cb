/**
 * `@relais <words>` in a channel (`app_mention`): the mention is stripped and the rest runs as a
 * chat command, exactly like `/relais <words>`.
 *
 * The answer is an ephemeral message to the person who mentioned the bot, in the thread when the
 * mention was in one. Why not a visible reply in the thread: the answer is theirs — in their
 * language, greeting them by name, echoing their words when not understood — and the same as
 * the private answer `/relais` gives; a visible card would add noise for the whole channel, and
 * its buttons (which refresh the card in place) would change it for everyone. Ephemeral
 * messages carry a response_url on click, so those buttons keep working.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderBlockKit } from '../../cards/render-block-kit.js';
import { slackConversation } from '../../replies/open-dialog.js';
import type { SlackDeps } from '../slack-deps.js';

/** The text without mentions of the bot (`<@U123>` or `<@U123|relais>`), anywhere in it. */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  const mention = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g')
    : // bot id unknown: the mention that addressed the bot is the leading one
      /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

export function appMention(deps: SlackDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    // other bots mentioning us, and edits, are not commands from a person
    if (!event.user || event.bot_id || event.subtype) return;
    // in the bot's own DM the message listener already answers the same text
    if (event.channel.startsWith('D')) return;
    const teamId = context.teamId ?? event.team ?? '';
    const actor = await deps.people.resolve(client, teamId, event.user, context.enterpriseId);
    // a mention reaches the bot only in a channel it is in: the console can offer to post there
    await deps.core.conversations.save({
      platform: 'slack',
      tenantId: teamId,
      conversationId: event.channel,
      kind: event.channel.startsWith('C') ? 'channel' : 'group',
      personId: null,
      reference: { teamId, channelId: event.channel },
    });
    const card = await deps.core.commands.run({
      text: withoutBotMention(event.text, context.botUserId),
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
      conversation: slackConversation(teamId, event.channel),
    });
    await client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      ...(event.thread_ts ? { thread_ts: event.thread_ts } : {}),
      ...renderBlockKit(card),
    });
  };
}
