/**
 * Field errors a client can put on its form: each bad field as a path (array indexes counted from
 * 0, as in the body), a stable reason code and the values the reason needs. The console words them
 * in its own catalogue ("Step 2, English title: required"); `message` says the same in the
 * caller's language for other clients. zod's own English texts never reach a reader.
 */
import type { z } from 'zod';
import type { ErrorText, FieldProblem } from '../errors/errors.js';

/** The reasons a field can be refused for; a client words each one. */
export const fieldErrorCodes = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'unknown_field',
  /** a text in French or English, at least one of them */
  'one_language_required',
  'duplicate',
  /** a date or time that has passed, where one to come is needed */
  'in_the_past',
  /** not a day of the calendar written YYYY-MM-DD */
  'calendar_date',
  /** not an IANA time zone such as Europe/Paris */
  'time_zone',
  /** a local time without offset needs its time zone */
  'time_zone_required',
  /** an audience that names nobody and nothing */
  'audience_required',
  /** a send names an audience or a conversation, one of the two */
  'audience_or_conversation',
  /** a department, a site or both */
  'department_or_site_required',
  /** a role given for the whole organisation takes no scope */
  'scope_not_allowed',
  /** a communicator's scope: empty, department:<name> or site:<name> */
  'scope_format',
  /** a quiz question marks at least one correct option */
  'correct_option_required',
  /** a single-choice quiz question has exactly one correct option */
  'one_correct_option',
  /** a choice question needs {minimum} to {maximum} options */
  'options_required',
  /** a question of this kind takes no options */
  'options_not_allowed',
  /** maxChoices is for multiple-choice questions only */
  'multiple_choice_only',
  /** choices per person above the number of options ({maximum}) */
  'more_than_options',
  /** an anonymous poll takes no options from voters (they would name their author) */
  'anonymous_no_voter_options',
  /** a survey from a template or with questions, not both */
  'template_or_questions',
  /** "only after" names an earlier step */
  'earlier_step_required',
  /** a tour step's schedule, and why it does not read (the tour capability's schedule.ts) */
  'schedule_unknown',
  'schedule_duration',
  'schedule_too_long',
  'schedule_time',
  'schedule_day_zero',
  'schedule_too_many_days',
  'schedule_week_zero',
  'schedule_too_many_weeks',
  'schedule_weekday',
  /** a reminder interval: an ISO-8601 duration up to {max} */
  'remind_every',
  'invalid',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];

/** One field error as the API answers it (`error.fields`). */
export interface FieldError {
  path: (string | number)[];
  code: FieldErrorCode;
  params?: Record<string, string | number>;
  message: string;
}

type Reason = Pick<FieldError, 'code' | 'params'>;

const isFieldErrorCode = (value: unknown): value is FieldErrorCode =>
  typeof value === 'string' && (fieldErrorCodes as readonly string[]).includes(value);

/**
 * A refinement's stable reason: `.refine(check, { message, params: reason('duplicate') })`, or
 * `ctx.addIssue({ code: 'custom', message, params: reason('duplicate') })`.
 */
export const reason = (code: FieldErrorCode, params?: Record<string, string | number>) => ({
  reason: code,
  ...(params && { reasonParams: params }),
});

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let value = input;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
};

const bound = (value: unknown): number => Number(value);

/** Why zod refused one value, as a stable code; `input` is what was validated (to tell "missing"). */
export function reasonOf(issue: z.core.$ZodIssue, input: unknown): Reason {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(input, issue.path) === undefined || valueAt(input, issue.path) === null;
      return missing ? { code: 'required' } : { code: 'invalid_type', params: { expected: issue.expected } };
    }
    case 'too_small': {
      const minimum = bound(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'required' } : { code: 'too_short', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_few', params: { minimum } };
      return { code: 'too_small', params: { minimum } };
    }
    case 'too_big': {
      const maximum = bound(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_many', params: { maximum } };
      return { code: 'too_big', params: { maximum } };
    }
    case 'invalid_format':
      return { code: 'invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'custom': {
      const code = issue.params?.reason;
      const params = issue.params?.reasonParams as Record<string, string | number> | undefined;
      return isFieldErrorCode(code) ? { code, ...(params && { params }) } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

/** A refinement's catalogue text, set with `localized(text)` (shared/api/api-route.ts). */
const textOf = (issue: z.core.$ZodIssue): ErrorText | undefined =>
  issue.code === 'custom' ? (issue.params?.text as ErrorText | undefined) : undefined;

/** One zod issue as the problem a validation error carries. */
export function problemOf(issue: z.core.$ZodIssue, input: unknown, where: string): FieldProblem {
  const text = textOf(issue);
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  return {
    field: path.length ? path.join('.') : where,
    path,
    ...reasonOf(issue, input),
    message: issue.message,
    ...(text && { text }),
  };
}

const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string';

/** "steps.1.key" → ['steps', 1, 'key'] */
const pathOf = (field: string): (string | number)[] =>
  field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/**
 * The field errors of an error's details, worded by `say` in the reader's language: a list of
 * problems (a validation error), or `{ fields: { name: message } }` (a dialog's input).
 */
export function fieldErrorsOf(details: unknown, say: (text: ErrorText) => string): FieldError[] | undefined {
  const problems: FieldProblem[] = Array.isArray(details)
    ? details.filter(isProblem)
    : typeof details === 'object' && details !== null && 'fields' in details
      ? Object.entries((details as { fields: unknown }).fields ?? {})
          .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
          .map(([field, message]) => ({ field, message }))
      : [];
  if (problems.length === 0) return undefined;
  return problems.map((problem) => {
    const code = isFieldErrorCode(problem.code) ? problem.code : 'invalid';
    const params = problem.params;
    const message = problem.text
      ? say(problem.text)
      : code === 'invalid'
        ? problem.message
        : say({ key: `error.field.${code}`, ...(params && { params }) });
    return { path: problem.path ?? pathOf(problem.field), code, ...(params && { params }), message };
  });
}
