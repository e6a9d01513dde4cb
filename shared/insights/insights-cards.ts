/**
 * The week's (or month's) headline figures as one neutral card for both renderers: numbers and
 * translated labels only, no user text; a link to the console's dashboard.
 */
import { type Card, type CardBlock, card, link } from '../cards/model.js';
import type { Locale, Translator } from '../i18n/i18n.js';
import type { Dashboard, Headline } from './dashboard.js';

const percent = (v: number | null, locale: Locale) =>
  v === null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v);
const number = (v: number | null, locale: Locale) =>
  v === null ? '–' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v);

/** "November 2026" / "novembre 2026" */
export function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

const RATES = new Set<Headline['key']>(['connectionRate', 'interactionRate', 'strategicReadRate']);

const LINES: [Headline['key'], Parameters<Translator>[0]][] = [
  ['people', 'insights.card.people'],
  ['active', 'insights.card.active'],
  ['connectionRate', 'insights.card.connection'],
  ['activeDaysPerActive', 'insights.card.frequency'],
  ['interactionRate', 'insights.card.interaction'],
  ['strategicReadRate', 'insights.card.strategic'],
  ['relays', 'insights.card.relays'],
  ['helped', 'insights.card.helped'],
  ['returned', 'insights.card.returned'],
];
/** the ambassadors' lines only where ambassadors did something: most places have none at first */
const AMBASSADORS = new Set<Headline['key']>(['relays', 'helped', 'returned']);

export function headlineCard(
  t: Translator,
  locale: Locale,
  d: Dashboard,
  options: { title: string; dashboardUrl: string; footer?: string },
): Card {
  const open: CardBlock = { type: 'buttons', buttons: [link(t('insights.card.open'), options.dashboardUrl)] };
  if (d.hidden || d.headline.length === 0) {
    return card(
      options.title,
      { type: 'heading', text: options.title },
      { type: 'text', text: t(d.hidden ? 'insights.card.hidden' : 'insights.card.none') },
      open,
    );
  }
  const byKey = new Map(d.headline.map((h) => [h.key, h]));
  const facts = LINES.flatMap(([key, label]) => {
    const h = byKey.get(key);
    if (!h || (AMBASSADORS.has(key) && !h.value && !h.previous)) return [];
    const format = (v: number | null) => (RATES.has(key) ? percent(v, locale) : number(v, locale));
    const sign = h.change !== null && h.change > 0 ? '+' : '';
    const value =
      h.change === null
        ? format(h.value)
        : t('insights.card.change', { value: format(h.value), change: `${sign}${format(h.change)}` });
    return [{ label: t(label), value }];
  });
  const s = d.satisfaction;
  if (s)
    facts.push({
      label: t('insights.card.satisfaction'),
      value: s.hidden
        ? t('insights.card.satisfaction_hidden')
        : t('insights.card.satisfaction_value', {
            rating: number(s.averageRating, locale),
            nps: s.nps === null ? '–' : String(s.nps),
            respondents: number(s.respondents, locale),
          }),
    });
  return card(
    options.title,
    { type: 'heading', text: options.title },
    {
      type: 'context',
      text: t('insights.card.period', {
        from: d.period.from,
        to: d.period.to,
        last: d.lastRolledUpDay ?? '–',
      }),
    },
    { type: 'facts', facts },
    open,
    options.footer ? { type: 'context', text: options.footer } : null,
  );
}
