/** The `quiz` command: `quiz` lists the open quizzes, `quiz <id>` shows one (posted where typed). */
import type { CommandEntry } from '../capability/capability.js';
import type { Ports } from '../capability/ports.js';
import { card } from '../cards/model.js';
import { translator } from '../i18n/i18n.js';
import { hasRole } from '../people/person.js';
import type { AnswerRights } from '../surveys/survey-service.js';
import { viewedQuizCard } from './quiz-action-handlers.js';
import { quizActions } from './quiz-actions.js';
import type { QuizService } from './quiz-service.js';

export const quizCommand = (
  ports: Pick<Ports, 'events'>,
  quizzes: QuizService,
  rights: AnswerRights,
): CommandEntry => ({
  name: 'quiz',
  async handle(request, parsed) {
    const t = translator(request.locale);
    const [first = ''] = parsed.args.split(/\s+/);
    if (first) {
      const quiz = await quizzes.get(first);
      if (!quiz) return card(t('quiz.not_found'), { type: 'text', text: t('quiz.not_found') });
      if (!(await rights.mayAnswer(request.actor, 'quiz', quiz.id, request.conversation))) {
        // a command answers in the conversation: a refusal is a card there, not an error
        return card(t('error.forbidden'), { type: 'text', text: t('error.forbidden') });
      }
      if (request.conversation && hasRole(request.actor, 'communicator')) {
        await rights.grantConversation(
          'quiz',
          quiz.id,
          request.conversation.platform,
          request.conversation.conversationId,
        );
      }
      return viewedQuizCard(ports, quizzes, quiz, request);
    }
    const open =
      request.actor.kind === 'member'
        ? (await quizzes.list({ limit: 20 })).filter((q) => q.status === 'open').slice(0, 5)
        : [];
    return card(
      t('quiz.list.title'),
      { type: 'heading', text: t('quiz.list.title') },
      open.length
        ? {
            type: 'buttons',
            buttons: open.map((q) => quizActions.show.button(q.title.slice(0, 60), { quizId: q.id })),
          }
        : { type: 'text', text: t('quiz.list.empty') },
    );
  },
});
