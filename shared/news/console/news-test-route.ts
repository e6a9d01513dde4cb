/**
 * `POST /api/v1/news/{id}/test`: "send me a test" of a news item, to its author's own chat
 * accounts, in French or English, before (or after) it goes out. Built by the card function
 * deliveries use, with untracked links: the test is in no delivery record, click or
 * acknowledgement count (shared/delivery/test-send.ts).
 */
import { z } from 'zod';
import { defineRoute } from '../../api/api-route.js';
import type { Ports } from '../../capability/ports.js';
import { sendTestToCaller, testLocale, testSendAnswer, testSendBody } from '../../delivery/test-send.js';
import type { Locale } from '../../i18n/i18n.js';
import { newsCard } from '../news-card.js';
import type { NewsService } from '../news-service.js';

const other = (locale: Locale): Locale => (locale === 'fr' ? 'en' : 'fr');

export function newsTestRoutes(ports: Pick<Ports, 'pacer' | 'messengers' | 'config'>, news: NewsService) {
  return [
    defineRoute({
      method: 'post',
      path: '/news/:id/test',
      tag: 'news',
      summary:
        'Send me a test: the item to the caller only, marked as a test, in the language asked (not counted)',
      params: z.object({ id: z.string().min(1).max(100) }),
      body: testSendBody,
      response: testSendAnswer,
      errors: [404, 409, 422, 429, 503],
      handler: async ({ principal, params, body }) => {
        // the same rights as reading the item in the console (authors, communicators, admins)
        const item = await news.get(principal, params.id);
        const locale = testLocale(principal, body.locale, ports.config.defaultLocale);
        // a language the item is not written in: the other one, as a reader of it would get
        const variantLocale = item.variants[locale] ? locale : other(locale);
        const variant = item.variants[variantLocale];
        return sendTestToCaller(ports, principal, locale, (t) =>
          newsCard(
            {
              newsId: item.id,
              locale,
              // an item has at least one language
              variant: variant!,
              strategic: item.strategic,
              authorName: item.authorName,
              date: item.publishedAt ?? item.createdAt,
              acknowledgedAt: null,
              linkUrl: (url) => url,
              timeZone: principal.kind === 'person' ? principal.person.timeZone : null,
            },
            t,
          ),
        );
      },
    }),
  ];
}
