/**
 * The news content the delivery machinery sends: the card rendered per recipient at send time
 * (their language, their acknowledgement, links signed for them), the "withdrawn" card of a
 * recall, and the reminder card sent to those who have not acknowledged a strategic item.
 */
import type { Card } from '../cards/model.js';
import type { ContentProvider, RenderRecipient } from '../delivery/delivery.js';
import { type Locale, translator } from '../i18n/i18n.js';
import { newsCard, withdrawnCard } from './news-card.js';
import {
  isReadable,
  linkSecret,
  loadRow,
  type NewsContext,
  newsIdOfSubject,
  REMINDER_SUBJECT,
  signalAt,
} from './news-context.js';
import { type NewsVariants, variantFor } from './news-model.js';
import type { NewsRow } from './news-tables.js';
import { signLink, trackedLinkPath } from './tracked-links.js';

export interface CardTarget {
  personId: string | null;
  deliveryId: string | null;
  locale: Locale;
  timeZone?: string | null;
  reminder?: boolean;
}

/** The card of a readable item for one reader (or a channel), with tracked links. */
export async function renderNewsCard(ctx: NewsContext, row: NewsRow, target: CardTarget): Promise<Card> {
  const { locale, variant } = variantFor(JSON.parse(row.variants) as NewsVariants, target.locale);
  const secret = await linkSecret(ctx);
  const acknowledgedAt =
    row.strategic === 1 && target.personId
      ? await signalAt(ctx, row.id, target.personId, 'acknowledged')
      : null;
  return newsCard(
    {
      newsId: row.id,
      locale,
      variant,
      strategic: row.strategic === 1,
      authorName: row.author_name,
      date: row.published_at ?? row.created_at,
      acknowledgedAt,
      timeZone: target.timeZone,
      reminder: target.reminder,
      linkUrl: (url) =>
        `${ctx.settings.publicUrl}${trackedLinkPath(
          signLink({ n: row.id, p: target.personId ?? '', d: target.deliveryId ?? '', u: url }, secret),
        )}`,
    },
    translator(locale),
  );
}

const recipientTarget = (recipient: RenderRecipient, reminder = false): CardTarget => ({
  personId: recipient.personId,
  deliveryId: recipient.deliveryId,
  locale: recipient.locale,
  reminder,
});

export function newsContent(ctx: NewsContext): ContentProvider {
  return {
    async render(subjectId, recipient) {
      const row = await loadRow(ctx, subjectId);
      // recalled, cancelled back to draft or expired before this copy went out: not sent
      if (!row || !isReadable(row)) return null;
      return renderNewsCard(ctx, row, recipientTarget(recipient));
    },
    async withdrawn(subjectId, recipient) {
      const row = await loadRow(ctx, subjectId);
      const title = row
        ? variantFor(JSON.parse(row.variants) as NewsVariants, recipient.locale).variant.title
        : undefined;
      return withdrawnCard(translator(recipient.locale), title);
    },
  };
}

export function reminderContent(ctx: NewsContext): ContentProvider {
  return {
    async render(subjectId, recipient) {
      const newsId = newsIdOfSubject(REMINDER_SUBJECT, subjectId)!;
      const row = await loadRow(ctx, newsId);
      if (!row || !isReadable(row) || !recipient.personId) return null;
      // acknowledged since the reminder was queued: nothing to remind
      if (await signalAt(ctx, newsId, recipient.personId, 'acknowledged')) return null;
      return renderNewsCard(ctx, row, recipientTarget(recipient, true));
    },
    async withdrawn(subjectId, recipient) {
      return newsContent(ctx).withdrawn!(newsIdOfSubject(REMINDER_SUBJECT, subjectId)!, recipient);
    },
  };
}
