/**
 * The access review and expiry cards in the neutral model. Guests' and inviters' names are user
 * text: escaped. A review card lists at most REVIEW_CARD_GUESTS guests with Keep / Remove each
 * (the rest are counted and reviewed in the console) and one "Keep all active".
 */
import { escapeMarkdown, markdownToPlain } from '../../cards/markdown.js';
import { type Card, type CardBlock, card } from '../../cards/model.js';
import { type Locale, translator } from '../../i18n/i18n.js';
import { reviewActions } from '../charter/charter-actions.js';
import { shortDate } from '../charter/charter-card.js';

/** a card's size stays under both platforms' limits (Slack: 50 blocks a message) */
export const REVIEW_CARD_GUESTS = 10;

export interface ReviewedGuest {
  personId: string;
  name: string;
  invitedBy: string | null;
  since: string;
  lastActiveAt: string | null;
  charterVersion: number | null;
  decision: string | null;
}

export interface ReviewView {
  reviewId: string;
  group: string;
  dueAt: string;
  action: string;
  closed: boolean;
  reminder: boolean;
  guests: ReviewedGuest[];
}

export function reviewCard(view: ReviewView, locale: Locale): Card {
  const t = translator(locale);
  const group = escapeMarkdown(view.group);
  const open = view.guests.filter((g) => g.decision === null);
  const kept = view.guests.filter((g) => g.decision === 'keep').length;
  const removed = view.guests.filter((g) => g.decision === 'remove').length;
  const entries: CardBlock[] = open.slice(0, REVIEW_CARD_GUESTS).flatMap((g): CardBlock[] => {
    const blocks: (CardBlock | null)[] = [
      {
        type: 'text',
        text: t('groups.review.guest', {
          name: escapeMarkdown(g.name),
          by: g.invitedBy ? escapeMarkdown(g.invitedBy) : t('groups.guests.unknown'),
          since: shortDate(g.since, locale),
          last: g.lastActiveAt ? shortDate(g.lastActiveAt, locale) : t('groups.guests.never'),
          version: g.charterVersion ?? '–',
        }),
      },
      view.closed
        ? null
        : {
            type: 'buttons',
            buttons: [
              reviewActions.decide.button(
                t('groups.review.keep', { name: g.name }),
                { reviewId: view.reviewId, personId: g.personId, decision: 'keep' },
                'primary',
              ),
              reviewActions.decide.button(
                t('groups.review.remove', { name: g.name }),
                { reviewId: view.reviewId, personId: g.personId, decision: 'remove' },
                'danger',
              ),
            ],
          },
    ];
    return blocks.filter((b): b is CardBlock => b !== null);
  });
  const title = t('groups.review.title', { group: view.group });
  return card(
    title,
    { type: 'heading', text: title },
    view.reminder && !view.closed ? { type: 'text', text: t('groups.review.reminder', { group }) } : null,
    view.closed
      ? { type: 'text', text: t('groups.review.closed') }
      : {
          type: 'text',
          text: t('groups.review.intro', {
            group,
            date: shortDate(view.dueAt, locale),
            action: t(
              view.action === 'remove' ? 'groups.review.action.remove' : 'groups.review.action.report',
            ),
          }),
        },
    view.guests.length === 0 ? { type: 'text', text: t('groups.review.none') } : null,
    ...entries,
    open.length > REVIEW_CARD_GUESTS
      ? { type: 'context', text: t('groups.review.more', { count: open.length - REVIEW_CARD_GUESTS }) }
      : null,
    { type: 'context', text: t('groups.review.decided', { kept, removed, open: open.length }) },
    !view.closed && open.length > 0
      ? {
          type: 'buttons',
          buttons: [
            reviewActions.keepActive.button(t('groups.review.keep_active'), { reviewId: view.reviewId }),
          ],
        }
      : null,
  );
}

export function reviewReportCard(group: string, count: number, locale: Locale): Card {
  const t = translator(locale);
  const title = t('groups.review.title', { group });
  return card(
    title,
    { type: 'heading', text: title },
    { type: 'text', text: t('groups.review.report', { group: escapeMarkdown(group), count }) },
  );
}

export function expiryGuestCard(group: string, expiresAt: string, locale: Locale): Card {
  const t = translator(locale);
  const title = t('groups.expiry.guest.title', { group, date: shortDate(expiresAt, locale) });
  return card(
    title,
    { type: 'heading', text: title },
    { type: 'text', text: t('groups.expiry.guest.text', { group: escapeMarkdown(group) }) },
  );
}

export function expiryManagerCard(
  data: { groupId: string; personId: string; group: string; name: string; expiresAt: string; days: number },
  locale: Locale,
): Card {
  const t = translator(locale);
  const text = t('groups.expiry.manager', {
    name: escapeMarkdown(data.name),
    group: escapeMarkdown(data.group),
    date: shortDate(data.expiresAt, locale),
  });
  return card(
    t('groups.review.title', { group: data.group }),
    { type: 'text', text },
    {
      type: 'buttons',
      buttons: [
        reviewActions.extend.button(
          t('groups.expiry.extend', { days: data.days }),
          { groupId: data.groupId, personId: data.personId },
          'primary',
        ),
      ],
    },
  );
}

/** A short notice card: one text (markdown subset) in the reader's language. */
export const noticeCard = (text: string): Card => card(markdownToPlain(text), { type: 'text', text });
