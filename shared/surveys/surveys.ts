/**
 * Surveys, wired once into the core: the service, the chat actions and command, and the card
 * core.delivery renders for each recipient of a survey sent to an audience.
 */
import type { Core } from '../core.js';
import { translator } from '../i18n/i18n.js';
import { deliveryOf } from './answer-access.js';
import { registerSurveyActions } from './survey-actions.js';
import { surveyCard } from './survey-cards.js';
import { SurveyService } from './survey-service.js';

export function createSurveys(core: Core): SurveyService {
  const surveys = new SurveyService(core);
  registerSurveyActions(core, surveys);
  deliveryOf(core)?.registerContent('survey', {
    async render(subjectId, recipient) {
      const survey = await surveys.get(subjectId);
      return survey && survey.status === 'open' ? surveyCard(translator(recipient.locale), survey) : null;
    },
  });
  return surveys;
}
