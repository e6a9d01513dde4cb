/**
 * Teams read receipts (`event` activity `application/vnd.microsoft.readReceipt`, 1:1 chats only,
 * with the RSC permission ChatMessageReadReceipt.Read.Chat): `value.lastReadMessageId` is the
 * last message the person has read in this chat, so every news message sent there up to it is
 * read. botbuilder's onTeamsReadReceiptEvent hands us that id.
 */
import type { TurnContext } from 'botbuilder';
import type { NewsSignals } from './news-signals.js';

export const newsReadReceipt =
  (news: () => NewsSignals) =>
  async (
    receipt: { lastReadMessageId: string },
    context: TurnContext,
    next: () => Promise<void>,
  ): Promise<void> => {
    const conversationId = context.activity.conversation?.id;
    const lastReadMessageId = receipt.lastReadMessageId;
    if (conversationId && lastReadMessageId) {
      await news().recordReadReceipt('teams', conversationId, lastReadMessageId);
    }
    await next();
  };
