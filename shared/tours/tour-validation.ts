/**
 * Rules across a tour's steps that zod cannot see one field at a time: unique keys, schedules
 * that parse, conditions naming an earlier step, reminder intervals that are durations.
 */
import { AppError } from '../errors/errors.js';
import { parseIsoDuration, parseSchedule } from './schedule.js';
import type { TourStep } from './tour-model.js';

export function validateTour(steps: readonly TourStep[]): void {
  const problems: { field: string; message: string }[] = [];
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.key))
      problems.push({ field: `steps.${i}.key`, message: `"${step.key}" is used twice` });
    try {
      parseSchedule(step.schedule);
    } catch (error) {
      problems.push({ field: `steps.${i}.schedule`, message: (error as Error).message });
    }
    if (step.onlyAfter !== undefined && !seen.has(step.onlyAfter)) {
      problems.push({ field: `steps.${i}.onlyAfter`, message: `must name an earlier step's key` });
    }
    if (step.task?.remindEvery !== undefined && !parseIsoDuration(step.task.remindEvery)) {
      problems.push({
        field: `steps.${i}.task.remindEvery`,
        message: 'must be an ISO-8601 duration such as P1D',
      });
    }
    seen.add(step.key);
  });
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      `Invalid body: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
  }
}
