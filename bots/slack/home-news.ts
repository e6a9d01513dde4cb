/**
 * The news part of the App Home: the person's feed (only what was addressed to them, newest
 * first, expired and recalled items left out), each item as the very neutral card the core sends
 * them (their language, their acknowledgement state, the "I have read it" button on strategic
 * items, tracked links), under a "Your news" heading. Showing an item on the Home is a view.
 */
import type { Card } from '../../shared/cards/model.js';
import type { Core } from '../../shared/core.js';
import { translator } from '../../shared/i18n/i18n.js';
import type { SlackActor } from './slack-people.js';

/** Items shown: a Home view holds 100 blocks, a news card up to about eight. */
export const HOME_NEWS_ITEMS = 8;

export interface HomeNews {
  /** the heading card, then one card per item */
  cards: Card[];
  /** the items shown, newest first */
  newsIds: string[];
}

export async function homeNews(core: Pick<Core, 'news'>, actor: SlackActor): Promise<HomeNews> {
  const t = translator(actor.locale);
  const items = await core.news.feed(actor.person, {
    limit: HOME_NEWS_ITEMS,
    offset: 0,
    locale: actor.locale,
  });
  const cards: Card[] = [];
  const newsIds: string[] = [];
  for (const item of items) {
    const card = await core.news.cardFor(item.id, actor.person, actor.locale);
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

/** Each item shown on the Home is a view (`news.viewed`, and a `read` signal the first time). */
export async function recordHomeViews(
  core: Pick<Core, 'news'>,
  actor: SlackActor,
  newsIds: string[],
): Promise<void> {
  for (const id of newsIds) await core.news.recordView(id, actor.person.id, 'slack');
}
