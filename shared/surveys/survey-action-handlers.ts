/**
 * Surveys in chat: `survey.open` answers with the first dialog page, prefilled with the person's
 * earlier answers; `survey.submit` saves a page, then opens the next page or thanks;
 * `survey.results` shows communicators the results card.
 */
import type { AnyAction } from '../actions/define-action.js';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { hasRole } from '../people/person.js';
import { surveyActions } from './survey-actions.js';
import { AnswerValidationError } from './survey-answers.js';
import { pageCount, questionsOnPage, surveyDialog, surveyResultsCard } from './survey-cards.js';
import { placeOf } from './survey-model.js';
import type { SurveyService } from './survey-service.js';

export function surveyActionHandlers(ports: Pick<Ports, 'events'>, surveys: SurveyService): AnyAction[] {
  return [
    surveyActions.open.handledBy(async ({ surveyId, relay }, request) => {
      const t = translator(request.locale);
      const survey = await surveys.require(surveyId);
      if (!(await surveys.rights.mayAnswer(request.actor, 'survey', survey.id, placeOf(request)))) {
        throw new AppError('forbidden', 'this survey was not addressed to you');
      }
      await ports.events.track({
        type: 'survey.viewed',
        personId: request.actor.id,
        platform: request.platform,
        subjectType: 'survey',
        subjectId: survey.id,
      });
      if (survey.status !== 'open') return { notice: t('survey.closed') };
      return {
        dialog: surveyDialog(t, survey, 0, await surveys.answersOf(survey, request.actor.id), relay),
      };
    }),

    surveyActions.submit.handledBy(async ({ surveyId, page, relay }, request) => {
      const t = translator(request.locale);
      const survey = await surveys.require(surveyId);
      if (page >= pageCount(survey)) throw new AppError('bad_request', 'payload page out of range');
      const questions = questionsOnPage(survey, page);
      try {
        await surveys.answer({
          actor: request.actor,
          surveyId: survey.id,
          // only this page's inputs: anything else in the form is not an answer
          answers: Object.fromEntries(questions.map((q) => [q.id, request.inputs?.[q.id]])),
          questionIds: questions.map((q) => q.id),
          platform: request.platform,
          place: placeOf(request),
        });
      } catch (error) {
        if (!(error instanceof AnswerValidationError)) throw error;
        // the dialog stays open with the message next to each field (Slack) or above the form (Teams)
        const fields = Object.fromEntries(
          error.problems.map((p) => {
            const id = p.field.replace(/^answers\./, '');
            return [id, p.message === 'required' ? t('survey.error.required') : t('survey.error.invalid')];
          }),
        );
        throw new AppError('validation_failed', error.message, { fields, problems: error.problems });
      }
      if (page + 1 < pageCount(survey)) {
        return {
          dialog: surveyDialog(t, survey, page + 1, await surveys.answersOf(survey, request.actor.id), relay),
        };
      }
      return { notice: t('survey.thanks', { title: survey.title }) };
    }),

    surveyActions.results.handledBy(async ({ surveyId }, request) => {
      if (!hasRole(request.actor, 'communicator'))
        throw new AppError('forbidden', 'requires the communicator role');
      const survey = await surveys.require(surveyId);
      return {
        personal: true,
        card: surveyResultsCard(
          translator(request.locale),
          survey,
          await surveys.results(survey, request.locale),
        ),
      };
    }),
  ];
}
