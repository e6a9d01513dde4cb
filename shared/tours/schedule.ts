/**
 * Step schedules as people write them, in English or French, parsed into a small spec the
 * calendar (calendar.ts) turns into a time. Pure: no clock, no zone.
 *
 *   "first contact" | "premier contact"                 → at once, when the journey starts
 *   "day 1 at 09:30" | "jour 1 à 09h30" | "day 3"        → the Nth working day (day 1 = start date)
 *   "day -2 at 10:00" | "jour -2"                        → working days before day 1 (pre-boarding)
 *   "week 2 Monday at 14:00" | "semaine 2 lundi à 14h"   → that weekday of the Nth week (week 1 holds day 1)
 *   "PT30S" | "P1D" | "P1DT2H"                           → exactly that long after the journey started
 *
 * Every schedule is bounded (scheduleLimits): a step lands at most about two years from its
 * anchor, so the calendar never computes a date that does not exist (an unbounded "P99999999999999W"
 * made `new Date` invalid and every later use of it throw).
 */
import { AppError, type ErrorText, type FieldProblem } from '../errors/errors.js';

export interface TimeOfDay {
  hour: number;
  minute: number;
}

export type ScheduleSpec =
  | { kind: 'first_contact' }
  | { kind: 'day'; day: number; time?: TimeOfDay }
  /** weekday: 1 = Monday … 7 = Sunday (ISO) */
  | { kind: 'week'; week: number; weekday: number; time?: TimeOfDay }
  | { kind: 'duration'; ms: number };

const weekdays: Record<string, number> = {
  monday: 1,
  lundi: 1,
  tuesday: 2,
  mardi: 2,
  wednesday: 3,
  mercredi: 3,
  thursday: 4,
  jeudi: 4,
  friday: 5,
  vendredi: 5,
  saturday: 6,
  samedi: 6,
  sunday: 7,
  dimanche: 7,
};

/**
 * How far a step may be from its anchor: two years of calendar time for durations, two years of
 * five-day weeks for working days (before or after day 1), 104 weeks for week schedules. Beyond
 * that a welcome tour is not a welcome tour, and a date far enough out stops being a date.
 */
export const scheduleLimits = {
  durationMs: 2 * 365 * 86_400_000,
  durationText: 'P104W',
  workingDays: 520,
  weeks: 104,
} as const;

/**
 * The field error's stable reason of a schedule's catalogue entry: 'tour.error.schedule.time' →
 * code 'schedule_time', with the entry's values, so a client words it in its own catalogue.
 */
export function scheduleReason(text: ErrorText): Pick<FieldProblem, 'code' | 'params'> {
  const kind = text.key.replace(/^tour\.error\.schedule\./, '');
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).filter((e): e is [string, string | number] => typeof e[1] !== 'object'),
  );
  return { code: `schedule_${kind}`, ...(Object.keys(params).length > 0 && { params }) };
}

/**
 * A schedule that does not parse: the English reason for logs, the catalogue entry for the
 * reader (`reason`), both on the `schedule` field; callers that know the step rename the field.
 */
export class ScheduleError extends AppError {
  constructor(
    readonly schedule: string,
    readonly why: string,
    readonly reason: ErrorText,
  ) {
    super(
      'validation_failed',
      `schedule "${schedule}": ${why}`,
      [{ field: 'schedule', message: why, text: reason, ...scheduleReason(reason) }],
      reason,
    );
  }
}

const invalid = (
  text: string,
  why: string,
  key: ErrorText['key'],
  params?: Record<string, string | number>,
) => new ScheduleError(text, why, { key, params });

/** "09:30", "9h30", "09h", "9:05", "14 h 30" → { hour, minute }. */
export function parseTimeOfDay(text: string): TimeOfDay | undefined {
  const m = /^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)?$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23 || minute > 59) return undefined;
  if (!m[2] && !/h/.test(text) && !/:/.test(text)) return undefined;
  return { hour, minute };
}

