/**
 * REST routes for news: authoring (create, edit, publish now or at a time, approve, cancel,
 * recall), statistics, delivery records (JSON pages or CSV), who has not acknowledged, the
 * caller's feed, acknowledgements and views from the tab, and the public tracked-link redirect.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { audienceSchema } from '../audiences/audience.js';
import type { Principal } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { deliveryStatuses } from '../delivery/delivery.js';
import { AppError } from '../errors/errors.js';
import { toLocale } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import {
  type FeedItem,
  newsInputSchema,
  newsPatchSchema,
  newsStatuses,
  type PendingAcknowledgement,
  publishSchema,
} from './news-model.js';
import type { NewsService } from './news-service.js';
import type { DeliveryRecordView } from './news-stats.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

const variantView = z.object({
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  imageUrl: z.string().optional(),
  imageAlt: z.string().optional(),
  buttons: z.array(z.object({ label: z.string(), url: z.string() })),
});
const newsItemView = z.object({
  id: z.string(),
  status: z.enum(newsStatuses),
  variants: z.object({ fr: variantView.optional(), en: variantView.optional() }),
  audience: audienceSchema,
  strategic: z.boolean(),
  expiresAt: z.string().nullable(),
  authorId: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishAt: z.string().nullable(),
  publishTimeZone: z.string().nullable(),
  publishedAt: z.string().nullable(),
  recalledAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  remindersSent: z.number(),
});
const counts = {
  targeted: z.number(),
  delivered: z.number(),
  read: z.number(),
  acknowledged: z.number(),
  clicked: z.number(),
  reacted: z.number(),
};

/** A feed entry as news.feed returns it: the item in the reader's language with their own state. */
const feedItemView = z.object({
  id: z.string(),
  locale: z.enum(['fr', 'en']),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  imageUrl: z.string().nullable(),
  buttons: z.array(z.object({ label: z.string(), url: z.string() })),
  strategic: z.boolean(),
  authorName: z.string(),
  publishedAt: z.string(),
  expiresAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  readAt: z.string().nullable(),
}) satisfies z.ZodType<FeedItem>;

