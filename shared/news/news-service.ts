/**
 * The news service: what the REST routes, chat surfaces (read receipts, reactions, App Home, the
 * console) and dialogs (share as news) call. Implemented by shared/news/sql-news-service.ts over
 * the store, the job queue and the delivery machinery (core.delivery). Every method checks the
 * principal's rights itself: the same rules hold on every path (chat, tab, REST).
 */
import type { Principal } from '../auth/principal.js';
import type { Card } from '../cards/model.js';
import type { DeliveryStatus } from '../delivery/delivery.js';
import type { Locale } from '../i18n/i18n.js';
import type { PlatformIdentity, PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import type {
  DraftFromChat,
  FeedItem,
  NewsInput,
  NewsItem,
  NewsPatch,
  NewsStats,
  NewsStatus,
  PendingAcknowledgement,
  PublishInput,
} from './news-model.js';
import type { DeliveryRecordView } from './news-stats.js';

export interface NewsReaction {
  platform: PlatformName;
  conversationId: string;
  messageId: string;
  identity: Pick<PlatformIdentity, 'platform' | 'tenantId' | 'userId'>;
  reaction: string;
  /** false when the reaction was removed (logged; the first `reacted` signal stays) */
  added: boolean;
}

export interface NewsListQuery {
  status?: NewsStatus;
  limit: number;
  offset: number;
}

export interface NewsService {
  /** communicators (within their granted audiences) and admins */
  create(principal: Principal, input: NewsInput): Promise<NewsItem>;
  /** share as news from chat: a draft in the actor's language, to finish in the console */
  createDraft(principal: Principal, input: DraftFromChat): Promise<NewsItem>;
  /**
   * edits a draft, scheduled or published item; a published item's delivered copies are updated
   * everywhere (paced); its audience can no longer change (409)
   */
  update(principal: Principal, id: string, patch: NewsPatch): Promise<NewsItem>;
  /**
   * the item for authors and admins; for anyone else only a published item addressed to them
   * (else not_found: a guest cannot learn that it exists)
   */
  get(principal: Principal, id: string): Promise<NewsItem>;
  /** the console list (communicators see theirs, admins all), newest first */
  list(principal: Principal, query: NewsListQuery): Promise<{ items: NewsItem[]; total: number }>;
  /**
   * the live items whose audience names the group, newest published first (a group's portal);
   * an automation key or admin reads any group, a person only a group they are in (else not_found)
   */
  ofGroup(principal: Principal, groupId: string, page: { limit: number }): Promise<NewsItem[]>;
  /**
   * now, or at a time (durable scheduled job). An organisation-wide send by a non-admin waits for
   * an admin's approval when NEWS_APPROVAL_REQUIRED is on (status pending_approval).
   */
  publish(principal: Principal, id: string, when?: PublishInput): Promise<NewsItem>;
  /** admins: approves a pending item, which then publishes as it was asked (now or at its time) */
  approve(principal: Principal, id: string): Promise<NewsItem>;
  /** stops a send in progress (what was sent stays) or a scheduled publish (back to draft) */
  cancel(principal: Principal, id: string): Promise<NewsItem>;
  /** replaces every delivered copy with a short "withdrawn" card; leaves the feeds */
  recall(principal: Principal, id: string): Promise<NewsItem>;
  stats(principal: Principal, id: string): Promise<NewsStats>;
  /** delivery records with each person's signals, paged */
  deliveries(
    principal: Principal,
    id: string,
    query: { status?: DeliveryStatus; limit: number; offset: number },
  ): Promise<{ deliveries: DeliveryRecordView[]; total: number }>;
  /** every delivery record as CSV lines (header first) */
  deliveriesCsv(principal: Principal, id: string): Promise<AsyncIterable<string>>;
  pendingAcknowledgements(
    principal: Principal,
    id: string,
    page: { limit: number; offset: number },
  ): Promise<{ people: PendingAcknowledgement[]; total: number }>;

  /**
   * of these people, those who have not acknowledged a strategic item sent to them whose
   * reminders are all over (still live): who needs a hand with it
   */
  unacknowledgedPastDate(personIds: string[], now?: Date): Promise<Set<string>>;
  /** the person's feed: published items addressed to them, newest first, expired/recalled left out */
  feed(person: Person, options: { limit: number; offset: number; locale: Locale }): Promise<FeedItem[]>;
  /** "I have read it": first time recorded (signal + event); returns when it was acknowledged */
  acknowledge(
    newsId: string,
    person: Person,
    platform?: PlatformName | 'tab',
  ): Promise<{ acknowledgedAt: string }>;
  /** Teams read receipt: every news message in that 1:1 up to that message is read */
  recordReadReceipt(platform: PlatformName, conversationId: string, lastReadMessageId: string): Promise<void>;
  recordReaction(reaction: NewsReaction): Promise<void>;
  /** an item opened in the tab or App Home: `news.viewed` event and a `read` signal */
  recordView(newsId: string, personId: string, platform: PlatformName | 'tab'): Promise<void>;
  /** a tracked link was followed: the real URL (http/https), after recording the click; undefined if forged */
  followLink(token: string): Promise<string | undefined>;
  /** the card a person sees for an item now (e.g. after acknowledging); undefined if not addressed to them */
  cardFor(newsId: string, person: Person, locale: Locale): Promise<Card | undefined>;
  /** the person's news on a home surface (Slack App Home): a heading card, then their latest items */
  home(person: Person, locale: Locale): Promise<HomeNews>;
}

export interface HomeNews {
  /** the heading card, then one card per item */
  cards: Card[];
  /** the items shown, newest first */
  newsIds: string[];
}
