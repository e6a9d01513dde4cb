/**
 * The monthly thank-you: on the first working morning of each month (the ambassador's zone,
 * working days and quiet hours: the tours calendar), each active ambassador receives a card with
 * their own figures of the month gone by. It goes once per ambassador and month whatever the
 * number of instances or retries (key ambassador + month in `ambassador_thanks`), and each run
 * plans the next month's.
 */
import { translator } from '../i18n/i18n.js';
import { nowIso } from '../store/store.js';
import { type CalendarRules, nextAllowedTime, zonedParts, zonedToUtc } from '../tours/tour-model.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { sendToPerson } from './ambassador-send.js';
import { figuresOf, type Period } from './recognition.js';
import { thanksCard } from './recognition-cards.js';
import { recordReturns } from './returns.js';
import { loadAmbassadors } from './roster.js';

export const THANKS_QUEUE = 'ambassadors.thanks';
export interface ThanksJob {
  ambassadorId: string;
  /** the month thanked: 2026-11 */
  month: string;
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The month `instant` falls in, in `timeZone`, and the month before it. */
export function monthsAt(instant: Date, timeZone: string): { current: string; previous: string } {
  const p = zonedParts(instant, timeZone);
  const prev = p.month === 1 ? { y: p.year - 1, m: 12 } : { y: p.year, m: p.month - 1 };
  return { current: monthKey(p.year, p.month), previous: monthKey(prev.y, prev.m) };
}

/** The month as the ambassador lives it: from their midnight of the 1st to the next 1st. */
export function zonedMonthPeriod(month: string, timeZone: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 };
  const start = { hour: 0, minute: 0, day: 1 };
  return {
    from: zonedToUtc({ year: y, month: m, ...start }, timeZone).toISOString(),
    to: zonedToUtc({ ...next, ...start }, timeZone).toISOString(),
  };
}

/** When the thank-you for the month of `instant` goes: next month's first allowed morning. */
export function nextThanksTime(instant: Date, rules: CalendarRules): Date {
  const p = zonedParts(instant, rules.timeZone);
  const next = p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
  const first = zonedToUtc({ ...next, day: 1, ...rules.defaultTime }, rules.timeZone);
  return nextAllowedTime(first, rules);
}

/** Plans the thank-you for the current month (idempotent per ambassador and month). */
export async function planNextThanks(
  ctx: AmbassadorContext,
  ambassadorId: string,
  now = new Date(),
): Promise<void> {
  const person = await ctx.people.get(ambassadorId);
  if (!person) return;
  const rules = ctx.tours.calendarFor(person);
  const month = monthsAt(now, rules.timeZone).current;
  await ctx.jobs.add<ThanksJob>(
    THANKS_QUEUE,
    { ambassadorId, month },
    { jobId: `ambassador-thanks:${ambassadorId}:${month}`, runAt: nextThanksTime(now, rules) },
  );
}

/**
 * Queues every active ambassador's thank-you now (console): for last month (the usual one, sent
 * early), or for this month so far (then this month's planned thank-you finds its key taken).
 */
export async function queueThanksNow(
  ctx: AmbassadorContext,
  which: 'last' | 'this',
  now = new Date(),
): Promise<number> {
  const active = await loadAmbassadors(ctx, { status: 'active' });
  for (const a of active) {
    const person = await ctx.people.get(a.personId);
    if (!person) continue;
    const months = monthsAt(now, ctx.tours.calendarFor(person).timeZone);
    const month = which === 'this' ? months.current : months.previous;
    await ctx.jobs.add<ThanksJob>(
      THANKS_QUEUE,
      { ambassadorId: a.personId, month },
      // not the planned job's id (that one waits for next month): the month's key keeps it once
      { jobId: `ambassador-thanks-now:${a.personId}:${month}` },
    );
  }
  return active.length;
}

/** The job: one thank-you per ambassador and month, then next month's planned. */
export async function runThanks(ctx: AmbassadorContext, job: ThanksJob, now = new Date()): Promise<void> {
  const [ambassador] = await loadAmbassadors(ctx, { personIds: [job.ambassadorId] });
  if (!ambassador || ambassador.status === 'stepped_down' || ambassador.status === 'refused') return;
  const person = await ctx.people.get(ambassador.personId);
  if (!person) return;
  if (ambassador.status === 'active') {
    const won = await ctx.db
      .insertInto('ambassador_thanks')
      .values({ ambassador_id: ambassador.personId, month: job.month, at: nowIso() })
      .onConflict((oc) => oc.columns(['ambassador_id', 'month']).doNothing())
      .returning('month')
      .executeTakeFirst();
    if (won) {
      await recordReturns(ctx, ambassador.personId);
      const timeZone = ctx.tours.calendarFor(person).timeZone;
      const period = zonedMonthPeriod(job.month, timeZone);
      const figures = (await figuresOf(ctx, [ambassador.personId], period)).get(ambassador.personId)!;
      try {
        await sendToPerson(ctx, person, (locale) =>
          thanksCard(translator(locale), locale, {
            name: ambassador.displayName,
            month: job.month,
            figures,
            pageUrl: `${ctx.consoleUrl}#/ambassadors/me`,
          }),
        );
      } catch (error) {
        // not delivered: the month's key is free again for the job's retry
        await ctx.db
          .deleteFrom('ambassador_thanks')
          .where('ambassador_id', '=', ambassador.personId)
          .where('month', '=', job.month)
          .execute();
        throw error;
      }
      await ctx.events.track({
        type: 'ambassador.thanked',
        personId: ambassador.personId,
        subjectType: 'ambassador',
        subjectId: ambassador.personId,
        data: { month: job.month, ...figures },
      });
    }
  }
  // a paused ambassador keeps their monthly slot planned, and is thanked again once resumed
  await planNextThanks(ctx, ambassador.personId, now);
}
