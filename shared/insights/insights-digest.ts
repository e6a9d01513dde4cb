/**
 * The opt-in monthly digest: on the first day of each month (08:00 UTC) every subscriber who may
 * still see the dashboard gets last month's headline figures of their scope, one card in their
 * language on their chat platform. One job per month (id `insights-digest:<month>`) whatever the
 * number of instances; one card per subscriber and month (a once key) whatever the retries.
 */

import { pacedSend } from '../delivery/paced-send.js';
import { translator } from '../i18n/i18n.js';
import { headlineCard, monthLabel } from './insights-cards.js';
import type { InsightsContext } from './insights-context.js';
import { addDays, monthStart, startOfDay } from './insights-day.js';
import type { InsightsService } from './insights-service.js';

export const DIGEST_QUEUE = 'insights.digest';
export interface DigestJob {
  /** the month reported, 2026-11 */
  month: string;
}

const nextMonthStart = (month: string) => addDays(`${month}-28`, 7).slice(0, 7);

export async function planDigest(ctx: InsightsContext, month: string): Promise<void> {
  const runAt = new Date(startOfDay(`${nextMonthStart(month)}-01`).getTime() + 8 * 3_600_000);
  await ctx.jobs.add<DigestJob>(DIGEST_QUEUE, { month }, { jobId: `insights-digest:${month}`, runAt });
}

export async function runDigest(
  ctx: InsightsContext,
  service: InsightsService,
  job: DigestJob,
): Promise<number> {
  const subscribers = await ctx.db.selectFrom('insights_digest_subscribers').select('person_id').execute();
  let sent = 0;
  for (const s of subscribers) {
    const person = await ctx.people.get(s.person_id);
    if (!person?.active) continue;
    const locale = person.locale ?? ctx.settings.defaultLocale;
    const d = await service.dashboardOf(person, { period: 'month', date: `${job.month}-01` }, locale);
    if (!d) continue;
    const identity = [...person.identities].reverse().find((i) => ctx.messengers.get(i.platform));
    if (!identity) continue;
    if (!(await ctx.once.claim(`insights-digest:${job.month}:${person.id}`, 40 * 86_400_000))) continue;
    const t = translator(locale);
    const title = t('insights.card.month_title', { month: monthLabel(job.month, locale) });
    const card = headlineCard(t, locale, d, {
      title,
      dashboardUrl: `${ctx.consoleUrl}#/insights`,
      footer: t('insights.card.why'),
    });
    await pacedSend(ctx, { kind: 'person', identity, personId: person.id }, card, { locale });
    sent++;
  }
  await planDigest(ctx, nextMonthStart(job.month));
  return sent;
}

export const currentMonth = (now: Date) => monthStart(now.toISOString().slice(0, 10)).slice(0, 7);
