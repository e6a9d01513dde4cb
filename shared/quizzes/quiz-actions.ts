/** The quiz buttons, declared once: the id and payload each carries (handlers: quiz-action-handlers.ts). */
import { z } from 'zod';
import { defineAction, idField } from '../actions/define-action.js';

const quizPayload = z.object({ quizId: idField });

export const quizActions = {
  /**
   * one question answered: `o` is the option of a single-choice button; a multiple-choice
   * question's options come as the inputs of its form
   */
  answer: defineAction({
    id: 'quiz.answer',
    payload: z.object({ quizId: idField, q: idField, o: idField.optional() }),
  }),
  /** the quiz card for the clicker, from the `quiz` command's list */
  show: defineAction({ id: 'quiz.show', payload: quizPayload }),
  leaderboard: defineAction({ id: 'quiz.leaderboard', payload: quizPayload }),
  /** `out`: true hides the clicker from the leaderboard, false shows them again */
  leaderboardOptOut: defineAction({
    id: 'quiz.leaderboard_opt_out',
    payload: z.object({ quizId: idField, out: z.boolean().default(true) }),
  }),
};
