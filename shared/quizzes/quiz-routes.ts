/**
 * REST routes for quizzes: create, list, read (correct answers only for communicators or once
 * answered), answer one question, results, leaderboard and its opt-out, send, close/reopen.
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { can, type Principal, principalPersonId, requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { sendBody, sendResponse } from '../surveys/survey-model.js';
import type { AnswerRights } from '../surveys/survey-service.js';
import { quizCard } from './quiz-cards.js';
import { normaliseQuizQuestions, type Quiz, quizInputSchema } from './quiz-model.js';
import type { LeaderboardEntry, QuizAnswer, QuizResults, QuizService } from './quiz-service.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

const option = z.object({ id: z.string(), label: z.string() });

/** A quiz as quizView gives it: `correct` and `explanation` only where revealed. */
const quizResponse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  locale: z.enum(['fr', 'en']),
  status: z.enum(['open', 'closed']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['single', 'multiple']),
      label: z.string(),
      options: z.array(option),
      correct: z.array(z.string()).optional(),
      explanation: z.string().nullable().optional(),
      myAnswer: z.object({ optionIds: z.array(z.string()), correct: z.boolean() }).optional(),
    }),
  ),
  score: z.number().optional(),
}) satisfies z.ZodType<ReturnType<typeof quizView>>;

const resultsResponse = z.object({
  quizId: z.string(),
  participants: z.number(),
  averageScore: z.number().nullable(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      label: z.string(),
      answered: z.number(),
      correct: z.number(),
      options: z.array(option.extend({ correct: z.boolean(), count: z.number() })),
    }),
  ),
}) satisfies z.ZodType<QuizResults>;

const leaderboardEntry = z.object({
  rank: z.number(),
  personId: z.string(),
  displayName: z.string(),
  score: z.number(),
  answered: z.number(),
}) satisfies z.ZodType<LeaderboardEntry>;

/** The quiz as a person sees it: correct answers and explanations only for what they answered. */
const quizView = (quiz: Quiz, answers: Map<string, QuizAnswer> | undefined, manager: boolean) => ({
  id: quiz.id,
  title: quiz.title,
  description: quiz.description,
  locale: quiz.locale,
  status: quiz.status,
  createdBy: quiz.createdBy,
  createdAt: quiz.createdAt,
  closedAt: quiz.closedAt,
  questions: quiz.questions.map((q) => {
    const mine = answers?.get(q.id);
    const reveal = manager || Boolean(mine);
    return {
      id: q.id,
      kind: q.kind,
      label: q.label,
      options: q.options,
      ...(reveal ? { correct: q.correct, explanation: q.explanation ?? null } : {}),
      ...(mine ? { myAnswer: { optionIds: mine.choice, correct: mine.correct } } : {}),
    };
  }),
  ...(answers ? { score: [...answers.values()].filter((a) => a.correct).length } : {}),
});

/** What the quiz routes use besides the services: the default language, events, refreshing copies. */
type QuizRoutePorts = Pick<Ports, 'config' | 'events' | 'delivery'>;