/** One delivery record with the person and their signals (news-stats.ts). */
const deliveryRecordView = z.object({
  deliveryId: z.string(),
  personId: z.string().nullable(),
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  platform: z.string().nullable(),
  channelName: z.string().nullable(),
  conversationId: z.string().nullable(),
  messageId: z.string().nullable(),
  status: z.string(),
  withdrawn: z.boolean(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  clickedAt: z.string().nullable(),
  reactedAt: z.string().nullable(),
}) satisfies z.ZodType<DeliveryRecordView>;

const pendingAcknowledgementView = z.object({
  personId: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  department: z.string().nullable(),
  platforms: z.array(z.string()),
}) satisfies z.ZodType<PendingAcknowledgement>;

/** The person a reader route acts for: the signed-in person, or `personId` for automation. */
async function readerOf(
  ports: NewsRoutePorts,
  principal: Principal,
  personId: string | undefined,
): Promise<Person> {
  if (principal.kind === 'person') return principal.person;
  if (!personId) throw new AppError('bad_request', 'an API key must name the reader: ?personId=');
  const person = await ports.people.get(personId);
  if (!person) throw new AppError('not_found', `no person ${personId}`);
  return person;
}

const wantsCsv = (format: string | undefined, accept: string | undefined) =>
  format === 'csv' || (format === undefined && /\btext\/csv\b/.test(accept ?? ''));

/** What the news routes read besides the service: who a reader is, the default language. */
type NewsRoutePorts = Pick<Ports, 'people' | 'config'>;

export function newsRoutes(ports: NewsRoutePorts, news: NewsService) {
  return [
    defineRoute({
      method: 'post',
      path: '/news',
      tag: 'news',
      summary: 'Create a news item (draft): French and/or English variants, audience, strategic flag, expiry',
      body: newsInputSchema,
      status: 201,
      response: newsItemView,
      handler: ({ principal, body }) => news.create(principal, body),
    }),

    defineRoute({
      method: 'get',
      path: '/news',
      tag: 'news',
      summary: 'News items for the console, newest first (communicators: theirs; organisation-wide: all)',
      query: z.object({ status: z.enum(newsStatuses).optional(), ...page }),
      response: z.object({ items: z.array(newsItemView), total: z.number() }),
      handler: ({ principal, query }) => news.list(principal, query),
    }),

    defineRoute({
      method: 'get',
      path: '/news/feed',
      tag: 'news',
      summary:
        "The caller's feed: published items addressed to them, newest first, with their acknowledgement (API keys name ?personId=)",
      query: z.object({
        ...page,
        locale: z.enum(['fr', 'en']).optional(),
        personId: z.string().max(100).optional(),
      }),
      response: z.object({ items: z.array(feedItemView) }),
      errors: [404],
      handler: async ({ principal, query }) => {
        const person = await readerOf(ports, principal, query.personId);
        const locale = query.locale ?? toLocale(person.locale) ?? ports.config.defaultLocale;
        return { items: await news.feed(person, { limit: query.limit, offset: query.offset, locale }) };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/news/:id',
      tag: 'news',
      summary:
        'One news item (authors and admins; readers only a published item addressed to them, else 404)',
      params: idParams,
      response: newsItemView,
      errors: [404],
      handler: ({ principal, params }) => news.get(principal, params.id),
    }),

    defineRoute({
      method: 'patch',
      path: '/news/:id',
      tag: 'news',
      summary: 'Edit a news item; a published item updates every delivered copy',
      params: idParams,
      body: newsPatchSchema,
      response: newsItemView,
      errors: [404, 409],
      handler: ({ principal, params, body }) => news.update(principal, params.id, body),
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/publish',
      tag: 'news',
      summary:
        'Publish now, or at `at` (ISO with an offset, or a local time with an IANA `timeZone`); organisation-wide sends may wait for approval',
      params: idParams,
      body: publishSchema,
      response: newsItemView,
      errors: [404, 409],
      handler: ({ principal, params, body }) => news.publish(principal, params.id, body),
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/approve',
      tag: 'news',
      summary: 'Approve a news item waiting for approval (admins); it then publishes as asked',
      params: idParams,
      response: newsItemView,
      errors: [404, 409],
      handler: ({ principal, params }) => news.approve(principal, params.id),
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/cancel',
      tag: 'news',
      summary: 'Stop a send in progress (what was sent stays) or a scheduled publish (back to draft)',
      params: idParams,
      response: newsItemView,
      errors: [404, 409],
      handler: ({ principal, params }) => news.cancel(principal, params.id),
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/recall',
      tag: 'news',
      summary: 'Recall: every delivered copy is replaced by a short "withdrawn" card',
      params: idParams,
      response: newsItemView,
      errors: [404, 409],
      handler: ({ principal, params }) => news.recall(principal, params.id),
    }),

    defineRoute({
      method: 'get',
      path: '/news/:id/stats',
      tag: 'news',
      summary:
        'Delivery progress by status, and per department: targeted, delivered, read, acknowledged, clicked, reacted',
      params: idParams,
      response: z.object({
        newsId: z.string(),
        status: z.enum(newsStatuses),
        deliveries: z.object({
          total: z.number(),
          byStatus: z.record(z.string(), z.number()),
          done: z.boolean(),
          sentPerSecond: z.number(),
          etaSeconds: z.number().nullable(),
        }),
        totals: z.object(counts),
        byDepartment: z.array(z.object({ department: z.string(), ...counts })),
        remindersSent: z.number(),
      }),
      errors: [404],
      handler: ({ principal, params }) => news.stats(principal, params.id),
    }),

    defineRoute({
      method: 'get',
      path: '/news/:id/pending-acknowledgements',
      tag: 'news',
      summary: 'People who got a strategic item and have not acknowledged it',
      params: idParams,
      query: z.object(page),
      response: z.object({ people: z.array(pendingAcknowledgementView), total: z.number() }),
      errors: [404],
      handler: ({ principal, params, query }) => news.pendingAcknowledgements(principal, params.id, query),
    }),

    defineRoute({
      method: 'get',
      path: '/news/:id/deliveries',
      tag: 'news',
      summary:
        'Delivery records with each person’s signals, paged (JSON) or all as CSV (?format=csv or Accept: text/csv)',
      params: idParams,
      query: z.object({
        status: z.enum(deliveryStatuses).optional(),
        format: z.enum(['json', 'csv']).optional(),
        ...page,
      }),
      response: z.object({ deliveries: z.array(deliveryRecordView), total: z.number() }),
      csv: true,
      errors: [404],
      handler: async ({ principal, params, query, req, res }) => {
        if (!wantsCsv(query.format, req.headers.accept)) return news.deliveries(principal, params.id, query);
        const lines = await news.deliveriesCsv(principal, params.id);
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="news-${params.id}-deliveries.csv"`);
        await new Promise<void>((resolve, reject) => {
          Readable.from(lines).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
        });
        return undefined;
      },
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/acknowledge',
      tag: 'news',
      summary: '"I have read it" from the tab (strategic items addressed to the caller)',
      params: idParams,
      response: z.object({ acknowledgedAt: z.string() }),
      errors: [404, 409],
      handler: async ({ principal, params }) => {
        const person = await readerOf(ports, principal, undefined);
        return news.acknowledge(params.id, person, 'tab');
      },
    }),

    defineRoute({
      method: 'post',
      path: '/news/:id/view',
      tag: 'news',
      summary: 'The caller opened the item in the tab (news.viewed, and read)',
      params: idParams,
      status: 204,
      errors: [404],
      handler: async ({ principal, params, res }) => {
        const person = await readerOf(ports, principal, undefined);
        await news.recordView(params.id, person.id, 'tab');
        res.end();
        return undefined;
      },
    }),

    defineRoute({
      method: 'get',
      path: '/r/:token',
      tag: 'news',
      summary: 'Tracked link of a news card: records the click and redirects (302) to the link',
      params: z.object({ token: z.string().min(3).max(4000) }),
      authenticated: false,
      status: 302,
      errors: [404],
      handler: async ({ params, res }) => {
        const url = await news.followLink(params.token);
        if (!url) throw new AppError('not_found', 'this link is not valid');
        res.redirect(302, url);
        return undefined;
      },
    }),
  ];
}
