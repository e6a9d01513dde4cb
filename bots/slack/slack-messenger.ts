/**
 * The Messenger port on Slack: cards rendered to Block Kit and sent with the workspace's bot
 * token — chat.postMessage (1:1 through conversations.open, whose DM channel id is cached),
 * chat.update, chat.delete, views.publish for the App Home, and conversations.members to tell
 * who is in a channel (users.conversations: the channels a person shares with the bot). The broadcast's calls (chat.postMessage, chat.update, conversations.open)
 * go straight on the keep-alive transport with the workspace client's token (web-api-post.ts).
 * User text is escaped by the renderer; we never send link_names or
 * parse=full, so nobody is pinged by what a user wrote. Failures surface as DeliveryError so the
 * job queue decides when to retry.
 */
import type { WebClient } from '@slack/web-api';
import type Keyv from 'keyv';
import type { Card } from '../../shared/cards/model.js';
import type {
  MessageTarget,
  Messenger,
  PlatformIdentity,
  SentMessage,
} from '../../shared/messaging/messenger.js';
import { renderBlockKit, renderHomeView } from './cards/render-block-kit.js';
import { toDeliveryError } from './delivery-errors.js';
import type { SlackClients } from './slack-clients.js';
import {
  isSlackConversationMember,
  slackConversationMemberCount,
  slackSharedChannels,
} from './slack-membership.js';
import { postWebApi, type WebApiAnswer } from './web-api-post.js';

/** DM channel ids do not change while the app stays installed; a stale one is dropped on error. */
export const DM_CHANNEL_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const dmKey = (teamId: string, userId: string) => `slack:dm:${teamId}:${userId}`;

export function createSlackMessenger(clients: SlackClients, kv: Keyv): Messenger {
  /** runs one Web API step, turning its failure into a DeliveryError */
  async function call<T>(what: string, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      throw toDeliveryError(error, what);
    }
  }

  /** a hot-path Web API call with the workspace client's token and API URL */
  const post = (client: WebClient, method: string, args: Record<string, unknown>): Promise<WebApiAnswer> =>
    call(method, () => postWebApi(client.slackApiUrl, client.token ?? '', method, args));

  async function dmChannel(client: WebClient, identity: PlatformIdentity): Promise<string> {
    const cached = (await kv.get(dmKey(identity.tenantId, identity.userId))) as string | undefined;
    if (cached) return cached;
    const opened = await post(client, 'conversations.open', { users: identity.userId });
    const channel = (opened.channel as { id?: unknown } | undefined)?.id;
    if (typeof channel !== 'string' || !channel)
      throw toDeliveryError(new Error('conversations.open returned no channel'), 'conversations.open');
    await kv.set(dmKey(identity.tenantId, identity.userId), channel, DM_CHANNEL_TTL_MS);
    return channel;
  }

  const tenantOf = (target: MessageTarget) =>
    target.kind === 'person' ? target.identity.tenantId : target.tenantId;

  return {
    platform: 'slack',

    async send(target, content: Card) {
      const teamId = tenantOf(target);
      const client = await clients.forWorkspace({ teamId });
      const channel =
        target.kind === 'person' ? await dmChannel(client, target.identity) : target.conversationId;
      const { text, blocks } = renderBlockKit(content);
      try {
        const sent = await post(client, 'chat.postMessage', {
          channel,
          text,
          blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
        return {
          platform: 'slack',
          tenantId: teamId,
          conversationId: typeof sent.channel === 'string' ? sent.channel : channel,
          messageId: typeof sent.ts === 'string' ? sent.ts : '',
        } satisfies SentMessage;
      } catch (error) {
        // a cached DM channel that Slack no longer knows: forget it so the retry re-opens one
        if (target.kind === 'person' && isCode(error, 'channel_not_found')) {
          await kv.delete(dmKey(teamId, target.identity.userId));
        }
        throw error;
      }
    },

    async update(message, content) {
      const client = await clients.forWorkspace({ teamId: message.tenantId });
      const { text, blocks } = renderBlockKit(content);
      await post(client, 'chat.update', {
        channel: message.conversationId,
        ts: message.messageId,
        text,
        blocks,
      });
    },

    async delete(message) {
      const client = await clients.forWorkspace({ teamId: message.tenantId });
      await call('chat.delete', () =>
        client.chat.delete({ channel: message.conversationId, ts: message.messageId }),
      );
    },

    async publishHome(identity, content) {
      const client = await clients.forWorkspace({ teamId: identity.tenantId });
      await call('views.publish', () =>
        client.views.publish({ user_id: identity.userId, view: renderHomeView([content]) }),
      );
    },

    async isMember(conversation, identity) {
      const client = await clients.forWorkspace({ teamId: conversation.tenantId });
      return isSlackConversationMember(client, conversation.conversationId, identity.userId);
    },
    async channelsOf(identity, limit) {
      const client = await clients.forWorkspace({ teamId: identity.tenantId });
      return slackSharedChannels(client, identity.userId, limit);
    },
    async memberCount(conversation) {
      const client = await clients.forWorkspace({ teamId: conversation.tenantId });
      return slackConversationMemberCount(client, conversation.conversationId);
    },
  };
}

const isCode = (error: unknown, code: string) =>
  typeof error === 'object' && error !== null && 'platformCode' in error && error.platformCode === code;
