/**
 * `/relais <words>`: acknowledged at once (Slack allows 3 s), then the core's command router
 * answers with a card, sent back privately through the command's response_url in the person's
 * language; a command that answers with a dialog opens it as a modal. `/relais` alone is help.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderBlockKit } from '../../cards/render-block-kit.js';
import { openDialog, slackConversation } from '../../replies/open-dialog.js';
import type { SlackDeps } from '../slack-deps.js';

export function relaisCommand(deps: SlackDeps) {
  return async ({
    command,
    ack,
    respond,
    client,
    context,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const teamId = context.teamId ?? command.team_id;
    const actor = await deps.people.resolve(client, teamId, command.user_id, context.enterpriseId);
    const result = await deps.core.commands.execute({
      text: command.text,
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
      conversation: slackConversation(teamId, command.channel_id),
    });
    if (result.dialog) {
      // the command's trigger_id is valid 3 s: the modal opens at once
      await openDialog(client, command.trigger_id, result.dialog, actor.locale, command.channel_id);
      return;
    }
    if (result.card) await respond({ response_type: 'ephemeral', ...renderBlockKit(result.card) });
  };
}
