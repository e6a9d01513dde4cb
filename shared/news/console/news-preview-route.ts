/**
 * `POST /api/v1/news/preview`: the neutral news card a draft becomes, per language, built by the
 * very function deliveries use (shared/news/news-card.ts) with the server's French and English
 * strings. The console renders it with the adapters' pure renderers (bundled in the tab), so
 * the preview is what Teams and Slack receive. Nothing is stored; links are shown untracked.
 *
 * Why a route rather than bundling newsCard in the tab: the card needs the server catalogue
 * (shared/i18n) and its date formatting, and the console must not drift from the chat wording.
 */
import { z } from 'zod';
import { defineRoute } from '../../api/api-route.js';
import type { Principal } from '../../auth/principal.js';
import type { Card } from '../../cards/model.js';
import { AppError } from '../../errors/errors.js';
import { type Locale, locales, translator } from '../../i18n/i18n.js';
import { newsCard } from '../news-card.js';
import { newsVariantSchema } from '../news-model.js';

/** A draft as the composer holds it: every field optional, nothing refused for being unfinished. */
const previewVariant = newsVariantSchema.extend({ title: z.string().trim().max(200).default('') });

export const newsPreviewBody = z.object({
  variants: z.object({ fr: previewVariant.optional(), en: previewVariant.optional() }),
  strategic: z.boolean().default(false),
  /** accepted and ignored, so the composer can send its whole draft */
  audience: z.unknown().optional(),
  expiresAt: z.string().nullable().optional(),
});

/** The neutral card tree (shared/cards/model.ts), documented as an object: its renderers are the tab's. */
const cardAnswer = z
  .custom<Card>((value) => typeof value === 'object' && value !== null)
  .meta({
    type: 'object',
    description: 'a neutral card (shared/cards/model.ts)',
    properties: { summary: { type: 'string' }, blocks: { type: 'array' } },
    required: ['summary', 'blocks'],
    additionalProperties: true,
  });

/** Authors only: communicators (any scope) and admins; an API key acts as an admin. */
function requireAuthor(principal: Principal): void {
  if (principal.kind === 'automation') return;
  const { person } = principal;
  if (person.active && person.roles.some((g) => g.role === 'communicator' || g.role === 'admin')) return;
  throw new AppError('forbidden', 'requires the communicator role');
}

export function newsPreviewRoutes() {
  return [
    defineRoute({
      method: 'post',
      path: '/news/preview',
      tag: 'news',
      summary: 'The neutral card a news draft becomes in each language (for the console preview)',
      body: newsPreviewBody,
      response: z.object({ cards: z.object({ fr: cardAnswer.optional(), en: cardAnswer.optional() }) }),
      handler: async ({ principal, body }) => {
        requireAuthor(principal);
        const authorName = principal.kind === 'person' ? principal.person.displayName : 'Relais';
        const cards: Partial<Record<Locale, Card>> = {};
        for (const locale of locales) {
          const variant = body.variants[locale];
          if (!variant) continue;
          cards[locale] = newsCard(
            {
              newsId: 'preview',
              locale,
              variant,
              strategic: body.strategic,
              authorName,
              date: new Date().toISOString(),
              acknowledgedAt: null,
              linkUrl: (url) => url,
              timeZone: principal.kind === 'person' ? principal.person.timeZone : null,
            },
            translator(locale),
          );
        }
        return { cards };
      },
    }),
  ];
}
