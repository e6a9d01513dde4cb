/**
 * What an ambassador does with a colleague of their digest: "I'll help them" (theirs this week),
 * "Send a friendly nudge" (at most one a week from all ambassadors together: key week + person;
 * never to someone who said "stop these"), "Done". Only the ambassador the colleague was listed
 * to acts on them: the assignment's key gave them to one ambassador.
 */
import { type Locale, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { nudgeCard, outcomeCard } from './ambassador-cards.js';
import type { AmbassadorContext } from './ambassador-context.js';
import { sendToPerson } from './ambassador-send.js';

export type ColleagueAction = 'help' | 'nudge' | 'done';

export async function actOnColleague(
  ctx: AmbassadorContext,
  actor: Person,
  action: ColleagueAction,
  personId: string,
  week: string,
  locale: Locale,
): Promise<{ notice?: string; card?: ReturnType<typeof outcomeCard> }> {
  const t = translator(locale);
  const assignment = await ctx.db
    .selectFrom('ambassador_assignments')
    .selectAll()
    .where('week', '=', week)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!assignment || assignment.ambassador_id !== actor.id)
    return { notice: t('ambassador.digest.not_yours') };
  const colleague = await ctx.people.get(personId);
  if (!colleague) return { notice: t('ambassador.digest.not_yours') };
  const name = colleague.displayName;
  if (action === 'help' || action === 'done') {
    const state = action === 'help' ? 'helping' : 'done';
    const changed = await ctx.db
      .updateTable('ambassador_assignments')
      .set({ state })
      .where('week', '=', week)
      .where('person_id', '=', personId)
      .where('ambassador_id', '=', actor.id)
      .where('state', '!=', state)
      .returning('person_id')
      .executeTakeFirst();
    if (changed && action === 'help')
      await ctx.events.track({
        type: 'ambassador.colleague_assigned',
        personId,
        subjectType: 'ambassador',
        subjectId: actor.id,
        data: { week },
      });
    return {
      notice:
        action === 'help'
          ? t('ambassador.digest.helping', { name })
          : t('ambassador.digest.marked_done', { name }),
    };
  }
  const stopped = await ctx.db
    .selectFrom('ambassador_opt_outs')
    .select('person_id')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (stopped) return { notice: t('ambassador.digest.nudge_stopped', { name }) };
  const won = await ctx.db
    .insertInto('ambassador_nudges')
    .values({ week, person_id: personId, ambassador_id: actor.id, at: nowIso() })
    .onConflict((oc) => oc.columns(['week', 'person_id']).doNothing())
    .returning('person_id')
    .executeTakeFirst();
  if (!won) return { notice: t('ambassador.digest.nudge_taken', { name }) };
  try {
    await sendToPerson(ctx, colleague, (l) => nudgeCard(translator(l), actor.displayName));
  } catch (error) {
    // not sent: the week's nudge is free again for a later try
    await ctx.db
      .deleteFrom('ambassador_nudges')
      .where('week', '=', week)
      .where('person_id', '=', personId)
      .execute();
    throw error;
  }
  await ctx.events.track({
    type: 'ambassador.colleague_nudged',
    personId,
    subjectType: 'ambassador',
    subjectId: actor.id,
    data: { week },
  });
  return { notice: t('ambassador.digest.nudged', { name }) };
}

/** "Stop these": recorded forever; the colleague is never listed nor nudged again. */
export async function stopNudges(ctx: AmbassadorContext, person: Person, locale: Locale) {
  await ctx.db
    .insertInto('ambassador_opt_outs')
    .values({ person_id: person.id, at: nowIso() })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
  await ctx.events.track({
    type: 'ambassador.nudges_stopped',
    personId: person.id,
    subjectType: 'ambassador',
    subjectId: person.id,
  });
  return { card: outcomeCard(translator(locale)('ambassador.nudge.stopped')) };
}
