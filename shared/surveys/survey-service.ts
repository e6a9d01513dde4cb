/**
 * Surveys in the store: creation, answers (one row per respondent and question; a resubmission
 * replaces the person's answers to the submitted questions in one transaction, with upserts so
 * two racing submissions cannot both insert), results and the CSV export. Anonymous surveys key
 * answers by HMAC(the anonymity secret shared with polls, which never enters the database; survey
 * id, salt, person id): one response per person, yet neither exports nor a database reader can
 * name anyone. The service also carries the rights of who may answer (AnswerRights), which quizzes
 * use through it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Ports } from '../capability/ports.js';
import type { Card } from '../cards/model.js';
import { AppError } from '../errors/errors.js';
import { type Locale, translator } from '../i18n/i18n.js';
import type { PlatformName, SentMessage } from '../messaging/messenger.js';
import { anonymousVoterKey } from '../people/anonymity-key.js';
import type { Person } from '../people/person.js';
import { nowIso } from '../store/store.js';
import { toCsv } from './csv.js';
import { validateAnswers } from './survey-answers.js';
import { surveyCard } from './survey-cards.js';
import type {
  AnswerPlace,
  AnswerSubject,
  AnswerValue,
  Survey,
  SurveyQuestion,
  sendBody,
  sendResponse,
} from './survey-model.js';
import { type SurveyResults, summarise } from './survey-results.js';
import { type SurveyDb, type SurveyTables, surveyDb } from './survey-tables.js';

type SurveyRow = SurveyTables['surveys'];

const toSurvey = (row: SurveyRow): Survey => ({
  id: row.id,
  title: row.title,
  description: row.description,
  locale: row.locale === 'en' ? 'en' : 'fr',
  questions: JSON.parse(row.questions) as SurveyQuestion[],
  anonymous: row.anonymous === 1,
  template: row.template,
  status: row.status,
  createdBy: row.created_by,
  createdAt: row.created_at,
  closedAt: row.closed_at,
});

export interface NewSurvey {
  title: string;
  description?: string | null;
  locale: 'fr' | 'en';
  questions: SurveyQuestion[];
  anonymous: boolean;
  template?: string | null;
  createdBy: string | null;
}

export interface AnswerRequest {
  actor: Person;
  surveyId: string;
  answers: Record<string, unknown>;
  /** the questions being answered (a dialog page); default: the whole survey */
  questionIds?: string[];
  platform: PlatformName | 'web' | 'api';
  place?: AnswerPlace;
}

/** Who may answer surveys and quizzes, and how they reach people: quizzes use it too. */
export interface AnswerRights {
  /** Members: always. Guests: only when the subject reached them (1:1, channel or conversation). */
  mayAnswer(
    person: Person,
    subjectType: AnswerSubject,
    subjectId: string,
    place?: AnswerPlace,
  ): Promise<boolean>;
  /** the people of this conversation may answer: the subject is posted there */
  grantConversation(
    subjectType: AnswerSubject,
    subjectId: string,
    platform: PlatformName,
    conversationId: string,
  ): Promise<void>;
  /** subject ids a guest may see in the tab: those delivered to them */
  addressedTo(subjectType: AnswerSubject, personId: string): Promise<string[]>;
  /** posts the card into one conversation (granting its people), or broadcasts it to an audience */
  send(
    subjectType: AnswerSubject,
    subjectId: string,
    body: z.infer<typeof sendBody>,
    cardFor: (locale: Locale) => Card,
    locale: Locale,
  ): Promise<z.infer<typeof sendResponse>>;
}

export class SurveyService {
  private readonly salts = new Map<string, string>();
  private readonly db: SurveyDb;

  constructor(
    private readonly ports: Pick<Ports, 'store' | 'events'>,
    /** who may answer surveys and quizzes, and how they reach people (quizzes use it too) */
    readonly rights: AnswerRights,
    /** the anonymity secret shared with polls (shared/people/anonymity-key.ts) */
    private readonly secret: Buffer,
  ) {
    this.db = surveyDb(ports.store);
  }

  async create(input: NewSurvey): Promise<Survey> {
    const row: SurveyRow = {
      id: randomUUID(),
      title: input.title,
      description: input.description ?? null,
      locale: input.locale,
      questions: JSON.stringify(input.questions),
      anonymous: input.anonymous ? 1 : 0,
      salt: randomBytes(24).toString('base64url'),
      template: input.template ?? null,
      status: 'open',
      created_by: input.createdBy,
      created_at: nowIso(),
      closed_at: null,
    };
    await this.db.insertInto('surveys').values(row).execute();
    return toSurvey(row);
  }

