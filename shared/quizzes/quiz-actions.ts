/**
 * Quizzes in chat: `quiz.answer` (records the first answer and refreshes the card in place with
 * the feedback and the next question), `quiz.leaderboard`, `quiz.leaderboard_opt_out` (payload
 * `out`: true hides, false shows again), and the `quiz` command (`quiz` lists open quizzes,
 * `quiz <id>` shows one).
 */
import type { ActionResult } from '../actions/dispatcher.js';
import type { Ports } from '../capability/ports.js';
import { card, submit } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { translator } from '../i18n/i18n.js';
import { hasRole } from '../people/person.js';
import { grantConversation, mayAnswer } from '../surveys/answer-access.js';
import { placeOf } from '../surveys/survey-actions.js';
import { leaderboardCard, quizCard } from './quiz-cards.js';
import type { QuizService } from './quiz-service.js';

const stringOf = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  if (typeof value !== 'string' || !value || value.length > 100)
    throw new AppError('bad_request', `payload ${key} missing`);
  return value;
};

export function registerQuizActions(core: Ports, quizzes: QuizService): void {
  core.dispatcher.register('quiz.answer', async (request): Promise<ActionResult> => {
    const t = translator(request.locale);
    const questionId = stringOf(request.payload, 'q');
    const choice = typeof request.payload.o === 'string' ? [request.payload.o] : request.inputs?.[questionId];
    const { quiz, answer, first } = await quizzes.answer({
      actor: request.actor,
      quizId: stringOf(request.payload, 'quizId'),
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
  });

  core.dispatcher.register('quiz.leaderboard', async (request): Promise<ActionResult> => {
    const quiz = await quizzes.require(stringOf(request.payload, 'quizId'));
    if (!(await mayAnswer(core, request.actor, 'quiz', quiz.id, placeOf(request))))
      throw new AppError('forbidden', 'not addressed to you');
    const optedOut = await quizzes.isOptedOut(quiz.id, request.actor.id);
    return {
      card: leaderboardCard(translator(request.locale), quiz, await quizzes.leaderboard(quiz.id), {
        optedOut,
      }),
      personal: true,
    };
  });

  core.dispatcher.register('quiz.leaderboard_opt_out', async (request): Promise<ActionResult> => {
    const t = translator(request.locale);
    const quiz = await quizzes.require(stringOf(request.payload, 'quizId'));
    if (!(await mayAnswer(core, request.actor, 'quiz', quiz.id, placeOf(request))))
      throw new AppError('forbidden', 'not addressed to you');
    const out = request.payload.out !== false && request.payload.out !== 'false';
    await quizzes.setOptOut(quiz.id, request.actor.id, out);
    await core.events.track({
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
  });

  core.commands.register('quiz', async (request, parsed) => {
    const t = translator(request.locale);
    const [first = ''] = parsed.args.split(/\s+/);
    if (first) {
      const quiz = await quizzes.get(first);
      if (!quiz) return card(t('quiz.not_found'), { type: 'text', text: t('quiz.not_found') });
      if (!(await mayAnswer(core, request.actor, 'quiz', quiz.id, request.conversation))) {
        // a command answers in the conversation: a refusal is a card there, not an error
        return card(t('error.forbidden'), { type: 'text', text: t('error.forbidden') });
      }
      if (request.conversation && hasRole(request.actor, 'communicator')) {
        await grantConversation(
          core,
          'quiz',
          quiz.id,
          request.conversation.platform,
          request.conversation.conversationId,
        );
      }
      await core.events.track({
        type: 'quiz.viewed',
        personId: request.actor.id,
        platform: request.platform,
        subjectType: 'quiz',
        subjectId: quiz.id,
      });
      return quizCard(t, quiz, {
        answers: await quizzes.answersOf(quiz.id, request.actor.id),
        optedOut: await quizzes.isOptedOut(quiz.id, request.actor.id),
      });
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
            buttons: open.map((q) => submit('quiz.show', q.title.slice(0, 60), { quizId: q.id })),
          }
        : { type: 'text', text: t('quiz.list.empty') },
    );
  });

  core.dispatcher.register('quiz.show', async (request): Promise<ActionResult> => {
    const quiz = await quizzes.require(stringOf(request.payload, 'quizId'));
    if (!(await mayAnswer(core, request.actor, 'quiz', quiz.id, placeOf(request))))
      throw new AppError('forbidden', 'not addressed to you');
    await core.events.track({
      type: 'quiz.viewed',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'quiz',
      subjectId: quiz.id,
    });
    return {
      card: quizCard(translator(request.locale), quiz, {
        answers: await quizzes.answersOf(quiz.id, request.actor.id),
        optedOut: await quizzes.isOptedOut(quiz.id, request.actor.id),
      }),
      personal: true,
    };
  });
}
