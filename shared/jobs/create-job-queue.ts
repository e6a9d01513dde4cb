/**
 * Picks the JobQueue implementation: BullMQ on Redis when REDIS_URL is set, else the durable
 * table-backed queue in the main database.
 * PLACEHOLDER until the storage work lands.
 */
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import type { JobQueue } from './queue.js';

export interface JobQueueOptions {
  redisUrl?: string;
  logger: Logger;
}

export function createJobQueue(_store: Store, _options: JobQueueOptions): JobQueue {
  throw new Error('job queue not implemented yet');
}
