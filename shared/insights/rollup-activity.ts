/**
 * One day's activity, from the raw event log into the bitmaps of active days (per person and
 * month); what counts as activity and which events are counted in the cells (rollup-cells.ts).
 * A rerun of the same day (after a crash, or to correct) gives exactly the same bits.
 */
import { sql } from 'kysely';
import { addDays, dayBit, monthOfDay, startOfDay } from './insights-day.js';
import type { CellCounter, InsightsDb } from './insights-tables.js';

/** what makes a person active on a day: a command, click, vote, answer, read, App Home or tab visit */
export const ACTIVE_TYPES = [
  'command.used',
  'message.received',
  'card.action',
  'poll.voted',
  'survey.answered',
  'quiz.answered',
  'news.read',
  'news.acknowledged',
  'news.clicked',
  'news.reacted',
  'news.viewed',
  'poll.viewed',
  'survey.viewed',
  'quiz.viewed',
  'home.opened',
  'insights.heartbeat',
] as const;

/** event types counted in a cell counter (beyond activity) */
export const COUNTED: Record<string, CellCounter> = {
  'news.read': 'reads',
  'news.acknowledged': 'acks',
  'news.reacted': 'reactions',
  'news.clicked': 'clicks',
  'poll.voted': 'votes',
  'survey.answered': 'answers',
  'quiz.answered': 'answers',
  'command.used': 'commands',
  // one heartbeat a minute while a tab is visible: approximate minutes in the tabs
  'insights.heartbeat': 'tab_minutes',
  'ambassador.relayed': 'relays',
  // the colleague's own cell: "I'll help them" in a digest, or a nudge sent to them
  'ambassador.colleague_assigned': 'helped',
  'ambassador.colleague_nudged': 'helped',
  'ambassador.colleague_returned': 'returned',
};
/** the event types a day's rollup reads: what makes people active and what is counted */
export const READ_TYPES = [...new Set([...ACTIVE_TYPES, ...Object.keys(COUNTED)])];

export const dayRange = (day: string) => ({
  from: startOfDay(day).toISOString(),
  to: startOfDay(addDays(day, 1)).toISOString(),
});

/**
 * Phase 1: the day's bit in every person's bitmap of the month, cleared then set from the events,
 * in two statements: the database groups the day's events by person and merges them into the
 * bitmaps (an upsert), nothing per person comes into the process.
 */
export async function rollupActiveDays(db: InsightsDb, day: string): Promise<void> {
  const { from, to } = dayRange(day);
  const month = monthOfDay(day);
  const bit = dayBit(day);
  const on = (platform: string) => sql`max(case when platform = ${platform} then ${sql.lit(bit)} else 0 end)`;
  await db.transaction().execute(async (tx) => {
    const clear = (column: 'days_any' | 'days_teams' | 'days_slack' | 'days_tab') =>
      sql<number>`${sql.ref(column)} & ${~bit}`;
    await tx
      .updateTable('insights_active_days')
      .set({
        days_any: clear('days_any'),
        days_teams: clear('days_teams'),
        days_slack: clear('days_slack'),
        days_tab: clear('days_tab'),
      })
      .where('month', '=', month)
      .where(sql<boolean>`(days_any & ${bit}) <> 0`)
      .execute();
    // SQLite needs the WHERE before an upsert's ON CONFLICT (else it reads ON as a join's)
    await sql`
      insert into insights_active_days (person_id, month, days_any, days_teams, days_slack, days_tab)
      select person_id, cast(${month} as text), ${sql.lit(bit)}, ${on('teams')}, ${on('slack')}, ${on('tab')}
      from events
      where at >= ${from} and at < ${to} and person_id is not null and type in (${sql.join(ACTIVE_TYPES)})
      group by person_id
      on conflict (month, person_id) do update set
        days_any = insights_active_days.days_any | excluded.days_any,
        days_teams = insights_active_days.days_teams | excluded.days_teams,
        days_slack = insights_active_days.days_slack | excluded.days_slack,
        days_tab = insights_active_days.days_tab | excluded.days_tab`.execute(tx);
  });
}
