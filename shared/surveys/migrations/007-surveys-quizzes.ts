/**
 * Surveys and quizzes: definitions (questions as JSON text), answers one row per person and
 * question (the primary keys make resubmits and double clicks idempotent), who may answer what
 * (answer_grants: guests answer only what reached them), and leaderboard opt-outs.
 */
import type { Kysely, Migration } from 'kysely';

export const surveysQuizzesMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('template', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('surveys_created').on('surveys').column('created_at').execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('platform', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_responses_pk', ['survey_id', 'respondent'])
    .execute();

  await db.schema
    .createTable('survey_answers')
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('respondent', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answers_pk', ['survey_id', 'respondent', 'question_id'])
    .execute();
  await db.schema
    .createIndex('survey_answers_question')
    .on('survey_answers')
    .columns(['survey_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('quizzes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('quizzes_created').on('quizzes').column('created_at').execute();

  await db.schema
    .createTable('quiz_answers')
    .addColumn('quiz_id', 'text', (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_answers_pk', ['quiz_id', 'person_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('quiz_leaderboard_opt_outs')
    .addColumn('quiz_id', 'text', (c) => c.notNull().references('quizzes.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quiz_leaderboard_opt_outs_pk', ['quiz_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('answer_grants')
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    /** `person:<core id>` or `conversation:<platform>:<conversation id>` */
    .addColumn('grantee', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_grants_pk', ['subject_type', 'subject_id', 'grantee'])
    .execute();
  await db.schema.createIndex('answer_grants_grantee').on('answer_grants').columns(['grantee']).execute();
}
