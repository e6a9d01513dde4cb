/**
 * Colleagues who need a hand: once a week, at the first working morning of the ambassador's week
 * (tours calendar: their zone, working days, quiet hours), a digest lists at most N colleagues of
 * their scope who have not finished the welcome tour, have not acknowledged a strategic item past
 * its date (news: its reminders are over), or have not used Relais for AMBASSADOR_INACTIVE_DAYS. Each colleague is listed to one ambassador a week (key week + person),
 * a digest goes once per ambassador and week (key ambassador + week) whatever the number of
 * instances or retries, and the job plans the next week's. Guests are listed only to an ambassador
 * of their group (a scope of guest groups lists those groups' guests; departments and sites list
 * members only).
 */
import { translator } from '../i18n/i18n.js';
import { nowIso } from '../store/store.js';
import { type DigestEntry, digestCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import type { Ambassador, NeedReason } from './ambassador-model.js';
import { sendToPerson } from './ambassador-send.js';
import { nextWeekDigestTime, weekAt } from './ambassador-week.js';
import { recordReturns } from './returns.js';
import { loadAmbassadors } from './roster.js';
import { planNextThanks } from './thanks.js';

type GroupMembersBuilder = Parameters<AmbassadorContext['audienceGroups']['members']>[0];

export const DIGEST_QUEUE = 'ambassadors.digest';
export interface DigestJob {
  ambassadorId: string;
  week: string;
}

/** the first page is a few times the digest's size (most scopes fill it at once), then pages grow */
const FIRST_PAGE_FACTOR = 4;
const MAX_PAGE = 500;
/** nudges still checked for a return: a monthly thank-you looks back a month and a week */

/**
 * Plans the digest of the week after `now` for one ambassador (idempotent per week), and the
 * month's thank-you (idempotent per month): every way onto the roster plans both.
 */
export async function planNextDigest(
  ctx: AmbassadorContext,
  ambassadorId: string,
  now = new Date(),
): Promise<void> {
  const person = await ctx.people.get(ambassadorId);
  if (!person) return;
  const rules = ctx.tours.calendarFor(person);
  const at = nextWeekDigestTime(now, rules);
  const week = weekAt(at, rules.timeZone);
  await ctx.jobs.add<DigestJob>(
    DIGEST_QUEUE,
    { ambassadorId, week },
    { jobId: `ambassador-digest:${ambassadorId}:${week}`, runAt: at },
  );
  await planNextThanks(ctx, ambassadorId, now);
}

/** Queues this week's digest of every active ambassador now (console "send now", tests). */
export async function queueDigestsNow(ctx: AmbassadorContext, now = new Date()): Promise<number> {
  const active = await loadAmbassadors(ctx, { status: 'active' });
  for (const a of active) {
    const person = await ctx.people.get(a.personId);
    if (!person) continue;
    const week = weekAt(now, ctx.tours.calendarFor(person).timeZone);
    await ctx.jobs.add<DigestJob>(
      DIGEST_QUEUE,
      { ambassadorId: a.personId, week },
      { jobId: `ambassador-digest:${a.personId}:${week}` },
    );
  }
  return active.length;
}

/**
 * Who needs a hand in the ambassador's scope, assigned to them for `week`: keyset pages of the
 * scope's members, each page checked against the welcome tour and the event log, the first ones
 * claimed with one insert that skips whoever another ambassador already has this week.
 */
export async function assignColleagues(
  ctx: AmbassadorContext,
  ambassador: Pick<Ambassador, 'personId' | 'scope'>,
  week: string,
  now = new Date(),
): Promise<DigestEntry[]> {
  const { departments, sites, groups } = ambassador.scope;
  if (departments.length + sites.length + groups.length === 0) return [];
  const limit = ctx.settings.digestSize;
  const cutoff = new Date(now.getTime() - ctx.settings.inactiveDays * 86_400_000).toISOString();
  const found: DigestEntry[] = [];
  let after = '';
  let pageSize = Math.min(MAX_PAGE, limit * FIRST_PAGE_FACTOR);
  while (found.length < limit) {
    const page = await ctx.db
      .selectFrom('people')
      .select(['id', 'display_name'])
      .where('active', '=', 1)
      .where('id', '!=', ambassador.personId)
      .where('id', '>', after)
      .where((eb) => {
        const members =
          departments.length + sites.length > 0
            ? [
                eb.and([
                  eb('kind', '=', 'member'),
                  eb.or([
                    ...(departments.length ? [eb('department', 'in', departments)] : []),
                    ...(sites.length ? [eb('site', 'in', sites)] : []),
                  ]),
                ]),
              ]
            : [];
        const guests = groups.length
          ? [
              eb.and([
                eb('kind', '=', 'guest'),
                // the same builder, seen by the core's port: the groups' subquery stays in this query
                ctx.audienceGroups.members(eb as unknown as GroupMembersBuilder, groups),
              ]),
            ]
          : [];
        return eb.or([...members, ...guests]);
      })
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('ambassador_opt_outs')
              .select('person_id')
              .whereRef('ambassador_opt_outs.person_id', '=', 'people.id'),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('ambassador_assignments')
              .select('person_id')
              .where('week', '=', week)
              .whereRef('ambassador_assignments.person_id', '=', 'people.id'),
          ),
        ),
      )
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const ids = page.map((p) => p.id);
    // three independent reads: side by side on a pooled store (PostgreSQL), one after the other on SQLite
    const [touring, activeRows, unacknowledged] = await Promise.all([
      ctx.tours.withUnfinishedWelcome(ids),
      ctx.db
        .selectFrom('events')
        .select('person_id')
        .distinct()
        .where('person_id', 'in', ids)
        .where('at', '>=', cutoff)
        .execute(),
      ctx.news.unacknowledgedPastDate(ids, now),
    ]);
    const recent = new Set(activeRows.map((r) => r.person_id));
    const reasonOf = (id: string): NeedReason | undefined =>
      touring.has(id)
        ? 'tour'
        : unacknowledged.has(id)
          ? 'unacknowledged'
          : recent.has(id)
            ? undefined
            : 'inactive';
    const needing = page
      .map((p) => ({ ...p, reason: reasonOf(p.id) }))
      .filter((p): p is typeof p & { reason: NeedReason } => p.reason !== undefined);
    for (let i = 0; i < needing.length && found.length < limit; ) {
      const batch = needing.slice(i, i + (limit - found.length));
      i += batch.length;
      const at = now.toISOString();
      const won = await ctx.db
        .insertInto('ambassador_assignments')
        .values(
          batch.map((p) => ({
            week,
            person_id: p.id,
            ambassador_id: ambassador.personId,
            reason: p.reason,
            state: 'listed',
            at,
          })),
        )
        .onConflict((oc) => oc.columns(['week', 'person_id']).doNothing())
        .returning('person_id')
        .execute();
      const mine = new Set(won.map((w) => w.person_id));
      for (const p of batch)
        if (mine.has(p.id)) found.push({ personId: p.id, displayName: p.display_name, reason: p.reason });
    }
    if (page.length < pageSize) break;
    pageSize = Math.min(MAX_PAGE, pageSize * 4);
  }
  return found;
}

