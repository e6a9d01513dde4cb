/**
 * Surveys answered in dialogs: templates, anonymous answers, results and exports. Its service
 * also holds who may answer surveys and quizzes (members; guests only what reached them), which
 * quizzes use. It brings the `survey.*` buttons, the `survey` command, the survey card each
 * recipient of a broadcast gets, and the REST routes.
 */
import { defineCapability } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import { loadAnonymityKey } from '../people/anonymity-key.js';
import { createAnswerRights } from './answer-rights.js';
import { surveysQuizzesMigration } from './migrations/007-surveys-quizzes.js';
import { surveyActionHandlers } from './survey-action-handlers.js';
import { surveyCard } from './survey-cards.js';
import { surveyCommand } from './survey-command.js';
import { surveyRoutes } from './survey-routes.js';
import { SurveyService } from './survey-service.js';
import { surveyTestRoutes } from './survey-test-route.js';

export const surveys = defineCapability({
  name: 'surveys',
  // the quizzes' tables landed in the same step as the surveys'
  migrations: [{ id: '007-surveys-quizzes', migration: surveysQuizzesMigration }],
  ports: [
    'store',
    'events',
    'delivery',
    'messengers',
    'pacer',
    'config',
    'logger',
    'consoleUrl',
    'audienceGroups',
  ],
  create(ports) {
    // the polls' secret (POLL_ANONYMITY_KEY or the DATA_DIR key file): polls already warn when a
    // shared database runs on a per-instance key file
    const secret = loadAnonymityKey({
      key: ports.config.polls.anonymityKey,
      dataDir: ports.config.dataDir,
      sharedDatabase: false,
      logger: ports.logger.child({ part: 'surveys' }),
    });
    const service = new SurveyService(ports, createAnswerRights(ports), secret);
    return {
      service,
      routes: [...surveyRoutes(ports, service), ...surveyTestRoutes(ports, service)],
      actions: surveyActionHandlers(ports, service),
      commands: [surveyCommand(service, ports.consoleUrl)],
      contents: [
        {
          subjectType: 'survey',
          provider: {
            async render(subjectId, recipient) {
              const survey = await service.get(subjectId);
              // a closed survey renders too: refreshing sent copies on close removes their Answer button
              return survey ? surveyCard(translator(recipient.locale), survey) : null;
            },
          },
        },
      ],
    };
  },
});
