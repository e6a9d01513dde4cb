/**
 * `dashboard` / `tableau de bord`: the week's headline figures of the caller's scope with a link
 * to the console, for communicators and admins; `dashboard subscribe` / `unsubscribe` (French
 * `abonner` / `désabonner`) for the monthly digest. Others are told the dashboard is not theirs.
 */
import type { CommandEntry } from '../capability/capability.js';
import { card } from '../cards/model.js';
import { translator } from '../i18n/i18n.js';
import { headlineCard } from './insights-cards.js';
import type { InsightsContext } from './insights-context.js';
import type { InsightsService } from './insights-service.js';

const SUBSCRIBE = new Set(['subscribe', 'abonner', "s'abonner", 'abonnement']);
const UNSUBSCRIBE = new Set(['unsubscribe', 'desabonner', 'désabonner']);

export const dashboardCommand = (ctx: InsightsContext, service: InsightsService): CommandEntry => ({
  name: 'dashboard',
  handle: async (request, parsed) => {
    const t = translator(request.locale);
    const d = await service.dashboardOf(request.actor, { period: 'week' }, request.locale);
    if (!d) {
      const text = t('insights.card.forbidden');
      return card(text, { type: 'text', text });
    }
    const word = parsed.args.trim().toLowerCase().split(/\s+/).pop() ?? '';
    if (SUBSCRIBE.has(word) || UNSUBSCRIBE.has(word)) {
      const on = SUBSCRIBE.has(word);
      await service.subscribe(request.actor, on);
      const text = t(on ? 'insights.card.subscribed' : 'insights.card.unsubscribed');
      return card(text, { type: 'text', text });
    }
    const title = t('insights.card.title');
    return headlineCard(t, request.locale, d, {
      title,
      dashboardUrl: `${ctx.consoleUrl}#/insights`,
      footer: t('insights.card.subscribe'),
    });
  },
});
