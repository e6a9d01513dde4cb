/**
 * Days, weeks and months of the insights, in UTC: a day is `2026-11-30`, its bit in the month's
 * bitmap is 1 << (day of month - 1), its week starts on Monday (ISO).
 */
export const DAY_MS = 86_400_000;

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
export const monthOfDay = (day: string): string => day.slice(0, 7);
export const startOfDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
export const addDays = (day: string, n: number): string =>
  dayOf(new Date(startOfDay(day).getTime() + n * DAY_MS));
export const dayBit = (day: string): number => 1 << (Number(day.slice(8, 10)) - 1);

/** Monday of the day's ISO week */
export function weekStart(day: string): string {
  const weekday = (startOfDay(day).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

export function monthEnd(day: string): string {
  const d = startOfDay(monthStart(day));
  return dayOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

/** bits of days 1..day of the day's month */
export const bitsUpTo = (day: string): number => {
  const d = Number(day.slice(8, 10));
  return d >= 31 ? 0x7fffffff : (1 << d) - 1;
};

/** bits of days from..to (same month, inclusive) */
export const bitsBetween = (from: string, to: string): number => bitsUpTo(to) & ~(bitsUpTo(from) >> 1);

export type PeriodKind = 'day' | 'week' | 'month';

export interface Period {
  kind: PeriodKind;
  from: string;
  to: string;
}

export function periodOf(kind: PeriodKind, day: string): Period {
  if (kind === 'day') return { kind, from: day, to: day };
  if (kind === 'week') {
    const from = weekStart(day);
    return { kind, from, to: addDays(from, 6) };
  }
  return { kind, from: monthStart(day), to: monthEnd(day) };
}

/** the period just before `period` */
export const previousPeriod = (period: Period): Period => periodOf(period.kind, addDays(period.from, -1));
