/**
 * Calendar rules for drip steps, pure (the clock is a parameter): working days in the person's
 * IANA time zone, daylight saving time through Intl offsets (a local time that does not exist is
 * moved forward, one that exists twice takes its first occurrence), quiet hours (nothing at
 * night: moved to the next allowed time on a working day), and the schedule specs of schedule.ts
 * turned into an instant relative to the start date or to the journey's start.
 */
import type { ScheduleSpec, TimeOfDay } from './schedule.js';

export interface CalendarRules {
  /** IANA zone, e.g. Europe/Paris */
  timeZone: string;
  /** ISO weekdays people work: 1 = Monday … 7 = Sunday */
  workingDays: readonly number[];
  /** no message from quietStart to quietEnd (may span midnight: 20:00 → 08:00) */
  quietStart: TimeOfDay;
  quietEnd: TimeOfDay;
  /** the time of a step whose schedule names none ("day 3") */
  defaultTime: TimeOfDay;
}

/** A calendar date without a zone. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalDateTime extends LocalDate, TimeOfDay {
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Whether Intl knows the zone (bad zones fall back to the configured default). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at `instant`. */
export function zonedParts(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far `timeZone` is ahead of UTC at `instant`, in ms (+3 600 000 for Paris in winter). */
export function offsetMs(instant: number, timeZone: string): number {
  const p = zonedParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in `timeZone`. In the spring gap (02:30 in Paris on the
 * last Sunday of March) it is moved forward by the gap (03:30); in the autumn overlap (02:30
 * happens twice) the first occurrence wins.
 */
export function zonedToUtc(local: LocalDate & TimeOfDay, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const day = 86_400_000;
  const before = offsetMs(wall - day, timeZone);
  const after = offsetMs(wall + day, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => offsetMs(t, timeZone) === wall - t);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // a wall time inside the gap: read with the offset before the switch, it lands after the gap
  return new Date(wall - before);
}

export const toLocalDate = (d: LocalDate): LocalDate => ({ year: d.year, month: d.month, day: d.day });

/**
 * "2026-03-02" → LocalDate; undefined when not a day of the calendar ("2027-02-30"), or before
 * the year 1000 (Date.UTC reads years 0-99 as 1900-1999).
 */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (d.year < 1000) return undefined;
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return check.getUTCMonth() === d.month - 1 && check.getUTCDate() === d.day ? d : undefined;
}

export const formatLocalDate = (d: LocalDate): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: LocalDate): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

export const isWorkingDay = (d: LocalDate, rules: Pick<CalendarRules, 'workingDays'>): boolean =>
  rules.workingDays.includes(isoWeekday(d));

/** The date itself when it is a working day, else the next one. */
export function workingDayOnOrAfter(d: LocalDate, rules: Pick<CalendarRules, 'workingDays'>): LocalDate {
  let day = d;
  for (let i = 0; i < 7 && !isWorkingDay(day, rules); i++) day = addDays(day, 1);
  return day;
}

/** `n` working days after (n > 0) or before (n < 0) a date; non-working days are not counted. */
export function addWorkingDays(
  d: LocalDate,
  n: number,
  rules: Pick<CalendarRules, 'workingDays'>,
): LocalDate {
  if (rules.workingDays.length === 0) return addDays(d, n);
  const step = n < 0 ? -1 : 1;
  let day = d;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day, rules)) left--;
  }
  return day;
}

const minutesOf = (t: TimeOfDay) => t.hour * 60 + t.minute;

/** Whether a wall-clock time is inside the quiet hours. */
export function isQuiet(t: TimeOfDay, rules: Pick<CalendarRules, 'quietStart' | 'quietEnd'>): boolean {
  const m = minutesOf(t);
  const start = minutesOf(rules.quietStart);
  const end = minutesOf(rules.quietEnd);
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/**
 * The first instant at or after `instant` when a message may go: a working day, outside the
 * quiet hours, in the rules' time zone. Otherwise the end of the quiet hours on the next
 * working day it can be.
 */
export function nextAllowedTime(instant: Date, rules: CalendarRules): Date {
  const local = zonedParts(instant, rules.timeZone);
  const today = toLocalDate(local);
  if (isWorkingDay(today, rules) && !isQuiet(local, rules)) return instant;
  const endToday = minutesOf(rules.quietEnd);
  // before the end of the night on a working day: that morning; else the next working morning
  const sameMorning = isWorkingDay(today, rules) && minutesOf(local) < endToday && isQuiet(local, rules);
  const day = sameMorning ? today : workingDayOnOrAfter(addDays(today, 1), rules);
  const at = zonedToUtc({ ...day, ...rules.quietEnd }, rules.timeZone);
  return at.getTime() < instant.getTime() ? instant : at;
}

/** What a step is scheduled from: the imported start date (day 1) and when the journey started. */
export interface ScheduleAnchor {
  /** YYYY-MM-DD in the person's zone; null = the date the journey started */
  startDate: string | null;
  startedAt: Date;
}

/**
 * When a step is due. "first contact" is the journey's start itself (the person is there; quiet
 * hours are for drips); ISO durations are exact elapsed time from the start (demos, tests). Day
 * and week schedules follow the calendar: working days, the step's time in the person's zone,
 * never in the past (a time already gone goes now), then moved out of weekends and quiet hours.
 */
export function dueAt(spec: ScheduleSpec, anchor: ScheduleAnchor, rules: CalendarRules, now: Date): Date {
  if (spec.kind === 'first_contact') return anchor.startedAt;
  if (spec.kind === 'duration') return new Date(anchor.startedAt.getTime() + spec.ms);
  const given = anchor.startDate ? parseLocalDate(anchor.startDate) : undefined;
  // never a silent "from today" for a start date that is not a date
  if (anchor.startDate && !given)
    throw new RangeError(`start date "${anchor.startDate}" is not a calendar day`);
  const startDay = given ?? toLocalDate(zonedParts(anchor.startedAt, rules.timeZone));
  const day1 = workingDayOnOrAfter(startDay, rules);
  let day: LocalDate;
  if (spec.kind === 'day') {
    day = addWorkingDays(day1, spec.day > 0 ? spec.day - 1 : spec.day, rules);
  } else {
    const monday = addDays(day1, 1 - isoWeekday(day1));
    day = workingDayOnOrAfter(addDays(monday, (spec.week - 1) * 7 + spec.weekday - 1), rules);
  }
  const wall = zonedToUtc({ ...day, ...(spec.time ?? rules.defaultTime) }, rules.timeZone);
  return nextAllowedTime(wall.getTime() < now.getTime() ? now : wall, rules);
}
