/** The part of the news service the Teams listeners feed: read receipts and reactions. */
import type { NewsService } from '../../../../shared/news/news-service.js';

export type NewsSignals = Pick<NewsService, 'recordReadReceipt' | 'recordReaction'>;
