/**
 * Rules across a tour's steps that zod cannot see one field at a time: unique keys, schedules
 * that parse and stay within scheduleLimits, conditions naming an earlier step, reminder intervals
 * that are durations. Each problem names the step (its field path and its key), in the reader's
 * language at the HTTP boundary.
 */
import { AppError, type ErrorText, type FieldProblem } from '../errors/errors.js';
import {
  parseIsoDuration,
  parseSchedule,
  ScheduleError,
  scheduleLimits,
  scheduleReason,
} from './schedule.js';
import type { TourStep } from './tour-model.js';

/** "Step “welcome”: <reason>", for the reader. */
const ofStep = (step: string, reason: ErrorText): ErrorText => ({
  key: 'tour.error.step',
  params: { step, reason },
});

/** The schedule of one step, parsed; an unreadable or out-of-range one names the step. */
export function parseStepSchedule(step: Pick<TourStep, 'key' | 'schedule'>, index: number) {
  try {
    return parseSchedule(step.schedule);
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    const problem = stepScheduleProblem(step, index, error);
    throw new AppError('validation_failed', `${problem.field}: ${problem.message}`, [problem], problem.text);
  }
}

const stepScheduleProblem = (
  step: Pick<TourStep, 'key'>,
  index: number,
  error: ScheduleError,
): FieldProblem => ({
  field: `steps.${index}.schedule`,
  message: `step "${step.key}": ${error.message}`,
  text: ofStep(step.key, error.reason),
  ...scheduleReason(error.reason),
});

export function validateTour(steps: readonly TourStep[]): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    if (seen.has(step.key))
      problems.push({ field: `steps.${i}.key`, message: `"${step.key}" is used twice`, code: 'duplicate' });
    try {
      parseSchedule(step.schedule);
    } catch (error) {
      if (!(error instanceof ScheduleError)) throw error;
      problems.push(stepScheduleProblem(step, i, error));
    }
    if (step.onlyAfter !== undefined && !seen.has(step.onlyAfter)) {
      problems.push({
        field: `steps.${i}.onlyAfter`,
        message: `must name an earlier step's key`,
        code: 'earlier_step_required',
      });
    }
    if (step.task?.remindEvery !== undefined && !parseIsoDuration(step.task.remindEvery)) {
      const max = scheduleLimits.durationText;
      problems.push({
        field: `steps.${i}.task.remindEvery`,
        message: `step "${step.key}": must be an ISO-8601 duration such as P1D, at most ${max}`,
        text: ofStep(step.key, { key: 'tour.error.remind_every', params: { max } }),
        code: 'remind_every',
        params: { max },
      });
    }
    seen.add(step.key);
  });
  if (problems.length > 0) {
    const fields = problems.map((p) => p.field).join(', ');
    throw new AppError(
      'validation_failed',
      `Invalid body: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
      { key: 'tour.error.invalid', params: { fields } },
    );
  }
}
