/**
 * Picks the JobQueue implementation: BullMQ on Redis when REDIS_URL is set, else the durable
 * table-backed queue in the main database.
 */
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import { BullmqJobQueue } from './bullmq-queue.js';
import type { JobQueue } from './queue.js';
import type { QueueTiming } from './queue-timing.js';
import { TableJobQueue } from './table-queue.js';

export interface JobQueueOptions {
  redisUrl?: string;
  logger: Logger;
  /** BullMQ only: Redis key prefix of every queue, default 'relais' */
  redisPrefix?: string;
  /** lease, polling and retention clocks; production defaults when left out */
  timing?: Partial<QueueTiming>;
}

export function createJobQueue(store: Store, options: JobQueueOptions): JobQueue {
  if (options.redisUrl) {
    options.logger.info('job queue: BullMQ on Redis');
    return new BullmqJobQueue({
      redisUrl: options.redisUrl,
      logger: options.logger,
      prefix: options.redisPrefix,
      timing: options.timing,
    });
  }
  options.logger.info({ database: store.dialect }, 'job queue: table-backed in the main database');
  return new TableJobQueue(store, { logger: options.logger, timing: options.timing });
}
