/**
 * Ambassador settings from the environment (spread into shared/config/config.ts):
 * AMBASSADOR_INACTIVE_DAYS (a colleague with no interaction for that long needs a hand),
 * AMBASSADOR_DIGEST_SIZE (colleagues per weekly digest), AMBASSADOR_RELAYS_PER_WEEK (relay
 * requests an ambassador receives at most per week).
 */
import { z } from 'zod';

export const ambassadorEnvSchema = {
  AMBASSADOR_INACTIVE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  AMBASSADOR_DIGEST_SIZE: z.coerce.number().int().min(1).max(50).default(10),
  AMBASSADOR_RELAYS_PER_WEEK: z.coerce.number().int().min(1).max(20).default(3),
};

export interface AmbassadorConfig {
  inactiveDays: number;
  digestSize: number;
  relaysPerWeek: number;
}

export const ambassadorConfigFrom = (e: {
  AMBASSADOR_INACTIVE_DAYS: number;
  AMBASSADOR_DIGEST_SIZE: number;
  AMBASSADOR_RELAYS_PER_WEEK: number;
}): AmbassadorConfig => ({
  inactiveDays: e.AMBASSADOR_INACTIVE_DAYS,
  digestSize: e.AMBASSADOR_DIGEST_SIZE,
  relaysPerWeek: e.AMBASSADOR_RELAYS_PER_WEEK,
});

/** Defaults, for cores built without the environment (tests that pass a partial config). */
export const defaultAmbassadorConfig: AmbassadorConfig = {
  inactiveDays: 14,
  digestSize: 10,
  relaysPerWeek: 3,
};
