/**
 * Insights settings from the environment (spread into shared/config/config.ts):
 * INSIGHTS_MIN_GROUP_SIZE (a segment with fewer people is never shown: it joins "other"),
 * INSIGHTS_RETENTION_DAYS (raw events older than that are deleted once rolled up; only the
 * aggregates remain).
 */
import { z } from 'zod';

export const insightsEnvSchema = {
  INSIGHTS_MIN_GROUP_SIZE: z.coerce.number().int().min(2).max(1000).default(5),
  INSIGHTS_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(395),
};

export interface InsightsConfig {
  minGroupSize: number;
  retentionDays: number;
}

export const insightsConfigFrom = (e: {
  INSIGHTS_MIN_GROUP_SIZE: number;
  INSIGHTS_RETENTION_DAYS: number;
}): InsightsConfig => ({ minGroupSize: e.INSIGHTS_MIN_GROUP_SIZE, retentionDays: e.INSIGHTS_RETENTION_DAYS });

export const defaultInsightsConfig: InsightsConfig = { minGroupSize: 5, retentionDays: 395 };
