/**
 * Step schedules as people write them, in English or French, parsed into a small spec the
 * calendar (calendar.ts) turns into a time. Pure: no clock, no zone.
 *
 *   "first contact" | "premier contact"                 → at once, when the journey starts
 *   "day 1 at 09:30" | "jour 1 à 09h30" | "day 3"        → the Nth working day (day 1 = start date)
 *   "day -2 at 10:00" | "jour -2"                        → working days before day 1 (pre-boarding)
 *   "week 2 Monday at 14:00" | "semaine 2 lundi à 14h"   → that weekday of the Nth week (week 1 holds day 1)
 *   "PT30S" | "P1D" | "P1DT2H"                           → exactly that long after the journey started
 */
import { AppError } from '../errors/errors.js';

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

const invalid = (text: string, why: string) =>
  new AppError('validation_failed', `schedule "${text}": ${why}`, [{ field: 'schedule', message: why }]);

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

/** ISO-8601 duration (weeks, days, hours, minutes, seconds; no months or years) in ms. */
export function parseIsoDuration(text: string): number | undefined {
  const m = isoDuration.exec(text.trim().toUpperCase());
  if (!m || text.trim().toUpperCase() === 'P' || /T$/.test(text.trim().toUpperCase())) return undefined;
  const [, w, d, h, min, s] = m;
  if (!w && !d && !h && !min && !s) return undefined;
  const n = (v: string | undefined) => (v ? Number(v) : 0);
  return Math.round((((n(w) * 7 + n(d)) * 24 + n(h)) * 60 + n(min)) * 60_000 + n(s) * 1000);
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
  if (!time) throw invalid(text, 'the time must look like 09:30 or 9h30');
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
    if (ms === undefined) throw invalid(text, 'not an ISO-8601 duration such as PT30S or P1D');
    return { kind: 'duration', ms };
  }
  const day = /^(?:day|jour|j)\s*(-?\d{1,3})(?:\s+(.*))?$/.exec(s);
  if (day) {
    const n = Number(day[1]);
    if (n === 0) throw invalid(text, 'day 1 is the start date; day -1 the working day before');
    return { kind: 'day', day: n, time: parseAt(day[2] ?? '', text) };
  }
  const week = /^(?:week|semaine|s)\s*(\d{1,2})\s+([a-z]+)(?:\s+(.*))?$/.exec(s);
  if (week) {
    const n = Number(week[1]);
    const weekday = weekdays[week[2]!];
    if (n < 1) throw invalid(text, 'weeks count from 1');
    if (!weekday) throw invalid(text, `"${week[2]}" is not a day of the week`);
    return { kind: 'week', week: n, weekday, time: parseAt(week[3] ?? '', text) };
  }
  throw invalid(
    text,
    'write "first contact", "day 1 at 09:30", "week 2 Monday", their French forms, or an ISO duration (PT30S)',
  );
}

/** Whether a schedule parses (for zod refinements). */
export const isSchedule = (text: string): boolean => {
  try {
    parseSchedule(text);
    return true;
  } catch {
    return false;
  }
};
