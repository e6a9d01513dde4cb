/**
 * REST routes for surveys: templates, create (from questions or a template), read, answer (the
 * tab), results (JSON and CSV), send (to an Audience through core.delivery, or into one
 * conversation) and close/reopen. Communicators create, send and read results; members answer;
 * guests answer only what was addressed to them.
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { reason } from '../api/field-errors.js';
import { can, type Principal, principalPersonId, requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { Person } from '../people/person.js';
import { surveyCard } from './survey-cards.js';
import {
  normaliseQuestions,
  questionKinds,
  type Survey,
  type SurveyQuestion,
  sendBody,
  sendResponse,
  surveyQuestionInputSchema,
} from './survey-model.js';
import type { SurveyResults } from './survey-results.js';
import type { SurveyService } from './survey-service.js';
import { surveyTemplate, surveyTemplateIds } from './survey-templates.js';

const idParams = z.object({ id: z.string().min(1).max(100) });

const createBody = z
  .object({
    template: z.enum(surveyTemplateIds).optional(),
    locale: z.enum(['fr', 'en']).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().max(2000).optional(),
    anonymous: z.boolean().default(false),
    questions: z.array(surveyQuestionInputSchema).min(1).max(50).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.template && b.questions)
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'give a template or questions, not both',
        params: reason('template_or_questions'),
      });
    if (!b.template && !b.questions)
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'required without a template',
        params: reason('required'),
      });
    if (!b.template && !b.title)
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'required without a template',
        params: reason('required'),
      });
  });

const questionResponse = z.object({
  id: z.string(),
  kind: z.enum(questionKinds),
  label: z.string(),
  required: z.boolean(),
  options: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  maxChoices: z.number().optional(),
}) satisfies z.ZodType<SurveyQuestion>;

/** A survey as surveyView gives it. */
const surveyResponse = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  locale: z.enum(['fr', 'en']),
  anonymous: z.boolean(),
  template: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  questions: z.array(questionResponse),
}) satisfies z.ZodType<ReturnType<typeof surveyView>>;

const templateResponse = z.object({
  id: z.enum(surveyTemplateIds),
  title: z.string(),
  description: z.string(),
  questions: z.array(questionResponse),
});

/** A stored answer: option id, option ids, a number, 'yes'/'no', or text. */
const answerValue = z.union([z.string(), z.array(z.string()), z.number()]);

const resultsResponse = z.object({
  surveyId: z.string(),
  respondents: z.number(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      kind: z.enum(questionKinds),
      label: z.string(),
      answered: z.number(),
      options: z.array(z.object({ id: z.string(), label: z.string(), count: z.number() })).optional(),
      average: z.number().nullable().optional(),
      nps: z
        .object({
          promoters: z.number(),
          passives: z.number(),
          detractors: z.number(),
          score: z.number().nullable(),
        })
        .optional(),
      texts: z.array(z.string()).optional(),
    }),
  ),
}) satisfies z.ZodType<SurveyResults>;

const localeOf = (principal: Principal, fallback: Locale): Locale =>
  principal.kind === 'person' ? (principal.person.locale ?? fallback) : fallback;

export const surveyView = (survey: Survey) => ({
  id: survey.id,
  title: survey.title,
  description: survey.description,
  locale: survey.locale,
  anonymous: survey.anonymous,
  template: survey.template,
  status: survey.status,
  createdBy: survey.createdBy,
  createdAt: survey.createdAt,
  closedAt: survey.closedAt,
  questions: survey.questions,
});

const personOf = (principal: Principal): Person => {
  if (principal.kind !== 'person')
    throw new AppError('bad_request', 'answers come from a signed-in person, not an API key');
  return principal.person;
};

/** What the survey routes use besides the service: the default language, events, refreshing copies. */
type SurveyRoutePorts = Pick<Ports, 'config' | 'events' | 'delivery'>;

