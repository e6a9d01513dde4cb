/**
 * The charter card in the neutral model: the group's name, the charter's text in the reader's
 * language (the other one when it has only that), the deadline and one "I accept" button carrying
 * the version read, so an acceptance always names the text it agreed to.
 */
import { escapeMarkdown } from '../../cards/markdown.js';
import { type Card, card } from '../../cards/model.js';
import { type Locale, translator } from '../../i18n/i18n.js';
import { charterActions } from './charter-actions.js';
import type { PendingCharter } from './charter-queries.js';

export const shortDate = (iso: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(iso));

const nameIn = (p: Pick<PendingCharter, 'nameFr' | 'nameEn' | 'groupId'>, locale: Locale): string =>
  (locale === 'fr' ? (p.nameFr ?? p.nameEn) : (p.nameEn ?? p.nameFr)) ?? p.groupId;

export function charterCard(pending: PendingCharter, locale: Locale, notice?: string): Card {
  const t = translator(locale);
  const group = nameIn(pending, locale);
  const text =
    (locale === 'fr' ? (pending.textFr ?? pending.textEn) : (pending.textEn ?? pending.textFr)) ?? '';
  const deadline = new Date(Date.parse(pending.since) + pending.deadlineDays * 86_400_000).toISOString();
  return card(
    t('groups.charter.title', { group }),
    notice ? { type: 'text', text: notice } : null,
    { type: 'heading', text: t('groups.charter.title', { group }) },
    {
      type: 'text',
      text: t('groups.charter.intro', { group: escapeMarkdown(group), version: pending.version }),
    },
    // the charter is formatted text its authors wrote in the markdown subset, like a news body
    text ? { type: 'text', text } : null,
    { type: 'context', text: t('groups.charter.deadline', { date: shortDate(deadline, locale) }) },
    {
      type: 'buttons',
      buttons: [
        charterActions.accept.button(
          t('groups.charter.accept'),
          { groupId: pending.groupId, version: pending.version },
          'primary',
        ),
      ],
    },
  );
}

export function charterAcceptedCard(
  group: Pick<PendingCharter, 'nameFr' | 'nameEn' | 'groupId'>,
  version: number,
  locale: Locale,
): Card {
  const t = translator(locale);
  const name = nameIn(group, locale);
  const text = t('groups.charter.accepted', { group: escapeMarkdown(name), version });
  return card(
    t('groups.charter.title', { group: name }),
    { type: 'heading', text: t('groups.charter.title', { group: name }) },
    { type: 'text', text },
  );
}
