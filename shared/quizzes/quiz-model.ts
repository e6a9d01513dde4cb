/**
 * What a quiz is: questions with one (single) or several (multiple) correct options and an
 * optional explanation shown after answering. The correct answers never leave the server before
 * the person has answered (quizView hides them).
 */
import { z } from 'zod';
import { reason } from '../api/field-errors.js';
import { type AnswerOption, answerIdSchema } from '../surveys/survey-model.js';

export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple';
  label: string;
  options: AnswerOption[];
  /** ids of the correct options */
  correct: string[];
  explanation?: string;
}

export interface Quiz {
  id: string;
  title: string;
  description: string | null;
  locale: 'fr' | 'en';
  questions: QuizQuestion[];
  status: 'open' | 'closed';
  createdBy: string | null;
  createdAt: string;
  closedAt: string | null;
}

const quizOptionSchema = z.object({
  id: answerIdSchema.optional(),
  label: z.string().trim().min(1).max(150),
  correct: z.boolean().default(false),
});

export const quizQuestionInputSchema = z
  .object({
    id: answerIdSchema.optional(),
    kind: z.enum(['single', 'multiple']).default('single'),
    label: z.string().trim().min(1).max(300),
    options: z.array(quizOptionSchema).min(2).max(10),
    explanation: z.string().trim().max(1000).optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'mark at least one option correct',
        params: reason('correct_option_required'),
      });
    if (q.kind === 'single' && correct > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a single-choice question has one correct option',
        params: reason('one_correct_option'),
      });
    }
  });

export const quizInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  locale: z.enum(['fr', 'en']).optional(),
  questions: z.array(quizQuestionInputSchema).min(1).max(30),
});

/** Fills ids (q1…, o1…); duplicates are refused with the field named. */
export function normaliseQuizQuestions(
  inputs: z.output<typeof quizQuestionInputSchema>[],
  fail: (field: string, message: string) => never,
): QuizQuestion[] {
  const ids = new Set<string>();
  return inputs.map((input, index) => {
    const id = input.id ?? `q${index + 1}`;
    if (ids.has(id)) fail(`questions.${index}.id`, `duplicate question id "${id}"`);
    ids.add(id);
    const optionIds = new Set<string>();
    const options = input.options.map((o, i) => {
      const optionId = o.id ?? `o${i + 1}`;
      if (optionIds.has(optionId))
        fail(`questions.${index}.options.${i}.id`, `duplicate option id "${optionId}"`);
      optionIds.add(optionId);
      return { id: optionId, label: o.label, correct: o.correct };
    });
    return {
      id,
      kind: input.kind,
      label: input.label,
      options: options.map(({ id: oid, label }) => ({ id: oid, label })),
      correct: options.filter((o) => o.correct).map((o) => o.id),
      ...(input.explanation ? { explanation: input.explanation } : {}),
    };
  });
}

/** A choice is right when it is exactly the set of correct options. */
export const isCorrect = (question: QuizQuestion, choice: string[]): boolean =>
  choice.length === question.correct.length && question.correct.every((id) => choice.includes(id));
