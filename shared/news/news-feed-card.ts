/**
 * The `news` chat command's answer: the person's latest news (newest first), each with its date
 * and, for strategic items, whether they acknowledged it; a link to the console for the rest.
 */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, card, link } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import { formatNewsDate } from './news-card.js';
import type { FeedItem } from './news-model.js';

export function newsFeedCard(items: FeedItem[], t: Translator, consoleUrl: string): Card {
  return card(
    t('news.feed.title'),
    { type: 'heading', text: t('news.feed.title') },
    items.length === 0 ? { type: 'text', text: t('news.feed.empty'), subtle: true } : null,
    ...items.flatMap((item) => [
      {
        type: 'text' as const,
        text: [
          t('news.feed.item', {
            title: escapeMarkdown(item.title),
            date: formatNewsDate(item.publishedAt, item.locale),
          }),
          item.summary ? escapeMarkdown(item.summary) : '',
          item.strategic
            ? item.acknowledgedAt
              ? t('news.feed.acknowledged')
              : `_${t('news.feed.to_acknowledge')}_`
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
      },
    ]),
    { type: 'buttons', buttons: [link(t('news.feed.console'), consoleUrl)] },
  );
}
