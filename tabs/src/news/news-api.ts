/**
 * The console's calls to the news REST API (/api/v1/news…), one function per call, typed by the
 * server's OpenAPI document (../api/relais-api.d.ts). The server validates everything again.
 */
import { type ApiClient, answerAs, answerOf, asCsv } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';

export type NewsLocale = 'fr' | 'en';

/** What the composer writes (POST /news, PATCH /news/{id}, POST /news/preview). */
export type NewsDraft = BodyOf<'/news', 'post'>;
/** One language of an item: image and buttons are per language. */
export type NewsVariant = NonNullable<NewsDraft['variants'][NewsLocale]>;
export type NewsButton = NonNullable<NewsVariant['buttons']>[number];
export type AudienceInput = NewsDraft['audience'];
export type ChannelTarget = NonNullable<AudienceInput['channels']>[number];

export type NewsItem = ResponseOf<'/news/{id}', 'get'>;
export type NewsStatus = NewsItem['status'];
export type NewsStats = ResponseOf<'/news/{id}/stats', 'get'>;
export type SignalCounts = NewsStats['totals'];
export type NeutralCard = NonNullable<ResponseOf<'/news/preview', 'post'>['cards'][NewsLocale]>;

// Local shapes: the document declares no response schema for the deliveries, the pending
// acknowledgements and the feed yet (issue 10, item 3). Drop each when it does.

export interface Delivery {
  deliveryId: string;
  personId: string | null;
  displayName: string | null;
  email: string | null;
  department: string | null;
  platform: string | null;
  channelName: string | null;
  conversationId: string | null;
  messageId: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
  clickedAt: string | null;
  reactedAt: string | null;
}

/** Someone who got a strategic item and has not acknowledged it. */
export interface PendingAcknowledgement {
  personId: string;
  displayName: string;
  email: string | null;
  department: string | null;
  platform: string;
}

/** One news item of a person's feed, already in their language. */
export interface FeedItem {
  id: string;
  locale: NewsLocale;
  title: string;
  summary: string;
  body: string;
  imageUrl: string | null;
  buttons: NewsButton[];
  strategic: boolean;
  authorName: string;
  publishedAt: string;
  expiresAt: string | null;
  acknowledgedAt: string | null;
  readAt: string | null;
}

/** The item's path, and the signal that cancels a read when its page closes (useLoad). */
const id = (newsId: string, signal?: AbortSignal) => ({ params: { path: { id: newsId } }, signal });

export function newsApi({ http }: ApiClient) {
  return {
    list: async (signal?: AbortSignal): Promise<NewsItem[]> =>
      (await answerOf(http.GET('/news', { signal }))).items,
    get: (newsId: string, signal?: AbortSignal) => answerOf(http.GET('/news/{id}', id(newsId, signal))),
    create: (draft: NewsDraft) => answerOf(http.POST('/news', { body: draft })),
    update: (newsId: string, draft: BodyOf<'/news/{id}', 'patch'>) =>
      answerOf(http.PATCH('/news/{id}', { ...id(newsId), body: draft })),
    /** `at` absent: now; `timeZone` says how the author meant the time */
    publish: (newsId: string, at?: { at: string; timeZone: string }) =>
      answerOf(http.POST('/news/{id}/publish', { ...id(newsId), body: at ?? {} })),
    recall: (newsId: string) => answerOf(http.POST('/news/{id}/recall', id(newsId))),
    approve: (newsId: string) => answerOf(http.POST('/news/{id}/approve', id(newsId))),
    cancel: (newsId: string) => answerOf(http.POST('/news/{id}/cancel', id(newsId))),
    stats: (newsId: string, signal?: AbortSignal) =>
      answerOf(http.GET('/news/{id}/stats', id(newsId, signal))),
    deliveries: async (
      newsId: string,
      limit = 100,
      offset = 0,
      signal?: AbortSignal,
    ): Promise<Delivery[]> => {
      const page = await answerAs<{ deliveries?: Delivery[] } | undefined>(
        http.GET('/news/{id}/deliveries', {
          params: { path: { id: newsId }, query: { limit, offset } },
          signal,
        }),
      );
      return page?.deliveries ?? [];
    },
    pendingAcknowledgements: (newsId: string, limit = 50, offset = 0, signal?: AbortSignal) =>
      answerAs<{ people: PendingAcknowledgement[]; total: number }>(
        http.GET('/news/{id}/pending-acknowledgements', {
          params: { path: { id: newsId }, query: { limit, offset } },
          signal,
        }),
      ),
    deliveriesCsv: (newsId: string) =>
      answerOf(
        http.GET('/news/{id}/deliveries', {
          params: { path: { id: newsId }, query: { format: 'csv' } },
          ...asCsv,
        }),
      ) as Promise<string>,
    /** the neutral cards a draft becomes, per language (the adapters' renderers draw them) */
    preview: (draft: NewsDraft, signal?: AbortSignal) =>
      answerOf(http.POST('/news/preview', { body: draft, signal })),
    feed: async (locale: NewsLocale, limit = 50, signal?: AbortSignal): Promise<FeedItem[]> => {
      const page = await answerAs<{ items?: FeedItem[] } | undefined>(
        http.GET('/news/feed', { params: { query: { limit, locale } }, signal }),
      );
      return page?.items ?? [];
    },
    acknowledge: (newsId: string) => answerOf(http.POST('/news/{id}/acknowledge', id(newsId))),
    view: (newsId: string) => answerOf(http.POST('/news/{id}/view', id(newsId))),
  };
}

export type NewsApi = ReturnType<typeof newsApi>;
