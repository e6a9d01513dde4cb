/**
 * Quizzes in the store. One answer per person and question (primary key): the first answer
 * counts, a double click or a platform retry inserts nothing and gets the same feedback back.
 * Scores and the leaderboard are aggregates of those rows; people who opted out of a quiz's
 * leaderboard are left out of it (their score still counts for themselves).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Ports } from '../capability/ports.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { PlatformName, SentMessage } from '../messaging/messenger.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import type { AnswerPlace } from '../surveys/survey-model.js';
import type { AnswerRights } from '../surveys/survey-service.js';
import { quizCard } from './quiz-cards.js';
import { isCorrect, type Quiz, type QuizQuestion } from './quiz-model.js';
import { type QuizDb, type QuizTables, quizDb } from './quiz-tables.js';

type QuizRow = QuizTables['quizzes'];

const toQuiz = (row: QuizRow): Quiz => ({
  id: row.id,
  title: row.title,
  description: row.description,
  locale: row.locale === 'en' ? 'en' : 'fr',
  questions: JSON.parse(row.questions) as QuizQuestion[],
  status: row.status,
  createdBy: row.created_by,
  createdAt: row.created_at,
  closedAt: row.closed_at,
});

export interface QuizAnswer {
  questionId: string;
  choice: string[];
  correct: boolean;
}

export interface LeaderboardEntry {
  rank: number;
  personId: string;
  displayName: string;
  score: number;
  answered: number;
}

export interface QuizResults {
  quizId: string;
  participants: number;
  averageScore: number | null;
  questions: {
    questionId: string;
    label: string;
    answered: number;
    correct: number;
    options: { id: string; label: string; correct: boolean; count: number }[];
  }[];
}

export class QuizService {
  private readonly db: QuizDb;

  constructor(
    private readonly ports: Pick<Ports, 'store' | 'events'>,
    /** who may answer: the surveys' rules, shared by both */
    private readonly rights: AnswerRights,
  ) {
    this.db = quizDb(ports.store);
  }

  async create(input: Omit<Quiz, 'id' | 'status' | 'createdAt' | 'closedAt'>): Promise<Quiz> {
    const row: QuizRow = {
      id: randomUUID(),
      title: input.title,
      description: input.description,
      locale: input.locale,
      questions: JSON.stringify(input.questions),
      status: 'open',
      created_by: input.createdBy,
      created_at: nowIso(),
      closed_at: null,
    };
    await this.db.insertInto('quizzes').values(row).execute();
    return toQuiz(row);
  }

  async get(id: string): Promise<Quiz | undefined> {
    const row = await this.db.selectFrom('quizzes').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toQuiz(row);
  }

  /**
   * Posts the quiz's card into one conversation whose people may then answer it (an
   * ambassador's relay): the caller checked who may post there.
   */
  async postInto(
    id: string,
    conversation: { platform: PlatformName; tenantId: string; conversationId: string },
    locale: Locale,
  ): Promise<SentMessage> {
    const quiz = await this.require(id);
    const sent = await this.rights.send(
      'quiz',
      id,
      { conversation },
      (l) => quizCard(translator(l), quiz),
      locale,
    );
    if (!('posted' in sent)) throw new AppError('conflict', 'the quiz was not posted');
    return sent.posted as SentMessage;
  }

  async require(id: string): Promise<Quiz> {
    const quiz = await this.get(id);
    if (!quiz) throw new AppError('not_found', `no quiz ${id.slice(0, 100)}`);
    return quiz;
  }

  async list(options: { ids?: string[]; limit?: number } = {}): Promise<(Quiz & { participants: number })[]> {
    if (options.ids && options.ids.length === 0) return [];
    let query = this.db
      .selectFrom('quizzes')
      .selectAll('quizzes')
      .select((eb) =>
        eb
          .selectFrom('quiz_answers')
          .whereRef('quiz_answers.quiz_id', '=', 'quizzes.id')
          .select(sql<number | string>`count(distinct person_id)`.as('n'))
          .as('participants'),
      )
      .orderBy('created_at', 'desc')
      .limit(options.limit ?? 200);
    if (options.ids) query = query.where('id', 'in', options.ids);
    const rows = await query.execute();
    return rows.map((row) => ({ ...toQuiz(row), participants: Number(row.participants ?? 0) }));
  }

  async setStatus(id: string, status: 'open' | 'closed'): Promise<Quiz> {
    await this.db
      .updateTable('quizzes')
      .set({ status, closed_at: status === 'closed' ? nowIso() : null })
      .where('id', '=', id)
      .execute();
    return this.require(id);
  }

  /**
   * Records the person's answer to one question, once. Returns the stored answer (the first one
   * when this is a repeat) and whether this call wrote it.
   */
  async answer(request: {
    actor: Person;
    quizId: string;
    questionId: string;
    choice: unknown;
    platform: PlatformName | 'web';
    place?: AnswerPlace;
  }): Promise<{ quiz: Quiz; question: QuizQuestion; answer: QuizAnswer; first: boolean }> {
    const quiz = await this.require(request.quizId);
    if (!(await this.rights.mayAnswer(request.actor, 'quiz', quiz.id, request.place))) {
      throw new AppError('forbidden', 'this quiz was not addressed to you');
    }
    const question = quiz.questions.find((q) => q.id === request.questionId);
    if (!question)
      throw new AppError('bad_request', `questionId: unknown question "${request.questionId.slice(0, 40)}"`);
    const raw = request.choice;
    const list = Array.isArray(raw)
      ? raw
      : typeof raw === 'string'
        ? raw.split(',').map((s) => s.trim())
        : [];
    if (!list.every((v): v is string => typeof v === 'string'))
      throw new AppError('bad_request', 'optionIds: expected option ids');
    const choice = [...new Set(list.filter(Boolean))];
    if (choice.length === 0) throw new AppError('bad_request', 'optionIds: choose at least one option');
    const unknown = choice.find((id) => !question.options.some((o) => o.id === id));
    if (unknown !== undefined)
      throw new AppError('bad_request', `optionIds: unknown option "${unknown.slice(0, 40)}"`);
    if (question.kind === 'single' && choice.length > 1)
      throw new AppError('bad_request', 'optionIds: one option only');
    if (quiz.status !== 'open') throw new AppError('conflict', 'this quiz is closed');

    const inserted = await this.db
      .insertInto('quiz_answers')
      .values({
        quiz_id: quiz.id,
        person_id: request.actor.id,
        question_id: question.id,
        choice: JSON.stringify(choice),
        correct: isCorrect(question, choice) ? 1 : 0,
        answered_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(['quiz_id', 'person_id', 'question_id']).doNothing())
      .executeTakeFirst();
    const first = Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    const stored = await this.db
      .selectFrom('quiz_answers')
      .select(['choice', 'correct'])
      .where('quiz_id', '=', quiz.id)
      .where('person_id', '=', request.actor.id)
      .where('question_id', '=', question.id)
      .executeTakeFirstOrThrow();
    if (first) {
      await this.ports.events.track({
        type: 'quiz.answered',
        personId: request.actor.id,
        platform: request.platform,
        subjectType: 'quiz',
        subjectId: quiz.id,
        data: { questionId: question.id, correct: stored.correct === 1 },
      });
    }
    return {
      quiz,
      question,
      answer: {
        questionId: question.id,
        choice: JSON.parse(stored.choice) as string[],
        correct: stored.correct === 1,
      },
      first,
    };
  }

  async answersOf(quizId: string, personId: string): Promise<Map<string, QuizAnswer>> {
    const rows = await this.db
      .selectFrom('quiz_answers')
      .select(['question_id', 'choice', 'correct'])
      .where('quiz_id', '=', quizId)
      .where('person_id', '=', personId)
      .execute();
    return new Map(
      rows.map((r) => [
        r.question_id,
        { questionId: r.question_id, choice: JSON.parse(r.choice) as string[], correct: r.correct === 1 },
      ]),
    );
  }

  async setOptOut(quizId: string, personId: string, optOut: boolean): Promise<void> {
    if (optOut) {
      await this.db
        .insertInto('quiz_leaderboard_opt_outs')
        .values({ quiz_id: quizId, person_id: personId, created_at: nowIso() })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else {
      await this.db
        .deleteFrom('quiz_leaderboard_opt_outs')
        .where('quiz_id', '=', quizId)
        .where('person_id', '=', personId)
        .execute();
    }
  }

  async isOptedOut(quizId: string, personId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('quiz_leaderboard_opt_outs')
      .select('person_id')
      .where('quiz_id', '=', quizId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return Boolean(row);
  }

  /** Best scores first; ties go to whoever finished first. Opted-out people are not listed. */
  async leaderboard(quizId: string, limit = 20): Promise<LeaderboardEntry[]> {
    const rows = await this.db
      .selectFrom('quiz_answers as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select([
        'a.person_id',
        'p.display_name',
        sql<number | string>`sum(a.correct)`.as('score'),
        sql<number | string>`count(*)`.as('answered'),
        sql<string>`max(a.answered_at)`.as('last'),
      ])
      .where('a.quiz_id', '=', quizId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('quiz_leaderboard_opt_outs as o')
              .select('o.person_id')
              .whereRef('o.quiz_id', '=', 'a.quiz_id')
              .whereRef('o.person_id', '=', 'a.person_id'),
          ),
        ),
      )
      .groupBy(['a.person_id', 'p.display_name'])
      .orderBy('score', 'desc')
      .orderBy('last', 'asc')
      .limit(limit)
      .execute();
    return rows.map((r, i) => ({
      rank: i + 1,
      personId: r.person_id,
      displayName: r.display_name,
      score: Number(r.score),
      answered: Number(r.answered),
    }));
  }

  async results(quiz: Quiz): Promise<QuizResults> {
    const rows = await this.db
      .selectFrom('quiz_answers')
      .select(['person_id', 'question_id', 'choice', 'correct'])
      .where('quiz_id', '=', quiz.id)
      .execute();
    const scores = new Map<string, number>();
    for (const r of rows) scores.set(r.person_id, (scores.get(r.person_id) ?? 0) + r.correct);
    const total = [...scores.values()].reduce((s, n) => s + n, 0);
    return {
      quizId: quiz.id,
      participants: scores.size,
      averageScore: scores.size ? Math.round((total / scores.size) * 10) / 10 : null,
      questions: quiz.questions.map((q) => {
        const mine = rows.filter((r) => r.question_id === q.id);
        const counts = new Map<string, number>();
        for (const r of mine)
          for (const id of JSON.parse(r.choice) as string[]) counts.set(id, (counts.get(id) ?? 0) + 1);
        return {
          questionId: q.id,
          label: q.label,
          answered: mine.length,
          correct: mine.filter((r) => r.correct === 1).length,
          options: q.options.map((o) => ({
            ...o,
            correct: q.correct.includes(o.id),
            count: counts.get(o.id) ?? 0,
          })),
        };
      }),
    };
  }
}
