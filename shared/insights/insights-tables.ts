/** The insights tables as Kysely types (migration 025-insights), joined to the core schema. */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { cellCounters } from './migrations/025-insights.js';
import type { satisfactionCounters } from './migrations/030-insights-satisfaction.js';
import type { groupCellCounters, groupDayCounters } from './migrations/031-insights-groups.js';

export type CellCounter = (typeof cellCounters)[number];

/** the segment of a cell: department and site '' when unknown, kind member | guest */
export interface CellKey {
  department: string;
  site: string;
  kind: string;
}

export type CellRow = CellKey & { day: string; platform: string } & Record<CellCounter, number>;

/** migration 031's counters on the cells, written by the groups phase (0 until then) */
export type GroupCellCounter = (typeof groupCellCounters)[number];
export type CellTableRow = CellRow & Record<GroupCellCounter, Generated<number>>;
export type GroupDayRow = { day: string; group_id: string } & Record<
  (typeof groupDayCounters)[number],
  number
>;

export type SatisfactionCounter = (typeof satisfactionCounters)[number];
export type SatisfactionRow = CellKey & { survey_id: string; platform: string } & Record<
    SatisfactionCounter,
    number
  >;

export type InsightsTables = {
  insights_active_days: {
    person_id: string;
    month: string;
    days_any: number;
    days_teams: number;
    days_slack: number;
    days_tab: number;
  };
  insights_cells: CellTableRow;
  /** cells summed per day: everyone, per department, per site, per kind (others '*') */
  insights_totals: CellTableRow;
  /** migration 031: per day and group, members, guests, invitations and charters */
  insights_groups: GroupDayRow;
  insights_items: CellKey & {
    news_id: string;
    platform: string;
    delivered: number;
    read: number;
    acknowledged: number;
    ack_histogram: string;
    first_sent: string | null;
  };
  insights_tours: CellKey & {
    tour_id: string;
    month: string;
    started: number;
    completed: number;
    days_histogram: string;
    stopped_at_step: string;
  };
  /** migration 030: per satisfaction survey and cell, respondents, rating and recommendation */
  insights_satisfaction: SatisfactionRow;
  insights_runs: {
    day: string;
    phase: number;
    started_at: string;
    finished_at: string | null;
    /** the minimum group size the day's cells were pooled at (null: before migration 037) */
    pooled_at: Generated<number | null>;
  };
  insights_digest_subscribers: { person_id: string; at: string };
  // read from other capabilities' tables (news, tours), named here for the queries only
  news: { id: string; variants: string; strategic: number; published_at: string | null; status: string };
  news_signals: { news_id: string; person_id: string; kind: string; platform: string | null; at: string };
  journeys: {
    id: string;
    tour_id: string;
    person_id: string;
    status: string;
    started_at: string;
    completed_at: string | null;
    current_step: number;
  };
  tours: { id: string; name: string; steps: string };
  surveys: { id: string; title: string; template: string | null; created_at: string };
  survey_responses: {
    survey_id: string;
    respondent: string;
    person_id: string | null;
    platform: string | null;
    updated_at: string;
  };
  survey_answers: { survey_id: string; respondent: string; question_id: string; value: string };
  groups: { id: string; name_fr: string | null; name_en: string | null; archived_at: string | null };
  group_members: { group_id: string; person_id: string; removed_at: string | null };
};

export type InsightsDb = Kysely<Database & InsightsTables>;

export const insightsDb = (store: Store): InsightsDb => store.db.withTables<InsightsTables>();
