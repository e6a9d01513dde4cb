/**
 * News by audience group: the rows naming each group an item's audience names (written with the
 * item, replaced when a draft's audience changes) and the read a group's portal makes through
 * them, so a group's items are found however many newer items the organisation published.
 */
import type { NewsDb, NewsRow } from './news-tables.js';

/** Replaces the groups indexed for an item by those its audience names now. */
export async function indexAudienceGroups(
  db: NewsDb,
  newsId: string,
  groupIds: readonly string[],
): Promise<void> {
  await db.deleteFrom('news_audience_groups').where('news_id', '=', newsId).execute();
  const distinct = [...new Set(groupIds)];
  if (distinct.length === 0) return;
  await db
    .insertInto('news_audience_groups')
    .values(distinct.map((group_id) => ({ group_id, news_id: newsId })))
    .execute();
}

/** The live (published, not expired) items whose audience names the group, newest published first. */
export function liveNewsOfGroup(
  db: NewsDb,
  groupId: string,
  liveStatuses: readonly string[],
  limit: number,
): Promise<NewsRow[]> {
  const now = new Date().toISOString();
  return db
    .selectFrom('news_audience_groups as g')
    .innerJoin('news', 'news.id', 'g.news_id')
    .selectAll('news')
    .where('g.group_id', '=', groupId)
    .where('news.status', 'in', [...liveStatuses])
    .where((eb) => eb.or([eb('news.expires_at', 'is', null), eb('news.expires_at', '>', now)]))
    .orderBy('news.published_at', 'desc')
    .orderBy('news.id')
    .limit(limit)
    .execute();
}
