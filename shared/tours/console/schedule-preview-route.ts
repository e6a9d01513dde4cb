/**
 * POST /api/v1/tours/schedule-preview: when a step with this schedule would arrive, for the
 * console's live hint under the schedule field. It runs the drip's own calendar (working days,
 * quiet hours, the step time, the organisation's time zone) for a newcomer whose first contact is
 * now and whose day 1 is `startDate` (default: the Monday at least a week away), so the console
 * never guesses the rules. A schedule that does not parse answers 400 with the reason.
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute } from '../../api/api-route.js';
import { requireRole } from '../../auth/principal.js';
import type { Core } from '../../core.js';
import { addDays, dueAt, formatLocalDate, isoWeekday, toLocalDate, zonedParts } from '../calendar.js';
import { parseSchedule } from '../schedule.js';
import { defaultTourSettings } from '../tour-config.js';

/** The Monday at least seven days after `now` in `timeZone` (YYYY-MM-DD). */
export function sampleStartDate(now: Date, timeZone: string): string {
  const today = toLocalDate(zonedParts(now, timeZone));
  const inAWeek = addDays(today, 7);
  return formatLocalDate(addDays(inAWeek, (8 - isoWeekday(inAWeek)) % 7));
}

export function schedulePreviewRoutes(core: Pick<Core, 'config'>): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/tours/schedule-preview',
      tag: 'tours',
      summary: 'When a step with this schedule arrives for a newcomer starting on startDate (console hint)',
      body: z.object({
        schedule: z.string().trim().min(1).max(60),
        startDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
          .optional(),
      }),
      response: z.object({ dueAt: z.string(), startDate: z.string(), timeZone: z.string() }),
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        const settings = core.config.tours ?? defaultTourSettings;
        const now = new Date();
        const startDate = body.startDate ?? sampleStartDate(now, settings.timeZone);
        const rules = {
          timeZone: settings.timeZone,
          workingDays: settings.workingDays,
          quietStart: settings.quietStart,
          quietEnd: settings.quietEnd,
          defaultTime: settings.stepTime,
        };
        const at = dueAt(parseSchedule(body.schedule), { startDate, startedAt: now }, rules, now);
        return { dueAt: at.toISOString(), startDate, timeZone: settings.timeZone };
      },
    }),
  ];
}