  async get(id: string): Promise<Survey | undefined> {
    const row = await this.db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
    if (row) this.salts.set(row.id, row.salt);
    return row && toSurvey(row);
  }

  /**
   * Posts the survey's card into one conversation whose people may then answer it (an
   * ambassador's relay, named on the copy's button): the caller checked who may post there.
   */
  async postInto(
    id: string,
    conversation: { platform: PlatformName; tenantId: string; conversationId: string },
    locale: Locale,
    relay?: string,
  ): Promise<SentMessage> {
    const survey = await this.require(id);
    const sent = await this.rights.send(
      'survey',
      id,
      { conversation },
      (l) => surveyCard(translator(l), survey, relay),
      locale,
    );
    if (!('posted' in sent)) throw new AppError('conflict', 'the survey was not posted');
    return sent.posted as SentMessage;
  }

  async require(id: string): Promise<Survey> {
    const survey = await this.get(id);
    if (!survey) throw new AppError('not_found', `no survey ${id.slice(0, 100)}`);
    return survey;
  }

  async list(
    options: { ids?: string[]; limit?: number } = {},
  ): Promise<(Survey & { respondents: number })[]> {
    if (options.ids && options.ids.length === 0) return [];
    let query = this.db
      .selectFrom('surveys')
      .selectAll('surveys')
      .select((eb) =>
        eb
          .selectFrom('survey_responses')
          .whereRef('survey_responses.survey_id', '=', 'surveys.id')
          .select((e) => e.fn.countAll<number | string>().as('n'))
          .as('respondents'),
      )
      .orderBy('created_at', 'desc')
      .limit(options.limit ?? 200);
    if (options.ids) query = query.where('id', 'in', options.ids);
    const rows = await query.execute();
    return rows.map((row) => ({ ...toSurvey(row), respondents: Number(row.respondents ?? 0) }));
  }

  async setStatus(id: string, status: 'open' | 'closed'): Promise<Survey> {
    await this.db
      .updateTable('surveys')
      .set({ status, closed_at: status === 'closed' ? nowIso() : null })
      .where('id', '=', id)
      .execute();
    return this.require(id);
  }

  /** The key answers are stored under: the person id, or a keyed hash of it when anonymous. */
  private async respondentKey(survey: Survey, personId: string): Promise<string> {
    if (!survey.anonymous) return personId;
    let salt = this.salts.get(survey.id);
    if (!salt) {
      const row = await this.db
        .selectFrom('surveys')
        .select('salt')
        .where('id', '=', survey.id)
        .executeTakeFirstOrThrow();
      salt = row.salt;
      this.salts.set(survey.id, salt);
    }
    return anonymousVoterKey(this.secret, `survey:${survey.id}:${salt}`, personId);
  }

  /**
   * Validates and saves one person's answers to some or all questions. Refusals (closed, not
   * addressed to a guest, malformed or missing answers) throw before anything is written.
   */
  async answer(request: AnswerRequest): Promise<{ survey: Survey; saved: number }> {
    const survey = await this.require(request.surveyId);
    if (!(await this.rights.mayAnswer(request.actor, 'survey', survey.id, request.place))) {
      throw new AppError('forbidden', 'this survey was not addressed to you');
    }
    if (survey.status !== 'open') throw new AppError('conflict', 'this survey is closed');
    const questions = request.questionIds
      ? survey.questions.filter((q) => request.questionIds!.includes(q.id))
      : survey.questions;
    const values = validateAnswers(questions, request.answers, { allQuestions: questions });
    const respondent = await this.respondentKey(survey, request.actor.id);
    const now = nowIso();
    const filled = [...values].filter((entry): entry is [string, AnswerValue] => entry[1] !== null);
    const cleared = [...values].filter(([, v]) => v === null).map(([id]) => id);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('survey_responses')
        .values({
          survey_id: survey.id,
          respondent,
          person_id: survey.anonymous ? null : request.actor.id,
          platform: request.platform,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['survey_id', 'respondent'])
            .doUpdateSet({ updated_at: now, platform: request.platform }),
        )
        .execute();
      if (cleared.length) {
        await trx
          .deleteFrom('survey_answers')
          .where('survey_id', '=', survey.id)
          .where('respondent', '=', respondent)
          .where('question_id', 'in', cleared)
          .execute();
      }
      if (filled.length) {
        await trx
          .insertInto('survey_answers')
          .values(
            filled.map(([questionId, value]) => ({
              survey_id: survey.id,
              respondent,
              question_id: questionId,
              value: JSON.stringify(value),
              answered_at: now,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['survey_id', 'respondent', 'question_id']).doUpdateSet((eb) => ({
              value: eb.ref('excluded.value'),
              answered_at: eb.ref('excluded.answered_at'),
            })),
          )
          .execute();
      }
    });
    await this.ports.events.track({
      type: 'survey.answered',
      personId: request.actor.id,
      platform: request.platform,
      subjectType: 'survey',
      subjectId: survey.id,
      data: { questions: questions.length, answered: filled.length },
    });
    return { survey, saved: filled.length };
  }

