/**
 * Checking answers before anything is written: every value must fit its question (a known
 * option, an integer in range, yes/no, text within the limit), required questions must be
 * answered, unknown question ids are refused. The same check serves chat (dialog inputs arrive
 * as strings or string lists) and REST (JSON values), so a malformed answer gets the same clear
 * error, naming the field, on every path and nothing is saved.
 */
import { AppError } from '../errors/errors.js';
import { type AnswerValue, maxTextAnswer, type SurveyQuestion } from './survey-model.js';

export interface AnswerProblem {
  field: string;
  message: string;
}

/** A refused submission: `problems` name each bad field (`answers.<question id>`). */
export class AnswerValidationError extends AppError {
  constructor(readonly problems: AnswerProblem[]) {
    super('bad_request', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** A choice list arrives as an array (Slack, REST) or a comma-joined string (Teams multi-select). */
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map((v) => v.trim()) : [value];

/** One value → its stored form, or a problem message. */
function checkValue(question: SurveyQuestion, value: unknown): AnswerValue | { problem: string } {
  switch (question.kind) {
    case 'single': {
      const list = Array.isArray(value) ? value : [value];
      if (list.length !== 1 || typeof list[0] !== 'string') return { problem: 'expected one option id' };
      const id = list[0];
      return question.options?.some((o) => o.id === id)
        ? id
        : { problem: `unknown option "${String(id).slice(0, 40)}"` };
    }
    case 'multiple': {
      const list = asList(value);
      if (!list.every((v): v is string => typeof v === 'string')) return { problem: 'expected option ids' };
      const unique = [...new Set(list.filter((v) => v !== ''))];
      const unknown = unique.find((id) => !question.options?.some((o) => o.id === id));
      if (unknown !== undefined) return { problem: `unknown option "${unknown.slice(0, 40)}"` };
      if (question.maxChoices && unique.length > question.maxChoices) {
        return { problem: `at most ${question.maxChoices} choices` };
      }
      return unique;
    }
    case 'rating':
    case 'score': {
      const [min, max] = question.kind === 'rating' ? [1, 5] : [0, 10];
      const raw = Array.isArray(value) && value.length === 1 ? value[0] : value;
      const n =
        typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      return Number.isInteger(n) && n >= min && n <= max
        ? n
        : { problem: `expected an integer from ${min} to ${max}` };
    }
    case 'yes_no': {
      const raw = Array.isArray(value) && value.length === 1 ? value[0] : value;
      if (raw === true || raw === 'yes') return 'yes';
      if (raw === false || raw === 'no') return 'no';
      return { problem: 'expected "yes" or "no"' };
    }
    case 'text': {
      if (typeof value !== 'string') return { problem: 'expected text' };
      const text = value.trim();
      return text.length > maxTextAnswer ? { problem: `at most ${maxTextAnswer} characters` } : text;
    }
  }
}

/**
 * Validates the answers to `questions` (a dialog page, or the whole survey): returns each
 * question's stored value, or null when left empty (allowed only for optional questions).
 * Throws AnswerValidationError listing every problem.
 */
export function validateAnswers(
  questions: SurveyQuestion[],
  raw: Record<string, unknown>,
  options: { allQuestions?: SurveyQuestion[] } = {},
): Map<string, AnswerValue | null> {
  const problems: AnswerProblem[] = [];
  const known = new Set((options.allQuestions ?? questions).map((q) => q.id));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) problems.push({ field: `answers.${key.slice(0, 40)}`, message: 'unknown question' });
  }
  const out = new Map<string, AnswerValue | null>();
  for (const question of questions) {
    const value = Object.hasOwn(raw, question.id) ? raw[question.id] : undefined;
    if (isEmpty(value)) {
      if (question.required) problems.push({ field: `answers.${question.id}`, message: 'required' });
      else out.set(question.id, null);
      continue;
    }
    const checked = checkValue(question, value);
    if (typeof checked === 'object' && !Array.isArray(checked)) {
      problems.push({ field: `answers.${question.id}`, message: checked.problem });
    } else if (Array.isArray(checked) && checked.length === 0) {
      if (question.required) problems.push({ field: `answers.${question.id}`, message: 'required' });
      else out.set(question.id, null);
    } else {
      out.set(question.id, checked);
    }
  }
  if (problems.length) throw new AnswerValidationError(problems);
  return out;
}
