/**
 * What a survey is: a title and up to 50 questions of six kinds (single choice, multiple choice,
 * rating 1–5, 0–10 score, yes/no, free text), each required or not. Creation input is validated
 * by zod (clear 400s naming the field); question and option ids are generated when omitted and
 * must fit the platforms' input id fields. Also what surveys and quizzes share: where an answer
 * came from, and the request that sends either to an audience or into a conversation.
 */
import { z } from 'zod';
import type { ActionRequest } from '../actions/dispatcher.js';
import { reason } from '../api/field-errors.js';
import { deliveryProgressAnswer, sentMessageAnswer } from '../api/shared-answers.js';
import { audienceSchema } from '../audiences/audience.js';
import type { PlatformName } from '../messaging/messenger.js';

export const questionKinds = ['single', 'multiple', 'rating', 'score', 'yes_no', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Ids travel in Slack block ids and Teams input ids: short, no spaces. */
export const answerIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, "_" or "-", at most 40');

export const optionInputSchema = z.union([
  z.string().trim().min(1).max(150),
  z.object({ id: answerIdSchema.optional(), label: z.string().trim().min(1).max(150) }),
]);

export interface AnswerOption {
  id: string;
  label: string;
}

export interface SurveyQuestion {
  id: string;
  kind: QuestionKind;
  label: string;
  required: boolean;
  /** single and multiple only */
  options?: AnswerOption[];
  /** multiple only: at most this many choices */
  maxChoices?: number;
}

export const maxTextAnswer = 2_000;

const choiceKinds: readonly QuestionKind[] = ['single', 'multiple'];

export const surveyQuestionInputSchema = z
  .object({
    id: answerIdSchema.optional(),
    kind: z.enum(questionKinds),
    label: z.string().trim().min(1).max(300),
    required: z.boolean().default(false),
    options: z.array(optionInputSchema).max(20).optional(),
    maxChoices: z.number().int().min(1).max(20).optional(),
  })
  .superRefine((q, ctx) => {
    const isChoice = choiceKinds.includes(q.kind);
    if (isChoice && (q.options?.length ?? 0) < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${q.kind} question needs 2 to 20 options`,
        params: reason('options_required', { minimum: 2, maximum: 20 }),
      });
    }
    if (!isChoice && q.options !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${q.kind} question takes no options`,
        params: reason('options_not_allowed'),
      });
    }
    if (q.maxChoices !== undefined && q.kind !== 'multiple') {
      ctx.addIssue({
        code: 'custom',
        path: ['maxChoices'],
        message: 'only for multiple-choice questions',
        params: reason('multiple_choice_only'),
      });
    }
  });
export type SurveyQuestionInput = z.input<typeof surveyQuestionInputSchema>;

/** Fills ids (q1…, o1…) and checks they are unique; `path` names the field in errors. */
export function normaliseQuestions(
  inputs: z.output<typeof surveyQuestionInputSchema>[],
  fail: (field: string, message: string) => never,
): SurveyQuestion[] {
  const questionIds = new Set<string>();
  return inputs.map((input, index) => {
    const id = input.id ?? `q${index + 1}`;
    if (questionIds.has(id)) fail(`questions.${index}.id`, `duplicate question id "${id}"`);
    questionIds.add(id);
    const question: SurveyQuestion = { id, kind: input.kind, label: input.label, required: input.required };
    if (input.options) {
      const optionIds = new Set<string>();
      question.options = input.options.map((option, o) => {
        const normal = typeof option === 'string' ? { label: option } : option;
        const optionId = normal.id ?? `o${o + 1}`;
        if (optionIds.has(optionId)) {
          fail(`questions.${index}.options.${o}.id`, `duplicate option id "${optionId}"`);
        }
        optionIds.add(optionId);
        return { id: optionId, label: normal.label };
      });
    }
    if (input.maxChoices !== undefined) question.maxChoices = input.maxChoices;
    return question;
  });
}

export interface Survey {
  id: string;
  title: string;
  description: string | null;
  locale: 'fr' | 'en';
  questions: SurveyQuestion[];
  anonymous: boolean;
  template: string | null;
  status: 'open' | 'closed';
  createdBy: string | null;
  createdAt: string;
  closedAt: string | null;
}

/** A stored answer: option id, option ids, a number, 'yes'/'no', or text. */
export type AnswerValue = string | string[] | number;

/** What is answered: surveys, and quizzes, which follow the same rules of who may answer. */
export type AnswerSubject = 'survey' | 'quiz';

/** Where a click came from, when the platform said. */
export interface AnswerPlace {
  platform: PlatformName;
  conversationId: string;
  messageId?: string;
}

/** Where a click came from: the message's conversation, or the one the adapter reported. */
export const placeOf = (request: Pick<ActionRequest, 'message' | 'conversation'>): AnswerPlace | undefined =>
  request.message
    ? {
        platform: request.message.platform,
        conversationId: request.message.conversationId,
        messageId: request.message.messageId,
      }
    : request.conversation
      ? { platform: request.conversation.platform, conversationId: request.conversation.conversationId }
      : undefined;

const conversationSchema = z.object({
  platform: z.enum(['teams', 'slack']),
  tenantId: z.string().min(1).max(200),
  conversationId: z.string().min(1).max(300),
});

/** The body of `POST /surveys/{id}/send` and `POST /quizzes/{id}/send`. */
export const sendBody = z
  .object({ audience: audienceSchema.optional(), conversation: conversationSchema.optional() })
  .refine((b) => Boolean(b.audience) !== Boolean(b.conversation), {
    message: 'give either an audience or a conversation',
    path: ['audience'],
    params: reason('audience_or_conversation'),
  });

/** What sending a survey or quiz answers: the message posted into the conversation, or the audience's delivery progress. */
export const sendResponse = z.union([
  z.object({ posted: sentMessageAnswer }),
  z.object({ delivery: deliveryProgressAnswer }),
]);
