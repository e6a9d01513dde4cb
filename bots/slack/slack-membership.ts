/**
 * Whether a Slack user is a member of a conversation, as Slack knows it: conversations.members,
 * paged (Tier 4) until the user turns up. A conversation the bot may not see (channel_not_found,
 * not_in_channel, a missing scope) counts as "not a member": whoever asks to post there must show
 * membership another way. Only a failure worth retrying (rate limit, outage) is thrown.
 */
import type { WebClient } from '@slack/web-api';
import { DeliveryError } from '../../shared/errors/errors.js';
import { MEMBER_COUNT_LIMIT } from '../../shared/messaging/messenger.js';
import { toDeliveryError } from './delivery-errors.js';

/** Slack's own maximum page size for conversations.members */
const PAGE_SIZE = 1000;

export async function isSlackConversationMember(
  client: WebClient,
  channel: string,
  userId: string,
): Promise<boolean> {
  let cursor: string | undefined;
  try {
    do {
      const page = await client.conversations.members({ channel, limit: PAGE_SIZE, cursor });
      if (page.members?.includes(userId)) return true;
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return false;
  } catch (error) {
    const failure = toDeliveryError(error, 'conversations.members');
    if (failure instanceof DeliveryError && !failure.retryable) return false;
    throw failure;
  }
}

/** a channel larger than the limit is counted as unknown, like on Teams, not paged for minutes */
const MAX_PAGES = Math.ceil(MEMBER_COUNT_LIMIT / PAGE_SIZE);

/**
 * How many members a Slack conversation has (conversations.members, paged), for the reach of an
 * ambassador's relay; undefined when the bot may not see it or past MEMBER_COUNT_LIMIT (unknown,
 * not a floor). Only a retryable failure is thrown.
 */
export async function slackConversationMemberCount(
  client: WebClient,
  channel: string,
): Promise<number | undefined> {
  let cursor: string | undefined;
  let count = 0;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await client.conversations.members({ channel, limit: PAGE_SIZE, cursor });
      count += result.members?.length ?? 0;
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) return count;
    }
    return undefined;
  } catch (error) {
    const failure = toDeliveryError(error, 'conversations.members');
    if (failure instanceof DeliveryError && !failure.retryable) return undefined;
    throw failure;
  }
}

/** pages of users.conversations read at most per member (200 channels each) */
const MAX_CHANNEL_PAGES = 10;

/**
 * The channels both the bot and a user are in: users.conversations for the bot (its own token,
 * no user) and for the user (what the bot may see of theirs), intersected. Only a retryable
 * failure is thrown; a user or channel the bot may not see counts as none.
 */
export async function slackSharedChannels(
  client: WebClient,
  userId: string,
  limit: number,
): Promise<{ conversationId: string; name: string }[]> {
  const list = async (user?: string) => {
    const found = new Map<string, string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_CHANNEL_PAGES; page++) {
      const result = await client.users.conversations({
        ...(user ? { user } : {}),
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: 200,
        cursor,
      });
      for (const c of result.channels ?? []) if (c.id) found.set(c.id, c.name ?? c.id);
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return found;
  };
  try {
    const bot = await list();
    const theirs = await list(userId);
    return [...theirs]
      .filter(([id]) => bot.has(id))
      .slice(0, limit)
      .map(([conversationId, name]) => ({ conversationId, name }));
  } catch (error) {
    const failure = toDeliveryError(error, 'users.conversations');
    if (failure instanceof DeliveryError && !failure.retryable) return [];
    throw failure;
  }
}