/** The job: one digest per ambassador and week, then next week's planned. */
export async function runDigest(ctx: AmbassadorContext, job: DigestJob, now = new Date()): Promise<void> {
  const [ambassador] = await loadAmbassadors(ctx, { personIds: [job.ambassadorId] });
  if (!ambassador || ambassador.status === 'stepped_down' || ambassador.status === 'refused') return;
  if (ambassador.status === 'active') {
    const won = await ctx.db
      .insertInto('ambassador_digests')
      .values({ ambassador_id: ambassador.personId, week: job.week, at: nowIso() })
      .onConflict((oc) => oc.columns(['ambassador_id', 'week']).doNothing())
      .returning('week')
      .executeTakeFirst();
    if (won) {
      await recordReturns(ctx, ambassador.personId);
      const entries = await assignColleagues(ctx, ambassador, job.week, now);
      const person = await ctx.people.get(ambassador.personId);
      try {
        if (person)
          await sendToPerson(ctx, person, (locale) =>
            digestCard(translator(locale), job.week, entries, ctx.settings.inactiveDays),
          );
      } catch (error) {
        // not delivered: the week's digest and its colleagues are free again for the job's retry
        await ctx.db
          .deleteFrom('ambassador_assignments')
          .where('week', '=', job.week)
          .where('ambassador_id', '=', ambassador.personId)
          .where('state', '=', 'listed')
          .execute();
        await ctx.db
          .deleteFrom('ambassador_digests')
          .where('week', '=', job.week)
          .where('ambassador_id', '=', ambassador.personId)
          .execute();
        throw error;
      }
    }
  }
  // a paused ambassador keeps their weekly slot planned, and gets digests again once resumed
  await planNextDigest(ctx, ambassador.personId, now);
}
