/**
 * Helpers for the JobQueue contract suites: a queue on a test backend with fast clocks, unique
 * queue names, and polling waits (no fixed sleeps where a condition can be awaited).
 */
import { createJobQueue } from '../../shared/jobs/create-job-queue.js';
import type { JobQueue } from '../../shared/jobs/queue.js';
import type { QueueTiming } from '../../shared/jobs/queue-timing.js';
import { createLogger, type Logger } from '../../shared/logging/logger.js';
import type { Backend } from '../harness/databases.js';

export const FAST_TIMING: Partial<QueueTiming> = {
  leaseMs: 1_000,
  pollIntervalMs: 100,
  cleanupIntervalMs: 100,
};

let queueCounter = 0;
export const uniqueQueueName = (label: string): string => `${label}-${process.pid}-${queueCounter++}`;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** Opens JobQueue instances on one backend (each with its own store connection) and closes them all. */
export class QueueFactory {
  private readonly opened: JobQueue[] = [];

  constructor(private readonly backend: () => Backend) {}

  async open(timing: Partial<QueueTiming> = {}, logger?: Logger): Promise<JobQueue> {
    const b = this.backend();
    const store = await b.openStore();
    const queue = createJobQueue(store, {
      redisUrl: b.redisUrl,
      redisPrefix: b.redisPrefix,
      logger: logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      timing: { ...FAST_TIMING, ...timing },
    });
    this.opened.push(queue);
    return queue;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((queue) => queue.close()));
  }
}
