/**
 * `POST /api/v1/surveys/{id}/test`: "send me a test" of a survey, to the caller's own chat
 * accounts: the card recipients get, without its Answer button (an answer from a test would
 * count), and the questions listed under it (shared/delivery/test-send.ts).
 */
import { z } from 'zod';
import { defineRoute } from '../api/api-route.js';
import { requireRole } from '../auth/principal.js';
import type { Ports } from '../capability/ports.js';
import { escapeMarkdown } from '../cards/markdown.js';
import { sendTestToCaller, testLocale, testSendAnswer, testSendBody } from '../delivery/test-send.js';
import { surveyCard } from './survey-cards.js';
import type { SurveyService } from './survey-service.js';

export function surveyTestRoutes(
  ports: Pick<Ports, 'pacer' | 'messengers' | 'config'>,
  surveys: SurveyService,
) {
  return [
    defineRoute({
      method: 'post',
      path: '/surveys/:id/test',
      tag: 'surveys',
      summary: 'Send me a test: the survey card and its questions to the caller only (not counted)',
      params: z.object({ id: z.string().min(1).max(100) }),
      body: testSendBody,
      response: testSendAnswer,
      errors: [404, 409, 422, 429, 503],
      handler: async ({ principal, params, body }) => {
        requireRole(principal, 'communicator');
        const survey = await surveys.require(params.id);
        const locale = testLocale(principal, body.locale, ports.config.defaultLocale);
        return sendTestToCaller(ports, principal, locale, (t) => {
          const shown = surveyCard(t, survey);
          const questions = survey.questions
            .map((q, i) => {
              const options = q.options?.length ? ` (${q.options.map((o) => o.label).join(' / ')})` : '';
              return `${i + 1}. ${escapeMarkdown(`${q.label}${options}`)}`;
            })
            .join('\n');
          return {
            summary: shown.summary,
            blocks: [
              ...shown.blocks,
              { type: 'text', text: `**${t('test_send.questions')}**\n${questions}` },
            ],
          };
        });
      },
    }),
  ];
}
