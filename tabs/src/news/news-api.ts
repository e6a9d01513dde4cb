/**
 * The console's calls to the news REST API (/api/v1/news…), one function per call, typed by the
 * server's OpenAPI document (../api/relais-api.d.ts). The server validates everything again.
 */
import { type ApiClient, answerOf, asCsv } from '../api/api-client.js';
import type { BodyOf, ResponseOf } from '../api/api-types.js';
import { audienceApi } from '../components/audience-picker/audience-api.js';

/** What the composer writes (POST /news, PATCH /news/{id}, POST /news/preview). */
export type NewsDraft = BodyOf<'/news', 'post'>;
/** The languages an item is written in. */
export type NewsLocale = keyof NewsDraft['variants'];
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

/** One delivery of an item, with the person's signals (a page of GET /news/{id}/deliveries). */
export type Delivery = ResponseOf<'/news/{id}/deliveries', 'get'>['deliveries'][number];

/** The item's path, and the signal that cancels a read when its page closes (useLoad). */
const id = (newsId: string, signal?: AbortSignal) => ({ params: { path: { id: newsId } }, signal });

export function newsApi({ http }: ApiClient) {
  return {
    /** the audience picker's suggestions and reach count */
    audiences: audienceApi({ http }),
    list: async (signal?: AbortSignal): Promise<NewsItem[]> =>
      (await answerOf(http.GET('/news', { signal }))).items,
    get: (newsId: string, signal?: AbortSignal) => answerOf(http.GET('/news/{id}', id(newsId, signal))),
    create: (draft: NewsDraft) => answerOf(http.POST('/news', { body: draft })),
    update: (newsId: string, draft: BodyOf<'/news/{id}', 'patch'>) =>
      answerOf(http.PATCH('/news/{id}', { ...id(newsId), body: draft })),
    /** `at` absent: now; `timeZone` says how the author meant the time */
    publish: (newsId: string, at?: { at: string; timeZone: string; allowEmpty?: boolean }) =>
      answerOf(http.POST('/news/{id}/publish', { ...id(newsId), body: at ?? {} })),
    recall: (newsId: string) => answerOf(http.POST('/news/{id}/recall', id(newsId))),
    approve: (newsId: string) => answerOf(http.POST('/news/{id}/approve', id(newsId))),
    cancel: (newsId: string) => answerOf(http.POST('/news/{id}/cancel', id(newsId))),
    /** "send me a test": the item to the signed-in person only, not counted */
    test: (newsId: string, locale: NewsLocale) =>
      answerOf(http.POST('/news/{id}/test', { ...id(newsId), body: { locale } })),
    stats: (newsId: string, signal?: AbortSignal) =>
      answerOf(http.GET('/news/{id}/stats', id(newsId, signal))),
    deliveries: async (
      newsId: string,
      limit = 100,
      offset = 0,
      signal?: AbortSignal,
    ): Promise<Delivery[]> => {
      const page = await answerOf(
        http.GET('/news/{id}/deliveries', {
          params: { path: { id: newsId }, query: { limit, offset } },
          signal,
        }),
      );
      return page.deliveries;
    },
    pendingAcknowledgements: (newsId: string, limit = 50, offset = 0, signal?: AbortSignal) =>
      answerOf(
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
      ),
    /** the neutral cards a draft becomes, per language (the adapters' renderers draw them) */
    preview: (draft: NewsDraft, signal?: AbortSignal) =>
      answerOf(http.POST('/news/preview', { body: draft, signal })),
    /** the person's feed, each item already in their language */
    feed: async (locale: NewsLocale, limit = 50, signal?: AbortSignal) => {
      const page = await answerOf(http.GET('/news/feed', { params: { query: { limit, locale } }, signal }));
      return page.items;
    },
    acknowledge: (newsId: string) => answerOf(http.POST('/news/{id}/acknowledge', id(newsId))),
    view: (newsId: string) => answerOf(http.POST('/news/{id}/view', id(newsId))),
  };
}

export type NewsApi = ReturnType<typeof newsApi>;
