/**
 * Weeks as the ambassadors count them: the ISO week (Monday first) of a day in a time zone,
 * written `2026-W50`. Caps, digests, assignments and nudges are all "per week" in these terms.
 */
import { type CalendarRules, nextAllowedTime, zonedParts, zonedToUtc } from '../tours/tour-model.js';

const DAY = 86_400_000;

/** ISO week of a calendar day: the week belongs to the year of its Thursday. */
export function isoWeekOf(year: number, month: number, day: number): string {
  const date = Date.UTC(year, month - 1, day);
  const weekday = new Date(date).getUTCDay() || 7;
  const thursday = new Date(date + (4 - weekday) * DAY);
  const firstDay = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - firstDay) / DAY / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The week `instant` falls in, in `timeZone`. */
export function weekAt(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return isoWeekOf(p.year, p.month, p.day);
}

/**
 * When next week's digest goes: the first working day of next week at the tours' step time in
 * the ambassador's zone, moved out of quiet hours (the tours calendar).
 */
export function nextWeekDigestTime(instant: Date, rules: CalendarRules): Date {
  const p = zonedParts(instant, rules.timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() || 7;
  // the first working day of next week (Monday when it is one), else next Monday
  const offset = [1, 2, 3, 4, 5, 6, 7].find((d) => rules.workingDays.includes(d)) ?? 1;
  const firstDay = new Date(Date.UTC(p.year, p.month - 1, p.day + (8 - weekday) + (offset - 1)));
  const local = {
    year: firstDay.getUTCFullYear(),
    month: firstDay.getUTCMonth() + 1,
    day: firstDay.getUTCDate(),
    ...rules.defaultTime,
  };
  return nextAllowedTime(zonedToUtc(local, rules.timeZone), rules);
}
