/**
 * Figures of a period from the segment's day series: who is there (the period's last day), who
 * was active (distinct, from that day's week- or month-to-date count), and the sums.
 */
import type { DayCounters } from './dashboard-series.js';
import type { Period } from './insights-day.js';

export interface PeriodFigures {
  people: number;
  reachable: number;
  installRate: number | null;
  active: number;
  connectionRate: number | null;
  dailyActiveAverage: number | null;
  weeklyActive: number;
  monthlyActive: number;
  activeDaysPerActive: number | null;
  tabMinutes: number;
  delivered: number;
  interactions: number;
  interactionRate: number | null;
  reactions: number;
  clicks: number;
  votes: number;
  answers: number;
  commands: number;
  relays: number;
  helped: number;
  returned: number;
  /** guests who joined a group (an invitation accepted) */
  invitationsAccepted: number;
  chartersAccepted: number;
}

export const ratio = (a: number, b: number): number | null =>
  b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null;

/** the figures of `period` from the days in it (null when none was rolled up) */
export function figuresOf(period: Period, series: readonly DayCounters[]): PeriodFigures | null {
  const days = series.filter((d) => d.day >= period.from && d.day <= period.to);
  const last = days[days.length - 1];
  if (!last) return null;
  const sum = (key: keyof DayCounters) => days.reduce((n, d) => n + Number(d[key]), 0);
  const active =
    period.kind === 'day' ? last.active : period.kind === 'week' ? last.active_week : last.active_month;
  const personDays = sum('active');
  const delivered = sum('delivered');
  const interactions = sum('reactions') + sum('clicks') + sum('votes') + sum('answers');
  return {
    people: last.people,
    reachable: last.reachable,
    installRate: ratio(last.installed, last.people),
    active,
    connectionRate: ratio(active, last.people),
    dailyActiveAverage: Math.round((personDays / days.length) * 100) / 100,
    weeklyActive: last.active_week,
    monthlyActive: last.active_month,
    activeDaysPerActive: active > 0 ? Math.round((personDays / active) * 100) / 100 : null,
    tabMinutes: sum('tab_minutes'),
    delivered,
    interactions,
    interactionRate: ratio(interactions, delivered),
    reactions: sum('reactions'),
    clicks: sum('clicks'),
    votes: sum('votes'),
    answers: sum('answers'),
    commands: sum('commands'),
    relays: sum('relays'),
    helped: sum('helped'),
    returned: sum('returned'),
    invitationsAccepted: sum('invitations_accepted'),
    chartersAccepted: sum('charters_accepted'),
  };
}