const isoDuration = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** The numbers of an ISO-8601 duration (weeks, days, hours, minutes, seconds), or undefined. */
function isoDurationParts(text: string): (string | undefined)[] | undefined {
  const upper = text.trim().toUpperCase();
  const m = isoDuration.exec(upper);
  if (!m || /T$/.test(upper)) return undefined;
  const parts = m.slice(1);
  return parts.some(Boolean) ? parts : undefined;
}

/** A duration's length in ms; a count too big for a number is Infinity, which every bound refuses. */
function durationMs([w, d, h, min, s]: (string | undefined)[]): number {
  const n = (v: string | undefined) => (v ? Number(v) : 0);
  const ms = Math.round((((n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(min)) * 60_000 + n(s) * 1000);
  return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
}

/**
 * ISO-8601 duration (weeks, days, hours, minutes, seconds; no months or years) in ms; undefined
 * when it does not parse or is longer than scheduleLimits.durationMs.
 */
export function parseIsoDuration(text: string): number | undefined {
  const parts = isoDurationParts(text);
  if (!parts) return undefined;
  const ms = durationMs(parts);
  return ms <= scheduleLimits.durationMs ? ms : undefined;
}

/** Lower case, accents gone, spaces single: "Jour 1 À 09h30" → "jour 1 a 09h30". */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function parseAt(rest: string, text: string): TimeOfDay | undefined {
  if (!rest) return undefined;
  const m = /^(?:at|a)\s+(.+)$/.exec(rest);
  const time = parseTimeOfDay(m ? m[1]! : rest);
  if (!time) throw invalid(text, 'the time must look like 09:30 or 9h30', 'tour.error.schedule.time');
  return time;
}

/** Parses a step schedule; throws AppError('validation_failed') saying what is wrong. */
export function parseSchedule(text: string): ScheduleSpec {
  const s = normalise(text);
  if (s === 'first contact' || s === 'premier contact' || s === 'au premier contact') {
    return { kind: 'first_contact' };
  }
  if (/^p/i.test(s)) {
    const ms = parseIsoDuration(s);
    if (ms === undefined && isoDurationParts(s))
      throw invalid(
        text,
        `at most ${scheduleLimits.durationText} (two years) after the start`,
        'tour.error.schedule.too_long',
        { max: scheduleLimits.durationText },
      );
    if (ms === undefined)
      throw invalid(text, 'not an ISO-8601 duration such as PT30S or P1D', 'tour.error.schedule.duration');
    return { kind: 'duration', ms };
  }
  const day = /^(?:day|jour|j)\s*(-?\d{1,3})(?:\s+(.*))?$/.exec(s);
  if (day) {
    const n = Number(day[1]);
    if (n === 0)
      throw invalid(
        text,
        'day 1 is the start date; day -1 the working day before',
        'tour.error.schedule.day_zero',
      );
    if (Math.abs(n) > scheduleLimits.workingDays)
      throw invalid(
        text,
        `days count at most ${scheduleLimits.workingDays} working days (two years)`,
        'tour.error.schedule.too_many_days',
        { max: scheduleLimits.workingDays },
      );
    return { kind: 'day', day: n, time: parseAt(day[2] ?? '', text) };
  }
  const week = /^(?:week|semaine|s)\s*(\d{1,2})\s+([a-z]+)(?:\s+(.*))?$/.exec(s);
  if (week) {
    const n = Number(week[1]);
    const weekday = weekdays[week[2]!];
    if (n < 1) throw invalid(text, 'weeks count from 1', 'tour.error.schedule.week_zero');
    if (n > scheduleLimits.weeks)
      throw invalid(
        text,
        `weeks count at most to ${scheduleLimits.weeks}`,
        'tour.error.schedule.too_many_weeks',
        {
          max: scheduleLimits.weeks,
        },
      );
    if (!weekday)
      throw invalid(text, `"${week[2]}" is not a day of the week`, 'tour.error.schedule.weekday', {
        word: week[2]!,
      });
    return { kind: 'week', week: n, weekday, time: parseAt(week[3] ?? '', text) };
  }
  throw invalid(
    text,
    'write "first contact", "day 1 at 09:30", "week 2 Monday", their French forms, or an ISO duration (PT30S)',
    'tour.error.schedule.unknown',
  );
}
