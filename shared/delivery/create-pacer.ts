/** Picks the Pacer: Redis when REDIS_URL is set (like the kv and the once guard), else the main database. */
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import type { Pacer, PacingRates } from './pacer.js';
import type { PacerClock } from './pacer-clock.js';
import { RedisPacer } from './redis-pacer.js';
import { SqlPacer } from './sql-pacer.js';

export interface PacerOptions {
  redisUrl?: string;
  rates: PacingRates;
  /** Redis only: key prefix, default 'relais:pacer:' (tests keep runs apart with it) */
  redisPrefix?: string;
  logger?: Logger;
  /** the system clock unless a test injects one (pacer-clock.ts) */
  clock?: PacerClock;
}

export function createPacer(store: Store, options: PacerOptions): Pacer {
  return options.redisUrl
    ? new RedisPacer({
        redisUrl: options.redisUrl,
        rates: options.rates,
        prefix: options.redisPrefix,
        logger: options.logger,
        clock: options.clock,
      })
    : new SqlPacer(store, options.rates, options.clock);
}
