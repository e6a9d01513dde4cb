/** Surveys answered in dialogs: templates, anonymous answers, results and exports. */
import { defineCapability } from '../capability/capability.js';
import { everyPort } from '../capability/ports.js';
import { surveysQuizzesMigration } from './migrations/007-surveys-quizzes.js';
import { surveyRoutes } from './survey-routes.js';
import { createSurveys } from './surveys.js';

export const surveys = defineCapability({
  name: 'surveys',
  // the quizzes' tables landed in the same step as the surveys'
  migrations: [{ id: '007-surveys-quizzes', migration: surveysQuizzesMigration }],
  // every port until this capability's factory names the few it uses
  ports: everyPort,
  create(ports) {
    const service = createSurveys(ports);
    return { service, routes: surveyRoutes(ports, service) };
  },
});
