/**
 * Whether a Slack user is a member of a conversation, as Slack knows it: conversations.members,
 * paged (Tier 4) until the user turns up. A conversation the bot may not see (channel_not_found,
 * not_in_channel, a missing scope) counts as "not a member": whoever asks to post there must show
 * membership another way. Only a failure worth retrying (rate limit, outage) is thrown.
 */
import type { WebClient } from '@slack/web-api';
import { DeliveryError } from '../../shared/errors/errors.js';
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

/** pages counted at most (100,000 members): beyond that the reach is a floor, not worth more calls */
const MAX_PAGES = 100;

/**
 * How many members a Slack conversation has (conversations.members, paged), for the reach of an
 * ambassador's relay; undefined when the bot may not see it. Only a retryable failure is thrown.
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
      if (!cursor) break;
    }
    return count;
  } catch (error) {
    const failure = toDeliveryError(error, 'conversations.members');
    if (failure instanceof DeliveryError && !failure.retryable) return undefined;
    throw failure;
  }
}
