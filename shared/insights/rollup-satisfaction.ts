/**
 * Satisfaction surveys into the rollups: a survey made from the `satisfaction` template is the
 * satisfaction survey (surveys.template); its overall rating (question `satisfaction`, 1–5) and
 * its recommendation score (question `recommend`, 0–10: promoters 9–10, detractors 0–6) are
 * summed per cell of the respondents. A survey is recomputed whole on each day it was answered,
 * so its rows are always its figures to date.
 */
import { sql } from 'kysely';
import { addDays, startOfDay } from './insights-day.js';
import type { CellKey, InsightsDb, SatisfactionRow } from './insights-tables.js';
import { cellKeyOf, platformBit, segmentColumns } from './segments.js';

export const SATISFACTION_TEMPLATE = 'satisfaction';
const RATING = 'satisfaction';
const RECOMMEND = 'recommend';
/** an anonymous answer has no person: no department, site or kind, it counts overall only */
const UNKNOWN: CellKey = { department: '', site: '', kind: '' };

/** the satisfaction surveys answered (or answers changed) on `day` */
export async function satisfactionSurveysOfDay(db: InsightsDb, day: string): Promise<string[]> {
  const rows = await db
    .selectFrom('survey_responses as r')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .select('r.survey_id')
    .where('s.template', '=', SATISFACTION_TEMPLATE)
    .where('r.updated_at', '>=', startOfDay(day).toISOString())
    .where('r.updated_at', '<', startOfDay(addDays(day, 1)).toISOString())
    .distinct()
    .execute();
  return rows.map((r) => r.survey_id);
}

/** the tab answers as 'web'; the API's answers count on no platform but '*' */
const platformOf = (platform: string | null) => (platform === 'web' ? 'tab' : platform);

export async function rollupSurvey(db: InsightsDb, surveyId: string): Promise<void> {
  // each respondent's segment as the day is rolled up (p.id null: gone from the directory)
  const { rows: responses } = await sql<{
    respondent: string;
    person_id: string | null;
    platform: string | null;
    known: string | null;
    department: string;
    site: string;
    kind: string;
  }>`select r.respondent, r.person_id, r.platform, p.id as known, ${segmentColumns}
    from survey_responses r left join people p on p.id = r.person_id and p.active = 1
    where r.survey_id = ${surveyId}`.execute(db);
  const answers = await db
    .selectFrom('survey_answers')
    .select(['respondent', 'question_id', 'value'])
    .where('survey_id', '=', surveyId)
    .where('question_id', 'in', [RATING, RECOMMEND])
    .execute();
  const given = new Map<string, { rating?: number; score?: number }>();
  for (const a of answers) {
    const value = Number(JSON.parse(a.value));
    if (!Number.isFinite(value)) continue;
    const entry = given.get(a.respondent) ?? {};
    if (a.question_id === RATING) entry.rating = value;
    else entry.score = value;
    given.set(a.respondent, entry);
  }
  const rows = new Map<string, SatisfactionRow>();
  for (const r of responses) {
    const answer = given.get(r.respondent);
    if (!answer) continue;
    // a person gone from the directory is left out, as in every other figure
    if (r.person_id && !r.known) continue;
    const key = r.person_id ? cellKeyOf(r) : UNKNOWN;
    const platform = platformOf(r.platform);
    for (const p of ['*', platform]) {
      if (p !== '*' && !platformBit(p)) continue;
      const name = `${p}\u0000${key.department}\u0000${key.site}\u0000${key.kind}`;
      let row = rows.get(name);
      if (!row) {
        row = {
          survey_id: surveyId,
          platform: p!,
          ...key,
          respondents: 0,
          rating_sum: 0,
          rating_count: 0,
          promoters: 0,
          passives: 0,
          detractors: 0,
        };
        rows.set(name, row);
      }
      row.respondents++;
      if (answer.rating !== undefined) {
        row.rating_sum += answer.rating;
        row.rating_count++;
      }
      if (answer.score !== undefined) {
        if (answer.score >= 9) row.promoters++;
        else if (answer.score >= 7) row.passives++;
        else row.detractors++;
      }
    }
  }
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('insights_satisfaction').where('survey_id', '=', surveyId).execute();
    const values = [...rows.values()];
    for (let i = 0; i < values.length; i += 400)
      await tx
        .insertInto('insights_satisfaction')
        .values(values.slice(i, i + 400))
        .execute();
  });
}

/** the phase: every satisfaction survey answered on `day`, recomputed */
export async function rollupSatisfaction(db: InsightsDb, day: string): Promise<number> {
  const ids = await satisfactionSurveysOfDay(db, day);
  for (const id of ids) await rollupSurvey(db, id);
  return ids.length;
}