  /** The person's saved answers, to prefill the dialog when they come back. */
  async answersOf(survey: Survey, personId: string): Promise<Record<string, AnswerValue>> {
    const respondent = await this.respondentKey(survey, personId);
    const rows = await this.db
      .selectFrom('survey_answers')
      .select(['question_id', 'value'])
      .where('survey_id', '=', survey.id)
      .where('respondent', '=', respondent)
      .execute();
    return Object.fromEntries(rows.map((r) => [r.question_id, JSON.parse(r.value) as AnswerValue]));
  }

  async results(survey: Survey, locale: 'fr' | 'en' = survey.locale): Promise<SurveyResults> {
    const t = translator(locale);
    const [count, answers] = await Promise.all([
      this.db
        .selectFrom('survey_responses')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('survey_id', '=', survey.id)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('survey_answers')
        .select(['question_id', 'value'])
        .where('survey_id', '=', survey.id)
        .orderBy('answered_at', 'desc')
        .execute(),
    ]);
    return summarise(
      survey.id,
      survey.questions,
      Number(count.n),
      answers.map((a) => ({ questionId: a.question_id, value: JSON.parse(a.value) as AnswerValue })),
      { yes: t('survey.yes'), no: t('survey.no') },
    );
  }

  /** One row per respondent, one column per question (labels of options, not ids). */
  async csv(survey: Survey, locale: 'fr' | 'en' = survey.locale): Promise<string> {
    const t = translator(locale);
    const responses = await this.db
      .selectFrom('survey_responses')
      .leftJoin('people', 'people.id', 'survey_responses.person_id')
      .select([
        'survey_responses.respondent',
        'survey_responses.updated_at',
        'people.display_name',
        'people.email',
      ])
      .where('survey_responses.survey_id', '=', survey.id)
      .orderBy('survey_responses.created_at')
      .execute();
    const answers = await this.db
      .selectFrom('survey_answers')
      .select(['respondent', 'question_id', 'value'])
      .where('survey_id', '=', survey.id)
      .execute();
    const byRespondent = new Map<string, Map<string, AnswerValue>>();
    for (const a of answers) {
      const map = byRespondent.get(a.respondent) ?? new Map<string, AnswerValue>();
      map.set(a.question_id, JSON.parse(a.value) as AnswerValue);
      byRespondent.set(a.respondent, map);
    }
    const show = (question: SurveyQuestion, value: AnswerValue | undefined): string => {
      if (value === undefined) return '';
      const label = (id: string) => question.options?.find((o) => o.id === id)?.label ?? id;
      if (Array.isArray(value)) return value.map(label).join('; ');
      if (question.kind === 'yes_no') return value === 'yes' ? t('survey.yes') : t('survey.no');
      if (question.kind === 'single') return label(String(value));
      return String(value);
    };
    const header = [
      ...(survey.anonymous ? [t('survey.csv.respondent')] : [t('survey.csv.name'), t('survey.csv.email')]),
      t('survey.csv.answered_at'),
      ...survey.questions.map((q) => q.label),
    ];
    const rows = responses.map((r, index) => {
      const mine = byRespondent.get(r.respondent) ?? new Map<string, AnswerValue>();
      return [
        ...(survey.anonymous ? [String(index + 1)] : [r.display_name ?? '', r.email ?? '']),
        r.updated_at,
        ...survey.questions.map((q) => show(q, mine.get(q.id))),
      ];
    });
    return toCsv([header, ...rows]);
  }
}
