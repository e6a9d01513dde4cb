/**
 * Quizzes, wired once into the core: the service, the chat actions and command, and the card
 * core.delivery renders for each recipient (their own progress when they already started).
 */
import type { Ports } from '../capability/ports.js';
import { translator } from '../i18n/i18n.js';
import { deliveryOf } from '../surveys/answer-access.js';
import { registerQuizActions } from './quiz-actions.js';
import { quizCard } from './quiz-cards.js';
import { QuizService } from './quiz-service.js';

export function createQuizzes(core: Ports): QuizService {
  const quizzes = new QuizService(core);
  registerQuizActions(core, quizzes);
  deliveryOf(core)?.registerContent('quiz', {
    async render(subjectId, recipient) {
      const quiz = await quizzes.get(subjectId);
      // a closed quiz renders too: refreshing sent copies on close says so and stops the buttons
      if (!quiz) return null;
      const answers = recipient.personId ? await quizzes.answersOf(quiz.id, recipient.personId) : new Map();
      return quizCard(translator(recipient.locale), quiz, { answers });
    },
  });
  return quizzes;
}
