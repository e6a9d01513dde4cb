/** Registers the news listeners on the Teams bot: read receipts and reactions feed the news stats. */
import type { TeamsActivityHandler } from 'botbuilder';
import { newsMessageReaction } from './message-reaction.js';
import type { NewsSignals } from './news-signals.js';
import { newsReadReceipt } from './read-receipt.js';

export function registerNewsListeners(bot: TeamsActivityHandler, news: () => NewsSignals): void {
  bot.onTeamsReadReceiptEvent(newsReadReceipt(news));
  bot.onMessageReaction(newsMessageReaction(news));
}
