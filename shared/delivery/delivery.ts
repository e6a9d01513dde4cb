/**
 * Deliveries: one record per (subject, recipient, platform) — a news item, a poll or a tour step
 * sent to a person 1:1 or posted into a channel — with its platform message id so the copy can be
 * updated or withdrawn later. Features own the subject (what is sent); the DeliveryService owns
 * who got which copy, when, and what went wrong.
 */
import type { Card } from '../cards/model.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';

export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'cancelled'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export interface Delivery {
  id: string;
  subjectType: string;
  subjectId: string;
  /** null for a channel post */
  personId: string | null;
  /** null for a person with no chat account (recorded unreachable, 'no chat account') */
  platform: PlatformName | null;
  tenantId: string | null;
  /** the channel, or the 1:1 conversation once the message is sent */
  conversationId: string | null;
  messageId: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** ISO time */
  sentAt: string | null;
  updatedAt: string;
  /** channel posts: the channel's name when the audience gave it */
  channelName: string | null;
  locale: Locale;
  /** a sent copy already replaced by the short "withdrawn" card of a recall */
  withdrawn: boolean;
}

/** Who a card is rendered for. */
export interface RenderRecipient {
  deliveryId: string;
  /** null for a channel post */
  personId: string | null;
  locale: Locale;
  platform: PlatformName;
}

/** A feature's content for one subject type, rendered per recipient at send time. */
export interface ContentProvider {
  /** the card for this recipient; null = skip (the subject was cancelled or expired) */
  render(subjectId: string, recipient: RenderRecipient): Promise<Card | null>;
  /** the short "withdrawn" card that replaces every copy on recall */
  withdrawn?(subjectId: string, recipient: RenderRecipient): Promise<Card>;
}

export interface DeliveryProgress {
  total: number;
  byStatus: Record<DeliveryStatus, number>;
  /** no delivery is queued or sending (and the audience is fully resolved) */
  done: boolean;
  /** sends per second over the last minute */
  sentPerSecond: number;
  /** time left at the current rate: 0 when done, null while unknown (nothing sent yet) */
  etaSeconds: number | null;
}

export interface DeliveryListQuery {
  status?: DeliveryStatus;
  limit: number;
  offset: number;
}

export interface BroadcastRequest {
  subjectType: string;
  subjectId: string;
  /** an Audience (shared/audiences/audience.ts), parsed */
  audience: import('../audiences/audience.js').Audience;
}

export type RefreshMode = 'update' | 'withdraw';
