/**
 * Quizzes in chat: `quiz.answer` records the first answer and refreshes the card in place with
 * the feedback and the next question; `quiz.show` shows the clicker their own progress;
 * `quiz.leaderboard` and `quiz.leaderboard_opt_out` show the best scores and hide (or show
 * again) the clicker on them.
 */
import type { AnyAction } from '../actions/define-action.js';
import type { ActionRequest } from '../actions/dispatcher.js';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { PlatformName } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { placeOf } from '../surveys/survey-model.js';
import type { AnswerRights } from '../surveys/survey-service.js';
import { quizActions } from './quiz-actions.js';
import { leaderboardCard, quizCard } from './quiz-cards.js';
import type { Quiz } from './quiz-model.js';
import type { QuizService } from './quiz-service.js';

/** The quiz as `viewer` sees it (their own progress), recorded as viewed: `quiz.show` and `quiz <id>`. */
export async function viewedQuizCard(
  ports: Pick<Ports, 'events'>,
  quizzes: QuizService,
  quiz: Quiz,
  viewer: { actor: Person; platform: PlatformName; locale: Locale },
): Promise<Card> {
  await ports.events.track({
    type: 'quiz.viewed',
    personId: viewer.actor.id,
    platform: viewer.platform,
    subjectType: 'quiz',
    subjectId: quiz.id,
  });
  return quizCard(translator(viewer.locale), quiz, {
    answers: await quizzes.answersOf(quiz.id, viewer.actor.id),
    optedOut: await quizzes.isOptedOut(quiz.id, viewer.actor.id),
  });
}

export function quizActionHandlers(
  ports: Pick<Ports, 'events'>,
  quizzes: QuizService,
  rights: AnswerRights,
): AnyAction[] {
  /** the quiz, when it reached the clicker (guests: only what was addressed to them) */
  const reachable = async (quizId: string, request: ActionRequest): Promise<Quiz> => {
    const quiz = await quizzes.require(quizId);
    if (!(await rights.mayAnswer(request.actor, 'quiz', quiz.id, placeOf(request))))
      throw new AppError('forbidden', 'not addressed to you');
    return quiz;
  };

  return [
    quizActions.answer.handledBy(async ({ quizId, q: questionId, o }, request) => {
      const t = translator(request.locale);
      const choice = o !== undefined ? [o] : request.inputs?.[questionId];
      const { quiz, answer, first } = await quizzes.answer({
        actor: request.actor,
        quizId,
        questionId,
        choice,
        platform: request.platform,
        place: placeOf(request),
      });
      const answers = await quizzes.answersOf(quiz.id, request.actor.id);
      const optedOut = await quizzes.isOptedOut(quiz.id, request.actor.id);
      const repeated =
        !first &&
        JSON.stringify([...answer.choice].sort()) !==
          JSON.stringify([...(Array.isArray(choice) ? choice : String(choice).split(','))].sort());
      // the clicker's own progress: on a message others see, shown to them alone
      return {
        card: quizCard(t, quiz, { answers, feedback: { questionId, repeated }, optedOut }),
        personal: true,
      };
    }),

    quizActions.leaderboard.handledBy(async ({ quizId }, request) => {
      const quiz = await reachable(quizId, request);
      const optedOut = await quizzes.isOptedOut(quiz.id, request.actor.id);
      return {
        card: leaderboardCard(translator(request.locale), quiz, await quizzes.leaderboard(quiz.id), {
          optedOut,
        }),
        personal: true,
      };
    }),

    quizActions.leaderboardOptOut.handledBy(async ({ quizId, out }, request) => {
      const t = translator(request.locale);
      const quiz = await reachable(quizId, request);
      await quizzes.setOptOut(quiz.id, request.actor.id, out);
      await ports.events.track({
        type: out ? 'quiz.leaderboard_opted_out' : 'quiz.leaderboard_opted_in',
        personId: request.actor.id,
        platform: request.platform,
        subjectType: 'quiz',
        subjectId: quiz.id,
      });
      return {
        card: leaderboardCard(t, quiz, await quizzes.leaderboard(quiz.id), { optedOut: out }),
        personal: true,
        notice: out ? t('quiz.leaderboard.opted_out') : t('quiz.leaderboard.opted_in'),
      };
    }),

    quizActions.show.handledBy(async ({ quizId }, request) => ({
      card: await viewedQuizCard(ports, quizzes, await reachable(quizId, request), request),
      personal: true,
    })),
  ];
}
