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

/** What a platform says of a person when asked (the kind as people's PlatformProfile has it). */
export interface LookedUpMember {
  email?: string;
  /** unset when the platform did not say */
  kind?: 'member' | 'guest' | 'unknown';
}

/**
 * The ids one team (a group's space on a platform where a team has several) is known by, as far as
 * its adapter can tell; an id it cannot tell yet is left unset.
 */
export interface TeamIds {
  /** the conversation that reaches the whole team: what sends and matching its channels use */
  conversationId?: string;
  /** the id the directory knows the team by: what guest invitations add members to */
  directoryId?: string;
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
   * Optional: what the platform says of this person now (member or guest, their email), asked
   * in a conversation they are in (Teams' connector member lookup in their 1:1): what a failed
   * lookup at first contact could not learn. Throws DeliveryError when it could not be asked.
   */
  lookupMember?(identity: PlatformIdentity, conversation?: ConversationTarget): Promise<LookedUpMember>;
  /**
   * Optional: how many members the conversation has (Slack conversations.members, Teams
   * pagedmembers), for the reach of an ambassador's relay; undefined when the platform does not
   * tell, and beyond MEMBER_COUNT_LIMIT (unknown, never a floor passed off as the figure). Throws
   * DeliveryError.
   */
  memberCount?(conversation: ConversationTarget): Promise<number | undefined>;
  /**
   * Optional: the channels where both the bot and this person are members, as the platform lists
   * them now (Slack users.conversations for each), at most `limit`. Throws DeliveryError.
   */
  channelsOf?(identity: PlatformIdentity, limit: number): Promise<{ conversationId: string; name: string }[]>;
  /**
   * Optional: the ids of the teams these ids name, each id as a group recorded its team (either
   * of the team's ids), with an entry for every id asked (Teams: a team's Entra group id and its
   * Bot Framework id, learned from the team's channels the bot has seen). Without it, an id is
   * taken as it was recorded.
   */
  teamIds?(ids: readonly string[]): Promise<Map<string, TeamIds>>;
}

/**
 * The most members a messenger counts (memberCount): 10,000 people, a few seconds of paging on
 * either platform; a larger conversation's count is unknown on both.
 */
export const MEMBER_COUNT_LIMIT = 10_000;

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
