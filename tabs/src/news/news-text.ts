/** Small wording helpers shared by the news pages: failures, dates and durations. */
import { describeError } from '../components/describe-error.js';
import type { Locale, MessageKey, Translate } from '../i18n/i18n.js';

export const describeFailure = (t: Translate, error: unknown): string =>
  describeError(error instanceof Error ? error : new Error(String(error)), t);

export function formatDate(locale: Locale, iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** 75 → "1 min 15 s" */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'unreachable', 'cancelled'];

/** A delivery status in words; one the console does not know yet is shown as the server names it. */
export const deliveryStatusLabel = (t: Translate, status: string, withdrawn = false): string =>
  withdrawn
    ? t('news.delivery.withdrawn')
    : deliveryStatuses.includes(status)
      ? t(`news.delivery.${status}` as MessageKey)
      : status;
