/**
 * POST /api/v1/tours/schedule-preview: when a step with this schedule would arrive, for the
 * console's live hint under the schedule field. It runs the drip's own calendar (working days,
 * quiet hours, the step time, the organisation's time zone) for a newcomer whose first contact is
 * now and whose day 1 is `startDate` (default: the Monday at least a week away), so the console
 * never guesses the rules. A schedule that does not parse (or lands past scheduleLimits) and a
 * startDate that is not a day of the calendar (2027-02-30) answer 400 naming the field.
 */
import { z } from 'zod';
import { type ApiRoute, defineRoute, localized } from '../../api/api-route.js';
import { reason } from '../../api/field-errors.js';
import { requireRole } from '../../auth/principal.js';
import type { Ports } from '../../capability/ports.js';
import {
  addDays,
  dueAt,
  formatLocalDate,
  isoWeekday,
  parseLocalDate,
  toLocalDate,
  zonedParts,
} from '../calendar.js';
import { parseSchedule } from '../schedule.js';
import { defaultTourSettings } from '../tour-config.js';

/** The Monday at least seven days after `now` in `timeZone` (YYYY-MM-DD). */
export function sampleStartDate(now: Date, timeZone: string): string {
  const today = toLocalDate(zonedParts(now, timeZone));
  const inAWeek = addDays(today, 7);
  return formatLocalDate(addDays(inAWeek, (8 - isoWeekday(inAWeek)) % 7));
}

/** A real day of the calendar written YYYY-MM-DD: "2027-02-30" used to fall back to today. */
function checkCalendarDate(value: string, ctx: z.RefinementCtx): void {
  if (parseLocalDate(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: 'must be a day of the calendar written YYYY-MM-DD',
    params: { ...localized({ key: 'tour.error.start_date', params: { value } }), ...reason('calendar_date') },
  });
}

export function schedulePreviewRoutes(core: Pick<Ports, 'config'>): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/tours/schedule-preview',
      tag: 'tours',
      summary: 'When a step with this schedule arrives for a newcomer starting on startDate (console hint)',
      body: z.object({
        schedule: z.string().trim().min(1).max(60),
        startDate: z.string().max(10).superRefine(checkCalendarDate).optional(),
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
