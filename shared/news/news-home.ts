/**
 * A person's news on a home surface (the Slack App Home today): their feed — only what was
 * addressed to them, newest first, expired and recalled items left out — each item as the very
 * card the core sends them (their language, their acknowledgement state, the "I have read it"
 * button on strategic items, tracked links), under a "Your news" heading.
 */
import type { Card } from '../cards/model.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import type { HomeNews, NewsService } from './news-service.js';

/** Items shown: a Slack Home view holds 100 blocks, a news card up to about eight. */
export const HOME_NEWS_ITEMS = 8;

export async function homeNews(
  news: Pick<NewsService, 'feed' | 'cardFor'>,
  person: Person,
  locale: Locale,
): Promise<HomeNews> {
  const t = translator(locale);
  const items = await news.feed(person, { limit: HOME_NEWS_ITEMS, offset: 0, locale });
  const cards: Card[] = [];
  const newsIds: string[] = [];
  for (const item of items) {
    const card = await news.cardFor(item.id, person, locale);
    if (!card) continue;
    cards.push(card);
    newsIds.push(item.id);
  }
  const heading: Card = {
    summary: t('news.feed.title'),
    blocks: [
      { type: 'heading', text: t('news.feed.title') },
      ...(cards.length === 0 ? [{ type: 'text' as const, text: t('news.feed.empty'), subtle: true }] : []),
    ],
  };
  return { cards: [heading, ...cards], newsIds };
}
