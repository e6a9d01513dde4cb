/**
 * Poll settings from the environment, spread into the one config schema (shared/config):
 * POLL_ANONYMITY_KEY (the secret behind anonymous ballots; every instance on one database must
 * share it; unset → a key file in DATA_DIR) and POLL_REFRESH_WINDOW_MS (a shared poll card is
 * updated at most once per window after votes).
 */
import { z } from 'zod';

export const pollEnvSchema = {
  POLL_ANONYMITY_KEY: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 32)').optional()),
  POLL_REFRESH_WINDOW_MS: z.coerce.number().int().min(200).max(60_000).default(2_000),
};

export interface PollConfig {
  /** POLL_ANONYMITY_KEY; undefined → DATA_DIR/poll-anonymity.key */
  anonymityKey?: string;
  /** POLL_REFRESH_WINDOW_MS: debounce of shared card updates */
  refreshWindowMs: number;
}

export const pollConfigFrom = (e: {
  POLL_ANONYMITY_KEY?: string;
  POLL_REFRESH_WINDOW_MS: number;
}): PollConfig => ({ anonymityKey: e.POLL_ANONYMITY_KEY, refreshWindowMs: e.POLL_REFRESH_WINDOW_MS });
