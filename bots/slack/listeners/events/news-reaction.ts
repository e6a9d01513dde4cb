/**
 * `reaction_added` / `reaction_removed`: an emoji on a message. When the message is a news item
 * the bot delivered (found by channel and `ts`), the core records the reaction; on any other
 * message the core finds no delivery and does nothing.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.js';

type ReactionArgs = (
  | SlackEventMiddlewareArgs<'reaction_added'>
  | SlackEventMiddlewareArgs<'reaction_removed'>
) &
  AllMiddlewareArgs;

export function newsReaction(deps: SlackDeps, added: boolean) {
  return async ({ event, context, body }: ReactionArgs) => {
    if (event.item.type !== 'message') return;
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id ?? '';
    await deps.core.news.recordReaction({
      platform: 'slack',
      conversationId: event.item.channel,
      messageId: event.item.ts,
      identity: { platform: 'slack', tenantId: teamId, userId: event.user },
      reaction: event.reaction,
      added,
    });
  };
}
