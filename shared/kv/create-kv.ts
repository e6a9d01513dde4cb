/**
 * Key-value state with TTL through keyv: Redis (`@keyv/redis`) when REDIS_URL is set, else the
 * main database's kv table (SqlKvStore), so the embedded default needs no second native SQLite
 * build. Each namespace is a separate key space on either backend: `clear()` never crosses it.
 */
import Keyv from 'keyv';
import type { Logger } from '../logging/logger.js';
import { keyvRedisDriver } from '../store/backend-drivers.js';
import type { Store } from '../store/store.js';
import { SqlKvStore } from './sql-kv-store.js';

export interface KvOptions {
  redisUrl?: string;
  /** key space; default 'relais'. Keep one per purpose (e.g. 'slack-installations'). */
  namespace?: string;
  /** SQL backend only: how often expired rows are deleted, default 60 s */
  sweepIntervalMs?: number;
  /** where background failures (the SQL sweeper, Redis reconnects) are logged */
  logger?: Logger;
}

export const DEFAULT_KV_NAMESPACE = 'relais';

export function createKv(store: Store, options: KvOptions = {}): Keyv {
  const namespace = options.namespace ?? DEFAULT_KV_NAMESPACE;
  if (namespace.length === 0) {
    // an empty namespace would make clear() wipe every key space (and FLUSHDB-like scans on Redis)
    throw new Error('createKv: namespace must not be empty');
  }
  // Keyv swallows storage errors by default (get → undefined, set → false); callers must see a
  // database or Redis failure instead, so both backends throw.
  const kv = options.redisUrl
    ? // createKeyv gives the adapter the namespace itself (keys `namespace::key`), so clear() scans
      // only that namespace instead of the whole Redis database.
      keyvRedisDriver().createKeyv(options.redisUrl, {
        namespace,
        throwOnConnectError: true,
        throwOnErrors: true,
      })
    : new Keyv({
        store: new SqlKvStore(store, { sweepIntervalMs: options.sweepIntervalMs }),
        namespace,
        throwOnErrors: true,
      });
  const logger = options.logger;
  if (logger)
    kv.on('error', (error: unknown) => logger.warn({ err: error, namespace }, 'key-value store error'));
  return kv;
}
