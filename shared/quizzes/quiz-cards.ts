/**
 * Quiz views: the card shows the person's next unanswered question (buttons for single choice,
 * a checkbox list for multiple), and after each answer it comes back refreshed in place with the
 * feedback (correct or not, the right answer, the explanation) above the next question; at the
 * end, the score and the leaderboard buttons. The leaderboard card lists the best scores.
 */
import { escapeMarkdown } from '../cards/markdown.js';
import { type Card, type CardBlock, card } from '../cards/model.js';
import type { Translator } from '../i18n/i18n.js';
import { quizActions } from './quiz-actions.js';
import type { Quiz } from './quiz-model.js';
import type { LeaderboardEntry, QuizAnswer } from './quiz-service.js';

export interface QuizCardState {
  /** the person's answers so far (empty for a card shown to a whole channel) */
  answers: Map<string, QuizAnswer>;
  /** feedback for the question just answered */
  feedback?: { questionId: string; repeated: boolean };
  optedOut?: boolean;
}

const scoreOf = (answers: Map<string, QuizAnswer>) => [...answers.values()].filter((a) => a.correct).length;

function feedbackBlocks(t: Translator, quiz: Quiz, state: QuizCardState): CardBlock[] {
  if (!state.feedback) return [];
  const question = quiz.questions.find((q) => q.id === state.feedback!.questionId);
  const answer = state.answers.get(state.feedback.questionId);
  if (!question || !answer) return [];
  const right = question.options
    .filter((o) => question.correct.includes(o.id))
    .map((o) => escapeMarkdown(o.label))
    .join(', ');
  return [
    { type: 'text', text: `**${escapeMarkdown(question.label)}**` },
    {
      type: 'text',
      text: [
        answer.correct ? t('quiz.correct') : t('quiz.incorrect'),
        answer.correct ? null : t('quiz.correct_answer', { answer: right }),
        question.explanation ? escapeMarkdown(question.explanation) : null,
      ]
        .filter(Boolean)
        .join('\n'),
    },
    ...(state.feedback.repeated ? [{ type: 'context' as const, text: t('quiz.already') }] : []),
    { type: 'divider' },
  ];
}

export function quizCard(t: Translator, quiz: Quiz, state: QuizCardState = { answers: new Map() }): Card {
  const blocks: CardBlock[] = [{ type: 'heading', text: quiz.title }];
  if (quiz.description && state.answers.size === 0)
    blocks.push({ type: 'text', text: escapeMarkdown(quiz.description) });
  blocks.push(...feedbackBlocks(t, quiz, state));
  const count = quiz.questions.length;
  const nextIndex = quiz.questions.findIndex((q) => !state.answers.has(q.id));
  if (quiz.status !== 'open' && nextIndex >= 0) {
    blocks.push({ type: 'context', text: t('quiz.closed') });
  } else if (nextIndex >= 0) {
    const q = quiz.questions[nextIndex]!;
    blocks.push(
      {
        type: 'progress',
        label: t('quiz.question', { index: nextIndex + 1, count }),
        value: nextIndex,
        max: count,
      },
      { type: 'text', text: `**${escapeMarkdown(q.label)}**` },
    );
    if (q.kind === 'single') {
      blocks.push({
        type: 'buttons',
        buttons: q.options.map((o) =>
          quizActions.answer.button(o.label, { quizId: quiz.id, q: q.id, o: o.id }),
        ),
      });
    } else {
      blocks.push({
        type: 'inputs',
        inputs: [
          {
            kind: 'choice',
            id: q.id,
            label: q.label,
            options: q.options,
            multiple: true,
            required: true,
            errorMessage: t('quiz.error.choose'),
          },
        ],
        submit: quizActions.answer.button(t('quiz.answer'), { quizId: quiz.id, q: q.id }, 'primary'),
      });
    }
  } else {
    blocks.push(
      { type: 'text', text: t('quiz.done', { score: scoreOf(state.answers), count }) },
      {
        type: 'buttons',
        buttons: [
          quizActions.leaderboard.button(t('quiz.leaderboard'), { quizId: quiz.id }),
          quizActions.leaderboardOptOut.button(
            state.optedOut ? t('quiz.leaderboard.opt_in') : t('quiz.leaderboard.opt_out'),
            { quizId: quiz.id, out: !state.optedOut },
          ),
        ],
      },
    );
  }
  return { summary: t('quiz.card.summary', { title: quiz.title }), blocks };
}

export function leaderboardCard(
  t: Translator,
  quiz: Quiz,
  entries: LeaderboardEntry[],
  viewer: { optedOut: boolean } | undefined,
): Card {
  const count = quiz.questions.length;
  return card(
    t('quiz.leaderboard.title', { title: quiz.title }),
    { type: 'heading', text: t('quiz.leaderboard.title', { title: quiz.title }) },
    entries.length
      ? {
          type: 'facts',
          facts: entries.map((e) => ({
            label: `${e.rank}. ${e.displayName}`,
            value: t('quiz.score', { score: e.score, count }),
          })),
        }
      : { type: 'text', text: t('quiz.leaderboard.empty') },
    viewer && {
      type: 'buttons',
      buttons: [
        quizActions.leaderboardOptOut.button(
          viewer.optedOut ? t('quiz.leaderboard.opt_in') : t('quiz.leaderboard.opt_out'),
          { quizId: quiz.id, out: !viewer.optedOut },
        ),
      ],
    },
  );
}
