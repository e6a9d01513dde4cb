/**
 * Tour calendar settings from the environment (spread into shared/config/config.ts):
 * TOURS_TIME_ZONE (a person without a zone), TOURS_WORKING_DAYS (ISO weekdays, 1 = Monday),
 * TOURS_QUIET_HOURS (no step message in that window, e.g. 20:00-08:00), TOURS_STEP_TIME (the
 * time of a step whose schedule names none), TOURS_KIND_RECHECK_DELAY (how long after a first
 * contact whose member lookup failed the platform is asked again, doubled at each new failure).
 */
import { z } from 'zod';
import { parseDelayMs } from '../config/delay.js';
import { isTimeZone } from './calendar.js';
import { parseTimeOfDay, type TimeOfDay } from './schedule.js';

const time = (name: string) =>
  z.string().transform((v, ctx) => {
    const t = parseTimeOfDay(v);
    if (!t) ctx.addIssue({ code: 'custom', message: `${name} must look like 09:00` });
    return t ?? { hour: 0, minute: 0 };
  });

export const tourEnvSchema = {
  TOURS_TIME_ZONE: z
    .string()
    .default('Europe/Paris')
    .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  TOURS_WORKING_DAYS: z
    .string()
    .default('1,2,3,4,5')
    .transform((v) => [...new Set(v.split(',').map((d) => Number(d.trim())))].sort())
    .refine((days) => days.length > 0 && days.every((d) => Number.isInteger(d) && d >= 1 && d <= 7), {
      message: 'must list ISO weekdays 1 (Monday) to 7 (Sunday), e.g. 1,2,3,4,5',
    }),
  TOURS_QUIET_HOURS: z
    .string()
    .default('20:00-08:00')
    .transform((v, ctx) => {
      const [start, end] = v.split('-').map((s) => parseTimeOfDay(s));
      if (!start || !end) ctx.addIssue({ code: 'custom', message: 'must look like 20:00-08:00' });
      return { start: start ?? { hour: 0, minute: 0 }, end: end ?? { hour: 0, minute: 0 } };
    }),
  TOURS_STEP_TIME: time('TOURS_STEP_TIME').default({ hour: 9, minute: 0 }),
  TOURS_KIND_RECHECK_DELAY: z
    .string()
    .default('PT1M')
    .transform((v, ctx) => {
      const ms = parseDelayMs(v);
      if (ms === undefined || ms < 1000) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an ISO-8601 duration (PT1M) or hours, at least 1 s',
        });
        return z.NEVER;
      }
      return ms;
    }),
};

export interface TourSettings {
  timeZone: string;
  workingDays: number[];
  quietStart: TimeOfDay;
  quietEnd: TimeOfDay;
  stepTime: TimeOfDay;
  /** before asking the platform again who a first contact is, when it could not say at once */
  kindRecheckDelayMs: number;
}

export const tourSettingsFrom = (e: {
  TOURS_TIME_ZONE: string;
  TOURS_WORKING_DAYS: number[];
  TOURS_QUIET_HOURS: { start: TimeOfDay; end: TimeOfDay };
  TOURS_STEP_TIME: TimeOfDay;
  TOURS_KIND_RECHECK_DELAY: number;
}): TourSettings => ({
  timeZone: e.TOURS_TIME_ZONE,
  workingDays: e.TOURS_WORKING_DAYS,
  quietStart: e.TOURS_QUIET_HOURS.start,
  quietEnd: e.TOURS_QUIET_HOURS.end,
  stepTime: e.TOURS_STEP_TIME,
  kindRecheckDelayMs: e.TOURS_KIND_RECHECK_DELAY,
});

/** Defaults, for cores built without the environment (tests that pass a partial config). */
export const defaultTourSettings: TourSettings = {
  timeZone: 'Europe/Paris',
  workingDays: [1, 2, 3, 4, 5],
  quietStart: { hour: 20, minute: 0 },
  quietEnd: { hour: 8, minute: 0 },
  stepTime: { hour: 9, minute: 0 },
  kindRecheckDelayMs: 60_000,
};
