/**
 * News settings from the environment, spread into the one config schema (shared/config):
 * NEWS_APPROVAL_REQUIRED (an organisation-wide send by a non-admin waits for an admin),
 * NEWS_REMINDER_DELAY (before each reminder to those who have not acknowledged a strategic item:
 * an ISO-8601 duration such as PT24H or P1DT12H, or a number of hours) and NEWS_REMINDER_COUNT.
 */
import { z } from 'zod';
import { parseDelayMs } from '../config/delay.js';

export const newsEnvSchema = {
  NEWS_APPROVAL_REQUIRED: z
    .enum(['', '0', '1', 'false', 'true'], { message: 'must be 1 or 0' })
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  NEWS_REMINDER_DELAY: z
    .string()
    .default('PT24H')
    .transform((v, ctx) => {
      const ms = parseDelayMs(v);
      if (ms === undefined || ms < 1000) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an ISO-8601 duration (PT24H) or hours (24), at least 1 s',
        });
        return z.NEVER;
      }
      return ms;
    }),
  NEWS_REMINDER_COUNT: z.coerce.number().int().min(0).max(10).default(2),
};

export interface NewsConfig {
  approvalRequired: boolean;
  reminderDelayMs: number;
  /** 0 = no reminders */
  reminderCount: number;
}

export const newsConfigFrom = (e: {
  NEWS_APPROVAL_REQUIRED: boolean;
  NEWS_REMINDER_DELAY: number;
  NEWS_REMINDER_COUNT: number;
}): NewsConfig => ({
  approvalRequired: e.NEWS_APPROVAL_REQUIRED,
  reminderDelayMs: e.NEWS_REMINDER_DELAY,
  reminderCount: e.NEWS_REMINDER_COUNT,
});
