/**
 * The Messenger port: how the core sends and updates cards on a chat platform. Each adapter in
 * bots/ implements it; features pick the messenger from a person's platform identity and never
 * test which platform it is. Platform-only capabilities are optional methods the core checks for.
 */
import type { Card } from '../cards/model.js';
import type { Locale } from '../i18n/i18n.js';

/** Platforms are data (an identity says where a person lives), never a branch in a feature. */
export type PlatformName = 'teams' | 'slack';

/** A person's account on one platform. */
export interface PlatformIdentity {
  platform: PlatformName;
  /** Teams tenant id, or Slack team (workspace) id */
  tenantId: string;
  /** Teams user id (29:...), or Slack user id (U...) */
  userId: string;
  /** Teams AAD object id; unset on Slack */
  aadObjectId?: string;
}

/** A channel, group chat or 1:1 conversation on one platform. */
export interface ConversationTarget {
  kind: 'conversation';
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
}

/** Where a message goes: one person 1:1, or a channel/conversation. */
export type MessageTarget =
  | {
      kind: 'person';
      identity: PlatformIdentity;
      /** the Relais person with this identity, when the caller knows it: spares adapters a lookup */
      personId?: string;
    }
  | ConversationTarget;

/** What the platform gave back for a sent message: enough to update or delete it later. */
export interface SentMessage {
  platform: PlatformName;
  tenantId: string;
  conversationId: string;
  messageId: string;
}

export interface SendOptions {
  locale: Locale;
}

export interface Messenger {
  readonly platform: PlatformName;
  /** Sends a card. Throws DeliveryError (rate_limited, transient, unreachable, rejected). */
  send(target: MessageTarget, content: Card, options: SendOptions): Promise<SentMessage>;
  /** Replaces a message sent earlier. Throws DeliveryError like send. */
  update(message: SentMessage, content: Card, options: SendOptions): Promise<void>;
  /** Optional: removes a message (Slack chat.delete, Teams deleteActivity). */
  delete?(message: SentMessage): Promise<void>;
  /** Optional: a personal home surface (Slack App Home). */
  publishHome?(identity: PlatformIdentity, content: Card, options: SendOptions): Promise<void>;
  /**
   * Optional: whether the platform lists this person among the conversation's members (Slack
   * conversations.members, the Teams connector's conversation member). False also when the
   * platform does not let the bot see the conversation. Throws DeliveryError when it could not
   * be asked.
   */
  isMember?(conversation: ConversationTarget, identity: PlatformIdentity): Promise<boolean>;
  /**
   * Optional: how many members the conversation has (Slack conversations.members), for the reach
   * of an ambassador's relay; undefined when the platform does not tell. Throws DeliveryError.
   */
  memberCount?(conversation: ConversationTarget): Promise<number | undefined>;
}

/** The messengers the running server has, one per configured platform. */
export class MessengerRegistry {
  private readonly byPlatform = new Map<PlatformName, Messenger>();

  register(messenger: Messenger): void {
    this.byPlatform.set(messenger.platform, messenger);
  }

  get(platform: PlatformName): Messenger | undefined {
    return this.byPlatform.get(platform);
  }
}
