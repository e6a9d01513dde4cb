/**
 * A message to the bot in its DM (`message.im`): the text is a command, answered in the same
 * DM. Edits, joins, bot messages (ours included) and other subtypes are ignored.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderBlockKit } from '../../cards/render-block-kit.js';
import { slackConversation } from '../../replies/open-dialog.js';
import type { SlackDeps } from '../slack-deps.js';
import { withoutBotMention } from './app-mention.js';
import { savePersonalConversation } from './personal-conversation.js';

export function directMessage(deps: SlackDeps) {
  return async ({
    message,
    client,
    context,
    say,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (
      message.channel_type !== 'im' ||
      message.subtype !== undefined ||
      ('bot_id' in message && message.bot_id)
    ) {
      return;
    }
    const teamId = context.teamId ?? '';
    const actor = await deps.people.resolve(client, teamId, message.user, context.enterpriseId);
    await savePersonalConversation(deps.core, actor, message.channel);
    const card = await deps.core.commands.run({
      // "@relais help" typed in the DM is still "help"
      text: withoutBotMention(message.text ?? '', context.botUserId),
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
      conversation: slackConversation(teamId, message.channel),
    });
    await say(renderBlockKit(card));
  };
}
