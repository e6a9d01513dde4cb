/**
 * `/relais <words>`: acknowledged at once (Slack allows 3 s), then the core's command router
 * answers with a card, sent back privately through the command's response_url in the person's
 * language. `/relais` alone is help.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderBlockKit } from '../../cards/render-block-kit.js';
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
    const card = await deps.core.commands.run({
      text: command.text,
      actor: actor.person,
      locale: actor.locale,
      platform: 'slack',
    });
    await respond({ response_type: 'ephemeral', ...renderBlockKit(card) });
  };
}
