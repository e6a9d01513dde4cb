/**
 * Kysely types of the quiz tables, added to the shared Database type with `withTables`. The
 * tables themselves are created by the surveys' step 007 (shared/surveys/migrations), which
 * landed surveys and quizzes together and keeps its id so existing databases migrate as before.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type QuizTables = {
  quizzes: {
    id: string;
    title: string;
    description: string | null;
    locale: string;
    /** JSON QuizQuestion[] (with the correct answers) */
    questions: string;
    status: 'open' | 'closed';
    created_by: string | null;
    created_at: string;
    closed_at: string | null;
  };
  quiz_answers: {
    quiz_id: string;
    person_id: string;
    question_id: string;
    /** JSON string[] of option ids */
    choice: string;
    correct: number;
    answered_at: string;
  };
  quiz_leaderboard_opt_outs: { quiz_id: string; person_id: string; created_at: string };
};

export type QuizDb = Kysely<Database & QuizTables>;

export const quizDb = (store: Store): QuizDb => store.db.withTables<QuizTables>();
