/**
 * The console's view of the news REST API (/api/v1/news…): the shapes the pages read and write,
 * and one function per call. The server validates everything again; these types only keep the
 * pages honest about what they send.
 */
import type { ApiClient } from '../api/api-client.js';

export type NewsLocale = 'fr' | 'en';

export interface NewsButton {
  label: string;
  url: string;
}

/** One language of an item (shared/news/news-model.ts: image and buttons are per language). */
export interface NewsVariant {
  title: string;
  summary?: string;
  body?: string;
  imageUrl?: string;
  imageAlt?: string;
  buttons?: NewsButton[];
}

export interface ChannelTarget {
  platform: 'teams' | 'slack';
  tenantId: string;
  conversationId: string;
  name?: string;
}

export interface AudienceInput {
  everyone: boolean;
  departments: string[];
  sites: string[];
  roles: string[];
  people: string[];
  channels: ChannelTarget[];
  includeGuests: boolean;
}

/** What the composer writes (POST /news, PATCH /news/{id}, POST /news/preview). */
export interface NewsDraft {
  variants: Partial<Record<NewsLocale, NewsVariant>>;
  strategic: boolean;
  /** ISO instant, or null for none */
  expiresAt: string | null;
  audience: AudienceInput;
}

export type NewsStatus =
  | 'draft'
  | 'pending_approval'
  | 'scheduled'
  | 'publishing'
  | 'published'
  | 'recalled'
  | 'expired';

export interface NewsItem extends NewsDraft {
  id: string;
  status: NewsStatus;
  authorId: string | null;
  authorName: string;
  createdAt: string;
  updatedAt: string;
  publishAt: string | null;
  publishTimeZone: string | null;
  publishedAt: string | null;
  recalledAt: string | null;
  cancelledAt: string | null;
  remindersSent: number;
}

export interface SignalCounts {
  targeted: number;
  delivered: number;
  read: number;
  acknowledged: number;
  clicked: number;
  reacted: number;
}

export interface NewsStats {
  newsId: string;
  status: NewsStatus;
  deliveries: {
    total: number;
    byStatus: Record<string, number>;
    done: boolean;
    sentPerSecond: number;
    etaSeconds: number | null;
  };
  totals: SignalCounts;
  byDepartment: ({ department: string } & SignalCounts)[];
  remindersSent: number;
}

/** One delivery record with the person's signals (shared/news/news-stats.ts DeliveryRecordView). */
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

// biome-ignore lint/suspicious/noExplicitAny: the neutral card model as JSON, rendered by the adapters
export type NeutralCard = { summary: string; blocks: any[] };

const enc = encodeURIComponent;

export interface Page<T> {
  items: T[];
  total?: number;
}

/** Lists come as `{items}` or as a bare array depending on the route; both are accepted. */
const itemsOf = <T>(value: Page<T> | T[] | undefined): T[] =>
  Array.isArray(value) ? value : (value?.items ?? []);

export function newsApi(api: ApiClient) {
  return {
    list: async (): Promise<NewsItem[]> => itemsOf(await api.request<Page<NewsItem>>('GET', '/news')),
    get: (id: string) => api.request<NewsItem>('GET', `/news/${enc(id)}`),
    create: (draft: NewsDraft) => api.request<NewsItem>('POST', '/news', draft),
    update: (id: string, draft: Partial<NewsDraft>) =>
      api.request<NewsItem>('PATCH', `/news/${enc(id)}`, draft),
    /** `at` absent: now; `timeZone` says how the author meant the time */
    publish: (id: string, at?: { at: string; timeZone: string }) =>
      api.request<NewsItem>('POST', `/news/${enc(id)}/publish`, at ?? {}),
    recall: (id: string) => api.request<NewsItem>('POST', `/news/${enc(id)}/recall`, {}),
    approve: (id: string) => api.request<NewsItem>('POST', `/news/${enc(id)}/approve`, {}),
    cancel: (id: string) => api.request<NewsItem>('POST', `/news/${enc(id)}/cancel`, {}),
    stats: (id: string) => api.request<NewsStats>('GET', `/news/${enc(id)}/stats`),
    deliveries: async (id: string, limit = 100, offset = 0): Promise<Delivery[]> =>
      (
        await api.request<{ deliveries: Delivery[]; total: number }>(
          'GET',
          `/news/${enc(id)}/deliveries?limit=${limit}&offset=${offset}`,
        )
      ).deliveries ?? [],
    pendingAcknowledgements: (id: string, limit = 50, offset = 0) =>
      api.request<{ people: PendingAcknowledgement[]; total: number }>(
        'GET',
        `/news/${enc(id)}/pending-acknowledgements?limit=${limit}&offset=${offset}`,
      ),
    deliveriesCsv: (id: string) => api.text(`/news/${enc(id)}/deliveries?format=csv`),
    /** the neutral cards a draft becomes, per language (the adapters' renderers draw them) */
    preview: (draft: NewsDraft) =>
      api.request<{ cards: Partial<Record<NewsLocale, NeutralCard>> }>('POST', '/news/preview', draft),
    feed: async (locale: NewsLocale, limit = 50): Promise<FeedItem[]> =>
      itemsOf(await api.request<Page<FeedItem>>('GET', `/news/feed?limit=${limit}&locale=${locale}`)),
    acknowledge: (id: string) =>
      api.request<{ acknowledgedAt: string }>('POST', `/news/${enc(id)}/acknowledge`, {}),
    view: (id: string) => api.request<unknown>('POST', `/news/${enc(id)}/view`, {}),
  };
}

export type NewsApi = ReturnType<typeof newsApi>;
