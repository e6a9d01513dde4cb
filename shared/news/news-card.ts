/**
 * The news card and the "withdrawn" card: pure functions of their data. Link buttons arrive
 * already rewritten to tracked redirect links (the caller signs them per recipient); strategic
 * items carry the "I have read it" button (`news.ack`) until the reader acknowledged, then the
 * date they did.
 */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, type CardButton, card, link } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import { newsActions } from './news-actions.js';
import type { NewsVariant } from './news-model.js';

export interface NewsCardData {
  newsId: string;
  locale: Locale;
  variant: NewsVariant;
  strategic: boolean;
  authorName: string;
  /** ISO; the draft's creation time in a preview */
  date: string;
  /** the reader's acknowledgement (ISO), or null; channel posts always show the button */
  acknowledgedAt: string | null;
  /** the URL a link button opens (tracked redirect), by button index */
  linkUrl: (url: string, index: number) => string;
  /** a reminder: one line above the item */
  reminder?: boolean;
  /** the reader's time zone, for dates */
  timeZone?: string | null;
}

export function formatNewsDate(iso: string, locale: Locale, timeZone?: string | null): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      timeZone: timeZone ?? 'UTC',
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(date);
  }
}

export function newsCard(data: NewsCardData, t: Translator): Card {
  const { variant } = data;
  const date = formatNewsDate(data.date, data.locale, data.timeZone);
  const buttons: CardButton[] = variant.buttons.map((b, i) => link(b.label, data.linkUrl(b.url, i)));
  if (data.strategic && !data.acknowledgedAt) {
    buttons.push(newsActions.ack.button(t('news.ack.button'), { newsId: data.newsId }, 'primary'));
  }
  return card(
    data.reminder ? `${t('news.reminder.title')}: ${variant.title}` : variant.title,
    data.reminder && { type: 'text', text: `**${t('news.reminder.title')}** · ${t('news.reminder.body')}` },
    { type: 'heading', text: variant.title },
    variant.imageUrl
      ? { type: 'image', url: variant.imageUrl, alt: variant.imageAlt ?? variant.title }
      : null,
    // the summary is plain text written by the author: escaped so it stays text
    variant.summary ? { type: 'text', text: escapeMarkdown(variant.summary), subtle: true } : null,
    // the body is the author's markdown subset, interpreted on purpose
    variant.body ? { type: 'text', text: variant.body } : null,
    data.strategic && !data.acknowledgedAt ? { type: 'text', text: t('news.strategic') } : null,
    data.acknowledgedAt
      ? {
          type: 'text',
          text: t('news.ack.done', { date: formatNewsDate(data.acknowledgedAt, data.locale, data.timeZone) }),
        }
      : null,
    buttons.length > 0 ? { type: 'buttons', buttons } : null,
    { type: 'context', text: t('news.context', { author: escapeMarkdown(data.authorName), date }) },
  );
}

/** What replaces every copy of a recalled item. */
export function withdrawnCard(t: Translator, title?: string): Card {
  return card(
    t('news.withdrawn.title'),
    { type: 'heading', text: t('news.withdrawn.title') },
    {
      type: 'text',
      text: title ? `_${escapeMarkdown(title)}_ · ${t('news.withdrawn.body')}` : t('news.withdrawn.body'),
    },
  );
}
