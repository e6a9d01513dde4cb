/**
 * The introduction's neutral cards: the offer a tour step shows (two buttons: introduce me, not
 * now), the dialog prefilled with a draft from the profile, and the presentation posted in the
 * team channel. The presentation is the newcomer's own text: it is escaped, never interpreted.
 */

import type { DialogSpec } from '../../actions/dispatcher.js';
import { escapeMarkdown } from '../../cards/markdown.js';
import { type Card, type CardBlock, card } from '../../cards/model.js';
import type { Locale } from '../../i18n/i18n.js';
import type { Person } from '../../people/person.js';
import { tourActions } from '../tour-actions.js';
import { type IntroductionKey, introductionCatalogues } from './introduction-i18n.js';

/** the presentation's longest text: a short message, well under every platform limit */
export const MAX_PRESENTATION_LENGTH = 1500;

type Params = Record<string, string | number>;

/** The introduction's own strings (the core catalogue holds the same keys). */
export const introductionText =
  (locale: Locale) =>
  (key: IntroductionKey, params: Params = {}): string =>
    introductionCatalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

/** A draft in the person's words-to-be: name, department and site when the directory knows them. */
export function draftPresentation(
  person: Pick<Person, 'displayName' | 'department' | 'site'>,
  locale: Locale,
) {
  const t = introductionText(locale);
  return [
    t('tour.introduce.draft.hello', { name: person.displayName }),
    person.department && t('tour.introduce.draft.department', { department: person.department }),
    person.site && t('tour.introduce.draft.site', { site: person.site }),
    t('tour.introduce.draft.closing'),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The offer's blocks, for a tour step to include (the tour's own buttons stay its own). `groupKey`
 * picks the team when the person joined several; the server checks it against what it knows.
 */
export function introductionOfferBlocks(locale: Locale, groupKey?: string): CardBlock[] {
  const t = introductionText(locale);
  const payload = groupKey ? { group: groupKey } : {};
  return [
    { type: 'heading', text: t('tour.introduce.offer.title') },
    { type: 'text', text: t('tour.introduce.offer.body') },
    {
      type: 'buttons',
      buttons: [
        {
          ...tourActions.introduce.button(t('tour.introduce.button'), payload, 'primary'),
          opensDialog: true,
        },
        tourActions.introduceDecline.button(t('tour.introduce.not_now'), payload),
      ],
    },
  ];
}

export const introductionOfferCard = (locale: Locale, groupKey?: string): Card =>
  card(introductionText(locale)('tour.introduce.offer.title'), ...introductionOfferBlocks(locale, groupKey));

export function introductionDialog(locale: Locale, draft: string, groupKey: string): DialogSpec {
  const t = introductionText(locale);
  return {
    title: t('tour.introduce.dialog.title'),
    card: card(
      t('tour.introduce.dialog.title'),
      { type: 'text', text: t('tour.introduce.dialog.body') },
      {
        type: 'inputs',
        inputs: [
          {
            kind: 'text',
            id: 'text',
            label: t('tour.introduce.dialog.text'),
            multiline: true,
            required: true,
            value: draft,
            maxLength: MAX_PRESENTATION_LENGTH,
            errorMessage: t('tour.introduce.dialog.text_required'),
          },
        ],
        submit: tourActions.introduceSubmit.button(
          t('tour.introduce.dialog.submit'),
          { group: groupKey },
          'primary',
        ),
      },
    ),
  };
}

/** What the team sees: a welcome heading and the newcomer's own text, in the channel's language. */
export function presentationCard(person: Pick<Person, 'displayName'>, text: string, locale: Locale): Card {
  const t = introductionText(locale);
  const name = escapeMarkdown(person.displayName);
  return card(
    t('tour.introduce.post.heading', { name: person.displayName }),
    { type: 'heading', text: t('tour.introduce.post.heading', { name: person.displayName }) },
    { type: 'text', text: escapeMarkdown(text) },
    { type: 'context', text: t('tour.introduce.post.context', { name }) },
  );
}
