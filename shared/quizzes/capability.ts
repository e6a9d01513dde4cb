/**
 * Quizzes with feedback, score and leaderboard. Their tables come with the surveys' step 007
 * (shared/surveys/migrations), and who may answer follows the surveys' rules, through the
 * surveys' service. It brings the `quiz.*` buttons, the `quiz` command, the quiz card each
 * recipient of a broadcast gets (their own progress when they already started), and the REST
 * routes.
 */
import { defineCapability } from '../capability/capability.js';
import { translator } from '../i18n/i18n.js';
import type { SurveyService } from '../surveys/survey-service.js';
import { quizActionHandlers } from './quiz-action-handlers.js';
import { quizCard } from './quiz-cards.js';
import { quizCommand } from './quiz-command.js';
import { quizRoutes } from './quiz-routes.js';
import { QuizService } from './quiz-service.js';

export const quizzes = defineCapability({
  name: 'quizzes',
  ports: ['store', 'events', 'delivery', 'config'],
  uses: ['surveys'],
  create(ports, { surveys }: { surveys: SurveyService }) {
    const { rights } = surveys;
    const service = new QuizService(ports, rights);
    return {
      service,
      routes: quizRoutes(ports, service, rights),
      actions: quizActionHandlers(ports, service, rights),
      commands: [quizCommand(ports, service, rights)],
      contents: [
        {
          subjectType: 'quiz',
          provider: {
            async render(subjectId, recipient) {
              const quiz = await service.get(subjectId);
              // a closed quiz renders too: refreshing sent copies on close says so and stops the buttons
              if (!quiz) return null;
              const answers = recipient.personId
                ? await service.answersOf(quiz.id, recipient.personId)
                : new Map();
              return quizCard(translator(recipient.locale), quiz, { answers });
            },
          },
        },
      ],
    };
  },
});