export function surveyRoutes(core: SurveyRoutePorts, surveys: SurveyService) {
  const requireReadable = async (principal: Principal, id: string): Promise<Survey> => {
    const survey = await surveys.require(id);
    if (
      principal.kind === 'person' &&
      !(await surveys.rights.mayAnswer(principal.person, 'survey', survey.id))
    ) {
      throw new AppError('not_found', `no survey ${id.slice(0, 100)}`);
    }
    return survey;
  };
  return [
    defineRoute({
      method: 'get',
      path: '/surveys/templates',
      tag: 'surveys',
      summary: 'Ready-made surveys (satisfaction), in French and English',
      response: z.object({
        templates: z.array(
          z.object({ id: z.enum(surveyTemplateIds), fr: templateResponse, en: templateResponse }),
        ),
      }),
      handler: async ({ principal }) => {
        requireRole(principal, 'communicator');
        return {
          templates: surveyTemplateIds.map((id) => ({
            id,
            fr: surveyTemplate(id, 'fr'),
            en: surveyTemplate(id, 'en'),
          })),
        };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/surveys',
      tag: 'surveys',
      summary:
        'Surveys, newest first: all for communicators, open ones for members, those addressed to a guest',
      response: z.object({
        surveys: z.array(
          surveyResponse.extend({ questionCount: z.number(), respondents: z.number().optional() }),
        ),
      }),
      handler: async ({ principal }) => {
        const manager = can(principal, 'communicator');
        const list =
          principal.kind === 'person' && principal.person.kind === 'guest'
            ? await surveys.list({ ids: await surveys.rights.addressedTo('survey', principal.person.id) })
            : await surveys.list();
        return {
          surveys: list
            .filter((s) => manager || s.status === 'open')
            .map((s) => ({
              ...surveyView(s),
              questionCount: s.questions.length,
              respondents: manager ? s.respondents : undefined,
            })),
        };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/surveys',
      tag: 'surveys',
      summary: 'Create a survey from questions, or from a template (`template: "satisfaction"`) in `locale`',
      body: createBody,
      response: surveyResponse,
      handler: async ({ principal, body }) => {
        requireRole(principal, 'communicator');
        const locale = body.locale ?? localeOf(principal, core.config.defaultLocale);
        const template = body.template ? surveyTemplate(body.template, locale) : undefined;
        const questions =
          template?.questions ??
          normaliseQuestions(body.questions!, (field, message) => {
            throw new AppError('validation_failed', `Invalid body: ${field}: ${message}`, [
              { field, message, code: 'duplicate' },
            ]);
          });
        const survey = await surveys.create({
          title: body.title ?? template!.title,
          description: body.description ?? template?.description ?? null,
          locale,
          questions,
          anonymous: body.anonymous,
          template: body.template ?? null,
          createdBy: principalPersonId(principal),
        });
        await core.events.track({
          type: 'survey.created',
          personId: principalPersonId(principal),
          subjectType: 'survey',
          subjectId: survey.id,
        });
        return surveyView(survey);
      },
    }),

    defineRoute({
      method: 'get',
      path: '/surveys/:id',
      tag: 'surveys',
      summary: 'One survey, with the caller’s own answers',
      params: idParams,
      response: surveyResponse.extend({ myAnswers: z.record(z.string(), answerValue) }),
      errors: [404],
      handler: async ({ principal, params }) => {
        const survey = await requireReadable(principal, params.id);
        const myAnswers =
          principal.kind === 'person' ? await surveys.answersOf(survey, principal.person.id) : {};
        await core.events.track({
          type: 'survey.viewed',
          personId: principalPersonId(principal),
          platform: 'web',
          subjectType: 'survey',
          subjectId: survey.id,
        });
        return { ...surveyView(survey), myAnswers };
      },
    }),

    defineRoute({
      method: 'post',
      path: '/surveys/:id/answers',
      tag: 'surveys',
      summary: 'Answer a survey (replaces the caller’s earlier answers to the questions given, or to all)',
      params: idParams,
      body: z.object({
        answers: z.record(z.string().max(100), z.unknown()),
        /** only these questions (a page); default all: required ones must then be answered */
        questionIds: z.array(z.string().max(100)).max(50).optional(),
      }),
      response: z.object({ saved: z.number() }),
      errors: [404, 409],
      handler: async ({ principal, params, body }) => {
        const actor = personOf(principal);
        await requireReadable(principal, params.id);
        const { saved } = await surveys.answer({
          actor,
          surveyId: params.id,
          answers: body.answers,
          questionIds: body.questionIds,
          platform: 'web',
        });
        return { saved };
      },
    }),

    defineRoute({
      method: 'get',
      path: '/surveys/:id/results',
      tag: 'surveys',
      summary: 'Results summary: counts per option, averages, NPS for 0–10 scores, free-text answers',
      params: idParams,
      response: resultsResponse,
      errors: [404],
      handler: async ({ principal, params }) => {
        requireRole(principal, 'communicator');
        const survey = await surveys.require(params.id);
        return surveys.results(survey, localeOf(principal, survey.locale));
      },
    }),

    defineRoute({
      method: 'get',
      path: '/surveys/:id/results.csv',
      tag: 'surveys',
      summary: 'Answers as CSV, one row per respondent (anonymous surveys: numbered, never named)',
      params: idParams,
      csv: true,
      errors: [404],
      handler: async ({ principal, params, res }) => {
        requireRole(principal, 'communicator');
        const survey = await surveys.require(params.id);
        const csv = await surveys.csv(survey, localeOf(principal, survey.locale));
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="survey-${survey.id}.csv"`);
        res.send(csv);
        return undefined;
      },
    }),

    defineRoute({
      method: 'post',
      path: '/surveys/:id/send',
      tag: 'surveys',
      summary: 'Send the survey 1:1 to an audience (core.delivery) or post it into one conversation',
      params: idParams,
      body: sendBody,
      response: sendResponse,
      // a post into a conversation is a platform call made for the caller
      errors: [404, 409, 422, 429, 503],
      handler: async ({ principal, params, body }) => {
        requireRole(principal, 'communicator');
        const survey = await surveys.require(params.id);
        if (survey.status !== 'open') throw new AppError('conflict', 'this survey is closed');
        const result = await surveys.rights.send(
          'survey',
          survey.id,
          body,
          (locale) => surveyCard(translator(locale), survey),
          survey.locale,
        );
        await core.events.track({
          type: 'survey.sent',
          personId: principalPersonId(principal),
          subjectType: 'survey',
          subjectId: survey.id,
          data: { to: body.audience ? 'audience' : 'conversation' },
        });
        return result;
      },
    }),

    ...(['close', 'reopen'] as const).map((verb) =>
      defineRoute({
        method: 'post',
        path: `/surveys/:id/${verb}`,
        tag: 'surveys',
        summary: verb === 'close' ? 'Close the survey: no more answers' : 'Reopen a closed survey',
        params: idParams,
        response: surveyResponse,
        errors: [404],
        handler: async ({ principal, params }) => {
          requireRole(principal, 'communicator');
          await surveys.require(params.id);
          const survey = await surveys.setStatus(params.id, verb === 'close' ? 'closed' : 'open');
          // the copies people received lose (or get back) their Answer button
          await core.delivery.refreshAll('survey', survey.id, 'update');
          return surveyView(survey);
        },
      }),
    ),
  ];
}
