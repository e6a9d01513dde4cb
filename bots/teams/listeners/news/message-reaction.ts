/**
 * `messageReaction` activities: someone added or removed a reaction (like, heart…) on one of the
 * bot's messages. `replyToId` names the message; in a channel the conversation id carries the
 * thread (`;messageid=…`), while deliveries record the channel itself, so the thread is dropped.
 */
import type { TurnContext } from 'botbuilder';
import { channelIdOf, conversationKindOf, senderIdentityOf } from '../../turn/teams-activity-facts.js';
import type { NewsSignals } from './news-signals.js';

export const newsMessageReaction =
  (news: () => NewsSignals) =>
  async (context: TurnContext, next: () => Promise<void>): Promise<void> => {
    const { activity } = context;
    const identity = senderIdentityOf(activity);
    const messageId = activity.replyToId;
    const rawConversationId = activity.conversation?.id;
    if (identity && messageId && rawConversationId) {
      const conversationId =
        conversationKindOf(activity) === 'channel' ? channelIdOf(rawConversationId) : rawConversationId;
      const base = {
        platform: 'teams' as const,
        conversationId,
        messageId,
        identity: { platform: 'teams' as const, tenantId: identity.tenantId, userId: identity.userId },
      };
      for (const reaction of activity.reactionsAdded ?? []) {
        await news().recordReaction({ ...base, reaction: reaction.type ?? 'like', added: true });
      }
      for (const reaction of activity.reactionsRemoved ?? []) {
        await news().recordReaction({ ...base, reaction: reaction.type ?? 'like', added: false });
      }
    }
    await next();
  };
