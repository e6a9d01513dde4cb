/**
 * What a portal shows from the news and polls capabilities, read through their services: the
 * live news items whose audience names the group (pinned ones first) and the open polls sent to
 * it, each read by the group (an index on the audience's groups), so however much the rest of the
 * organisation publishes, the group's own items are found; whoever reads a portal is a member of
 * the group, so every item shown is addressed to them.
 */
import type { Principal } from '../../auth/principal.js';
import { isAppError } from '../../errors/errors.js';
import type { Locale } from '../../i18n/i18n.js';
import type { NewsService } from '../../news/news-service.js';
import type { PollService } from '../../polls/poll-service.js';

/** the portal reads other capabilities as a system integration, after its own access check */
export const PORTAL_PRINCIPAL: Principal = { kind: 'automation', keyId: 'groups.portal' };

const NEWS_SHOWN = 10;
const POLLS_SHOWN = 10;

export interface PortalNewsLine {
  id: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  strategic: boolean;
}

export interface PortalPollLine {
  id: string;
  question: string;
  closesAt: string | null;
}

type NewsItem = Awaited<ReturnType<NewsService['get']>>;

const live = (item: NewsItem) => item.status === 'published' || item.status === 'publishing';

const lineOf = (item: NewsItem, locale: Locale): PortalNewsLine => {
  const variant = item.variants[locale] ?? item.variants[locale === 'fr' ? 'en' : 'fr'];
  return {
    id: item.id,
    title: variant?.title ?? '',
    summary: variant?.summary ?? '',
    publishedAt: item.publishedAt,
    strategic: item.strategic,
  };
};

export async function groupNews(
  news: NewsService,
  groupId: string,
  pinnedIds: readonly string[],
  locale: Locale,
): Promise<{ pinned: PortalNewsLine[]; recent: PortalNewsLine[] }> {
  // the pinned ones are left out of the recent ones, so read enough to still show NEWS_SHOWN
  const ours = (
    await news.ofGroup(PORTAL_PRINCIPAL, groupId, { limit: NEWS_SHOWN + pinnedIds.length })
  ).filter(live);
  const byId = new Map(ours.map((item) => [item.id, item]));
  // a pinned item older than those read is read on its own; one recalled, expired or no longer
  // addressed to the group is left out rather than shown
  const pinned: PortalNewsLine[] = [];
  for (const id of pinnedIds) {
    const item = byId.get(id) ?? (await pinnedItem(news, id));
    if (item && live(item) && item.audience.groups.includes(groupId)) pinned.push(lineOf(item, locale));
  }
  const recent = ours
    .filter((item) => !pinnedIds.includes(item.id))
    .slice(0, NEWS_SHOWN)
    .map((item) => lineOf(item, locale));
  return { pinned, recent };
}

async function pinnedItem(news: NewsService, id: string): Promise<NewsItem | undefined> {
  try {
    return await news.get(PORTAL_PRINCIPAL, id);
  } catch (error) {
    // deleted since it was pinned: nothing to show
    if (isAppError(error) && error.code === 'not_found') return undefined;
    throw error;
  }
}

/** whether a news item may be pinned to the group: it exists and its audience names the group */
export async function isGroupNews(news: NewsService, groupId: string, id: string): Promise<boolean> {
  const item = await pinnedItem(news, id);
  return Boolean(item?.audience.groups.includes(groupId));
}

export async function groupPolls(polls: PollService, groupId: string): Promise<PortalPollLine[]> {
  const open = await polls.openOfGroup(PORTAL_PRINCIPAL, groupId, { limit: POLLS_SHOWN });
  return open.map((poll) => ({ id: poll.id, question: poll.question, closesAt: poll.closesAt }));
}
