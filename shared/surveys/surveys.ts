/**
 * Surveys, wired once into the core: the service, the chat actions and command, and the card
 * core.delivery renders for each recipient of a survey sent to an audience.
 */
import type { Ports } from '../capability/ports.js';
import { translator } from '../i18n/i18n.js';
import { loadAnonymityKey } from '../polls/anonymity-key.js';
import { deliveryOf } from './answer-access.js';
import { registerSurveyActions } from './survey-actions.js';
import { surveyCard } from './survey-cards.js';
import { SurveyService } from './survey-service.js';

export function createSurveys(core: Ports): SurveyService {
  // the polls' secret (POLL_ANONYMITY_KEY or the DATA_DIR key file): polls already warn when a
  // shared database runs on a per-instance key file
  const secret = loadAnonymityKey({
    key: core.config.polls.anonymityKey,
    dataDir: core.config.dataDir,
    sharedDatabase: false,
    logger: core.logger.child({ part: 'surveys' }),
  });
  const surveys = new SurveyService(core, secret);
  registerSurveyActions(core, surveys);
  deliveryOf(core)?.registerContent('survey', {
    async render(subjectId, recipient) {
      const survey = await surveys.get(subjectId);
      // a closed survey renders too: refreshing sent copies on close removes their Answer button
      return survey ? surveyCard(translator(recipient.locale), survey) : null;
    },
  });
  return surveys;
}
