/**
 * Colleagues who came back after a nudge, recorded by the weekly digest and by the monthly
 * thank-you (both read them, neither owns them).
 */
import type { AmbassadorContext } from './ambassador-context.js';
import { RETURN_WINDOW_MS } from './recognition.js';

/** nudges older than this were checked by a digest or a thank-you since: no longer read */
const RECHECK_DAYS = 45;

/**
 * Colleagues nudged by this ambassador who used Relais within 7 days of the nudge:
 * `colleague_returned`, once each (the key is the nudge row's `returned_at`, set once).
 */
export async function recordReturns(ctx: AmbassadorContext, ambassadorId: string): Promise<void> {
  const open = await ctx.db
    .selectFrom('ambassador_nudges')
    .select(['week', 'person_id', 'at'])
    .where('ambassador_id', '=', ambassadorId)
    .where('returned_at', 'is', null)
    // older nudges can no longer count: their 7 days were checked by a digest or a thank-you since
    .where('at', '>=', new Date(Date.now() - RECHECK_DAYS * 86_400_000).toISOString())
    .limit(1000)
    .execute();
  for (const n of open) {
    const back = await ctx.db
      .selectFrom('events')
      .select('at')
      .where('person_id', '=', n.person_id)
      .where('at', '>', n.at)
      .where('at', '<=', new Date(Date.parse(n.at) + RETURN_WINDOW_MS).toISOString())
      .where('type', 'not like', 'ambassador.%')
      .orderBy('at')
      .limit(1)
      .executeTakeFirst();
    if (!back) continue;
    const marked = await ctx.db
      .updateTable('ambassador_nudges')
      .set({ returned_at: back.at })
      .where('week', '=', n.week)
      .where('person_id', '=', n.person_id)
      .where('returned_at', 'is', null)
      .returning('person_id')
      .executeTakeFirst();
    if (marked)
      await ctx.events.track({
        type: 'ambassador.colleague_returned',
        personId: n.person_id,
        subjectType: 'ambassador',
        subjectId: ambassadorId,
        data: { week: n.week },
      });
  }
}
