/**
 * The satisfaction indicator: the latest satisfaction survey created by the end of the period
 * (and the one before it, for the change), its respondents in the selected segment and scope,
 * their average overall rating (1–5) and Net Promoter Score. Fewer respondents than the smallest
 * group shown: the survey is named, its figures are not.
 */
import { sql } from 'kysely';
import type { AuthorScope } from '../audiences/author-scope.js';
import { type InsightsFilter, segmentWhere } from './insights-filter.js';
import type { InsightsDb, SatisfactionCounter } from './insights-tables.js';
import { satisfactionCounters } from './migrations/030-insights-satisfaction.js';
import { SATISFACTION_TEMPLATE } from './rollup-satisfaction.js';

export interface SurveyScore {
  surveyId: string;
  title: string;
  createdAt: string;
  hidden: boolean;
  respondents: number | null;
  /** average overall rating, 1–5 */
  averageRating: number | null;
  /** Net Promoter Score, -100–100, from the recommendation question */
  nps: number | null;
}

export interface Satisfaction extends SurveyScore {
  previous: SurveyScore | null;
  change: { averageRating: number | null; nps: number | null };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

async function scoreOf(
  db: InsightsDb,
  survey: { id: string; title: string; created_at: string },
  filter: InsightsFilter,
  scope: AuthorScope,
  minGroup: number,
): Promise<SurveyScore> {
  const row = await db
    .selectFrom('insights_satisfaction')
    .select(satisfactionCounters.map((c) => sql<number>`sum(${sql.ref(c)})`.as(c)))
    .where('survey_id', '=', survey.id)
    .where('platform', '=', filter.platform ?? '*')
    .where((eb) => segmentWhere(filter, scope, eb))
    .executeTakeFirst();
  const n = (c: SatisfactionCounter) => Number(row?.[c] ?? 0);
  const base = { surveyId: survey.id, title: survey.title, createdAt: survey.created_at };
  if (n('respondents') < minGroup)
    return { ...base, hidden: true, respondents: null, averageRating: null, nps: null };
  const scored = n('promoters') + n('passives') + n('detractors');
  return {
    ...base,
    hidden: false,
    respondents: n('respondents'),
    averageRating: n('rating_count') > 0 ? round2(n('rating_sum') / n('rating_count')) : null,
    nps: scored > 0 ? Math.round(((n('promoters') - n('detractors')) * 100) / scored) : null,
  };
}

const diff = (a: number | null, b: number | null | undefined) =>
  a !== null && b !== null && b !== undefined ? round2(a - b) : null;

/** the latest satisfaction survey answered by the end of `to` (YYYY-MM-DD), or null if none */
export async function satisfaction(
  db: InsightsDb,
  filter: InsightsFilter,
  scope: AuthorScope,
  to: string,
  minGroup: number,
): Promise<Satisfaction | null> {
  const surveys = await db
    .selectFrom('surveys')
    .select(['id', 'title', 'created_at'])
    .where('template', '=', SATISFACTION_TEMPLATE)
    .where('created_at', '<=', `${to}T23:59:59.999Z`)
    // only surveys the rollup has seen answered
    .where('id', 'in', db.selectFrom('insights_satisfaction').select('survey_id'))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(2)
    .execute();
  const [latest, before] = surveys;
  if (!latest) return null;
  const now = await scoreOf(db, latest, filter, scope, minGroup);
  const previous = before ? await scoreOf(db, before, filter, scope, minGroup) : null;
  return {
    ...now,
    previous,
    change: {
      averageRating: diff(now.averageRating, previous?.averageRating),
      nps: diff(now.nps, previous?.nps),
    },
  };
}
