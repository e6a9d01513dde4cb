/**
 * Kysely types of the survey tables and of who may answer surveys and quizzes (migration 007; the
 * quizzes' own tables, created by the same step, are typed in shared/quizzes/quiz-tables.ts),
 * added to the shared Database type with `withTables` so the foundation schema file stays
 * untouched by feature work.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type SurveyTables = {
  surveys: {
    id: string;
    title: string;
    description: string | null;
    locale: string;
    /** JSON SurveyQuestion[] */
    questions: string;
    anonymous: number;
    /** mixed into the respondent key of anonymous surveys (the secret itself stays out of the database) */
    salt: string;
    template: string | null;
    status: 'open' | 'closed';
    created_by: string | null;
    created_at: string;
    closed_at: string | null;
  };
  survey_responses: {
    survey_id: string;
    /** person id, or a keyed hash of it in anonymous surveys */
    respondent: string;
    /** null in anonymous surveys */
    person_id: string | null;
    platform: string | null;
    created_at: string;
    updated_at: string;
  };
  survey_answers: {
    survey_id: string;
    respondent: string;
    question_id: string;
    /** JSON: string (choice, text, yes/no), string[] (multiple) or number (rating, score) */
    value: string;
    answered_at: string;
  };
  answer_grants: { subject_type: string; subject_id: string; grantee: string; created_at: string };
};

export type SurveyDb = Kysely<Database & SurveyTables>;

export const surveyDb = (store: Store): SurveyDb => store.db.withTables<SurveyTables>();