export function quizRoutes(core: QuizRoutePorts, quizzes: QuizService, rights: AnswerRights) {
  const requireReadable = async (principal: Principal, id: string): Promise<Quiz> => {
    const quiz = await quizzes.require(id);
    if (principal.kind === 'person' && !(await rights.mayAnswer(principal.person, 'quiz', quiz.id))) {
      throw new AppError('not_found', `no quiz ${id.slice(0, 100)}`);
    }
    return quiz;
  };
  const personOf = (principal: Principal) => {
    if (principal.kind !== 'person')
      throw new AppError('bad_request', 'answers come from a signed-in person, not an API key');
    return principal.person;
  };
  return [
    defineRoute({
      method: 'post',
      path: '/quizzes',
      tag: 'quizzes',
      summary: 'Create a quiz: questions with their correct options and an optional explanation',
      body: quizInputSchema,
      response: quizResponse,
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        const questions = normaliseQuizQuestions(body.questions, (field, message) => {
          throw new AppError('validation_failed', `Invalid body: ${field}: ${message}`, [
            { field, message, code: 'duplicate' },
          ]);
        });
        const quiz = await quizzes.create({
          title: body.title,
          description: body.description ?? null,
          locale:
            body.locale ??
            (principal.kind === 'person'
              ? (principal.person.locale ?? core.config.defaultLocale)
              : core.config.defaultLocale),
          questions,
          createdBy: principalPersonId(principal),
        });
        await core.events.track({
          type: 'quiz.created',
          personId: principalPersonId(principal),
          subjectType: 'quiz',
          subjectId: quiz.id,
        });
        return quizView(quiz, undefined, true);
      },
    }),

    defineRoute({
      method: 'get',
      path: '/quizzes',
      tag: 'quizzes',
      summary:
        'Quizzes, newest first: all for communicators, open ones for members, those addressed to a guest',
      response: z.object({
        quizzes: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            status: z.enum(['open', 'closed']),
            locale: z.enum(['fr', 'en']),
            createdAt: z.string(),
            questionCount: z.number(),
            participants: z.number().optional(),
          }),
        ),
      }),
      handler: async ({ principal }) => {
        const manager = can(principal, 'communicator');
        const list =
          principal.kind === 'person' && principal.person.kind === 'guest'
            ? await quizzes.list({ ids: await rights.addressedTo('quiz', principal.person.id) })
            : await quizzes.list();
        return {
          quizzes: list
            .filter((q) => manager || q.status === 'open')
            .map((q) => ({
              id: q.id,
              title: q.title,
              status: q.status,
              locale: q.locale,
              createdAt: q.createdAt,
              questionCount: q.questions.length,
              participants: manager ? q.participants : undefined,
            })),
        };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/quizzes/:id',
      tag: 'quizzes',
      summary: 'One quiz, with the caller’s answers and score',
      params: idParams,
      response: quizResponse,
      errors: [404],
      handler: async ({ principal, params }) => {
        const quiz = await requireReadable(principal, params.id);
        const answers =
          principal.kind === 'person' ? await quizzes.answersOf(quiz.id, principal.person.id) : undefined;
        await core.events.track({
          type: 'quiz.viewed',
          personId: principalPersonId(principal),
          platform: 'web',
          subjectType: 'quiz',
          subjectId: quiz.id,
        });
        return quizView(quiz, answers, can(principal, 'communicator'));
      },
    }),

    defineRoute({
      method: 'post',
      path: '/quizzes/:id/answers',
      tag: 'quizzes',
      summary: 'Answer one question (the first answer counts; a repeat returns the same feedback)',
      params: idParams,
      body: z.object({
        questionId: z.string().min(1).max(100),
        optionIds: z.array(z.string().max(100)).min(1).max(10),
      }),
      response: z.object({
        questionId: z.string(),
        optionIds: z.array(z.string()),
        correct: z.boolean(),
        correctOptionIds: z.array(z.string()),
        explanation: z.string().nullable(),
        first: z.boolean(),
        score: z.number(),
      }),
      errors: [404, 409],
      handler: async ({ principal, params, body }) => {
        const actor = personOf(principal);
        await requireReadable(principal, params.id);
        const { question, answer, first } = await quizzes.answer({
          actor,
          quizId: params.id,
          questionId: body.questionId,
          choice: body.optionIds,
          platform: 'web',
        });
        const answers = await quizzes.answersOf(params.id, actor.id);
        return {
          questionId: question.id,
          optionIds: answer.choice,
          correct: answer.correct,
          correctOptionIds: question.correct,
          explanation: question.explanation ?? null,
          first,
          score: [...answers.values()].filter((a) => a.correct).length,
        };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/quizzes/:id/results',
      tag: 'quizzes',
      summary: 'Participants, average score, and per question the answers per option and how many were right',
      params: idParams,
      response: resultsResponse,
      errors: [404],
      handler: async ({ principal, params }) => {
        requireRole(principal, 'communicator');
        return quizzes.results(await quizzes.require(params.id));
      },
    }),

    defineRoute({
      method: 'get',
      path: '/quizzes/:id/leaderboard',
      tag: 'quizzes',
      summary: 'Best scores (people who opted out are not listed)',
      params: idParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      response: z.object({
        quizId: z.string(),
        entries: z.array(leaderboardEntry),
        optedOut: z.boolean().optional(),
      }),
      errors: [404],
      handler: async ({ principal, params, query }) => {
        const quiz = await requireReadable(principal, params.id);
        const optedOut =
          principal.kind === 'person' ? await quizzes.isOptedOut(quiz.id, principal.person.id) : undefined;
        return { quizId: quiz.id, entries: await quizzes.leaderboard(quiz.id, query.limit), optedOut };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/quizzes/:id/leaderboard/opt-out',
      tag: 'quizzes',
      summary: 'Hide the caller from the leaderboard (`optOut: false` shows them again)',
      params: idParams,
      body: z.object({ optOut: z.boolean().default(true) }),
      response: z.object({ optedOut: z.boolean() }),
      errors: [404],
      handler: async ({ principal, params, body }) => {
        const actor = personOf(principal);
        await requireReadable(principal, params.id);
        await quizzes.setOptOut(params.id, actor.id, body.optOut);
        await core.events.track({
          type: body.optOut ? 'quiz.leaderboard_opted_out' : 'quiz.leaderboard_opted_in',
          personId: actor.id,
          platform: 'web',
          subjectType: 'quiz',
          subjectId: params.id,
        });
        return { optedOut: body.optOut };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/quizzes/:id/send',
      tag: 'quizzes',
      summary: 'Send the quiz 1:1 to an audience (core.delivery) or post it into one conversation',
      params: idParams,
      body: sendBody,
      response: sendResponse,
      // a post into a conversation is a platform call made for the caller
      errors: [404, 409, 422, 429, 503],
      handler: async ({ principal, params, body }) => {
        requireRole(principal, 'communicator');
        const quiz = await quizzes.require(params.id);
        if (quiz.status !== 'open') throw new AppError('conflict', 'this quiz is closed');
        const result = await rights.send(
          'quiz',
          quiz.id,
          body,
          (locale) => quizCard(translator(locale), quiz),
          quiz.locale,
        );
        await core.events.track({
          type: 'quiz.sent',
          personId: principalPersonId(principal),
          subjectType: 'quiz',
          subjectId: quiz.id,
        });
        return result;
      },
    }),

    ...(['close', 'reopen'] as const).map((verb) =>
      defineRoute({
        method: 'post',
        path: `/quizzes/:id/${verb}`,
        tag: 'quizzes',
        summary: verb === 'close' ? 'Close the quiz: no more answers' : 'Reopen a closed quiz',
        params: idParams,
        response: quizResponse,
        errors: [404],
        handler: async ({ principal, params }) => {
          requireRole(principal, 'communicator');
          await quizzes.require(params.id);
          const quiz = await quizzes.setStatus(params.id, verb === 'close' ? 'closed' : 'open');
          // the copies people received say it is closed (or offer the questions again)
          await core.delivery.refreshAll('quiz', quiz.id, 'update');
          return quizView(quiz, undefined, true);
        },
      }),
    ),
  ];
}
