/**
 * The monthly thank-you card, one Card model for Teams (Adaptive Card) and Slack (Block Kit):
 * the ambassador's name only in the heading and summary (plain text, escaped by each renderer),
 * figures are numbers.
 */
import { type Card, type CardBlock, card, link } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import type { AmbassadorFigures } from './recognition.js';

export interface ThanksData {
  name: string;
  /** 2026-11 */
  month: string;
  figures: AmbassadorFigures;
  pageUrl: string;
}

/** "November 2026" / "novembre 2026" */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

export function thanksCard(t: Translator, locale: Locale, d: ThanksData): Card {
  const f = d.figures;
  const quiet = f.relays + f.helped === 0;
  const facts: CardBlock = {
    type: 'facts',
    facts: [
      { label: t('ambassador.thanks.relays'), value: String(f.relays) },
      ...(f.reach > 0 ? [{ label: t('ambassador.thanks.reach'), value: String(f.reach) }] : []),
      ...(f.engaged > 0 ? [{ label: t('ambassador.thanks.engaged'), value: String(f.engaged) }] : []),
      { label: t('ambassador.thanks.helped'), value: String(f.helped) },
      { label: t('ambassador.thanks.returned'), value: String(f.returned) },
    ],
  };
  return card(
    t('ambassador.thanks.title', { name: d.name }),
    // a heading is plain text: each renderer escapes it for its own format
    { type: 'heading', text: t('ambassador.thanks.title', { name: d.name }) },
    { type: 'text', text: t('ambassador.thanks.intro', { month: monthLabel(d.month, locale) }) },
    facts,
    ...(quiet ? [{ type: 'text', text: t('ambassador.thanks.quiet') } as CardBlock] : []),
    { type: 'buttons', buttons: [link(t('ambassador.thanks.page'), d.pageUrl)] },
    { type: 'context', text: t('ambassador.why.ambassador') },
  );
}
