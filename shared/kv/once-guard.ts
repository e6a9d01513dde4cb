/**
 * "Do this once": claim a key for a TTL, race-free across every instance sharing the state. The
 * first caller within the TTL wins; every other caller, in this process or another, loses. Used
 * to drop retried platform deliveries; claimChange (the same key claimed again only with the
 * same value loses) drops double clicks without dropping a corrected choice.
 *
 * keyv cannot do this (it has no set-if-absent: a read then a write lets two instances both
 * win), so the claim is one atomic operation on the backend itself: `SET NX PX` on Redis when
 * REDIS_URL is set, else one upsert on the main database's kv table (SQLite or PostgreSQL).
 */
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import { RedisOnceGuard } from './once-guard-redis.js';
import { SqlOnceGuard } from './once-guard-sql.js';

export interface OnceClaim {
  key: string;
  ttlMs: number;
  /** with a value, the claim follows claimChange's rule rather than claim's */
  value?: string;
}

export interface OnceGuard {
  /** true for the first caller within the TTL, false for every other caller on any instance */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * several claims in one round trip (one statement on SQL, one pipeline on Redis), each won or
   * lost as claim() (or, with a value, claimChange()) would; a key repeated in the list is lost
   * after its first. Optional: without it, callers claim one by one.
   */
  claimAll?(claims: readonly OnceClaim[]): Promise<boolean[]>;
  /**
   * Like claim, but a key held with another value is taken over too: true when the key is free,
   * expired, or holds a different value (it then holds `value` for ttlMs); false only when it
   * holds this very value. "The same as the last one" rather than "seen before": A, B, A all
   * pass, A, A does not. Atomic across instances like claim.
   */
  claimChange(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** releases connections the guard opened itself (Redis); the Store is its owner's to close */
  close?(): Promise<void>;
}

export interface OnceGuardOptions {
  redisUrl?: string;
  /**
   * prepended to every key, default 'once:'. On SQL it keeps claims apart from keyv's
   * `namespace:key` rows in the same table (do not name a keyv namespace 'once').
   */
  prefix?: string;
  /** where Redis connection failures are logged */
  logger?: Logger;
}

export const DEFAULT_ONCE_PREFIX = 'once:';

export function createOnceGuard(store: Store, options: OnceGuardOptions = {}): OnceGuard {
  const prefix = options.prefix ?? DEFAULT_ONCE_PREFIX;
  if (prefix.length === 0) throw new Error('createOnceGuard: prefix must not be empty');
  return options.redisUrl
    ? new RedisOnceGuard({ redisUrl: options.redisUrl, prefix, logger: options.logger })
    : new SqlOnceGuard(store, prefix);
}
