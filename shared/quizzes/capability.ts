/** Quizzes with feedback, score and leaderboard (their tables come with the surveys' step 007). */
import { defineCapability } from '../capability/capability.js';
import { everyPort } from '../capability/ports.js';
import { quizRoutes } from './quiz-routes.js';
import { createQuizzes } from './quizzes.js';

export const quizzes = defineCapability({
  name: 'quizzes',
  // every port until this capability's factory names the few it uses
  ports: everyPort,
  create(ports) {
    const service = createQuizzes(ports);
    return { service, routes: quizRoutes(ports, service) };
  },
});
