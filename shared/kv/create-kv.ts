/**
 * Key-value state with TTL through keyv: Redis when REDIS_URL is set, else the main database
 * (kv table) so the embedded default needs no second native SQLite build.
 * PLACEHOLDER until the storage work lands: in-memory keyv.
 */
import Keyv from 'keyv';
import type { Store } from '../store/store.js';

export interface KvOptions {
  redisUrl?: string;
  namespace?: string;
}

export function createKv(_store: Store, options: KvOptions): Keyv {
  return new Keyv({ namespace: options.namespace ?? 'relais' });
}
