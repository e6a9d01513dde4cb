/**
 * Satisfaction in the rollups: per satisfaction survey (a survey made from the `satisfaction`
 * template) and cell, the respondents, the overall rating (1–5: sum and count, averages add up
 * that way) and the recommendation score's promoters, passives and detractors (0–10, for the NPS).
 * Platform '*' is every answer, else the platform it was given on. Answers to an anonymous survey
 * carry no person, so they sit in the cell with no department, site or kind: they count overall
 * and in no segment.
 */
import type { Kysely, Migration } from 'kysely';

export const insightsSatisfactionMigration = (): Migration => ({ up });

async function up(db: Kysely<unknown>): Promise<void> {
  let table = db.schema
    .createTable('insights_satisfaction')
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('site', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull());
  for (const name of satisfactionCounters)
    table = table.addColumn(name, 'integer', (c) => c.notNull().defaultTo(0));
  await table
    .addPrimaryKeyConstraint('insights_satisfaction_pk', [
      'survey_id',
      'platform',
      'department',
      'site',
      'kind',
    ])
    .execute();
}

export const satisfactionCounters = [
  'respondents',
  'rating_sum',
  'rating_count',
  'promoters',
  'passives',
  'detractors',
] as const;
