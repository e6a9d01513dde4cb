/**
 * The JobQueue on Redis through BullMQ, used when REDIS_URL is set: one BullMQ Queue per queue
 * name, one Worker per processed queue. Mapping of the port's semantics:
 * - unique ids: BullMQ's jobId (re-adding a pending, running or retained completed id is a no-op);
 *   a failed id is removed and added afresh, like the table queue. BullMQ forbids ':' and
 *   integer-looking custom ids, so ids are encoded (`j-` prefix, ':' and '%' escaped);
 * - retries: `attempts` with BullMQ's exponential backoff, jitter 0.5 (same range as the table);
 * - RetryLaterError: `job.moveToDelayed` + DelayedError, which re-runs the job later without
 *   counting an attempt;
 * - crashed workers: the job's lock (lockDuration = leaseMs, renewed by BullMQ while it runs)
 *   expires and the stalled-job check of any live worker puts it back to wait. Unlike the table
 *   queue, a stall does not spend an attempt; a job stalling more than MAX_STALLED_COUNT times fails;
 * - close: Worker.close() waits for the running jobs, up to drainMs; past it the connections are
 *   cut, so their locks are no longer extended and a live worker's stalled check takes them back.
 */
import { randomUUID } from 'node:crypto';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logging/logger.js';
import { bullmqDriver, ioredisDriver } from '../store/backend-drivers.js';
import {
  type JobHandler,
  type JobOptions,
  type JobQueue,
  type JobState,
  RetryLaterError,
  type WorkerOptions,
} from './queue.js';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_CONCURRENCY,
  type QueueTiming,
  resolveTiming,
  settledWithin,
} from './queue-timing.js';

export interface BullmqQueueOptions {
  redisUrl: string;
  logger: Logger;
  /** Redis key prefix of every queue, default 'relais' */
  prefix?: string;
  timing?: Partial<QueueTiming>;
}

const MAX_STALLED_COUNT = 3;

export class BullmqJobQueue implements JobQueue {
  private readonly timing: QueueTiming;
  private readonly prefix: string;
  /** for adds, state and counts: fails after a few retries so an HTTP request does not hang */
  private readonly connection: Redis;
  /** for workers: BullMQ requires maxRetriesPerRequest null there (it blocks on Redis) */
  private workerConnection: Redis | undefined;
  private readonly queues = new Map<string, Queue>();
  private readonly workers = new Map<string, Worker>();
  /** jobs whose handler runs in this process, as `queue/id` (logged when close stops waiting) */
  private readonly running = new Set<string>();
  private closing: Promise<void> | undefined;
  /** close() gave up waiting for running handlers: their outcomes go nowhere */
  private abandoned = false;
  /** BullMQ itself, loaded with the first queue on Redis (backend-drivers.ts) */
  private readonly bullmq = bullmqDriver();

  constructor(private readonly options: BullmqQueueOptions) {
    this.timing = resolveTiming(options.timing);
    this.prefix = options.prefix ?? 'relais';
    // in ESM, BullMQ cannot build an ioredis client from options: it is given instances
    this.connection = this.connect({ maxRetriesPerRequest: 3 });
  }

  async add<T>(queue: string, data: T, options: JobOptions = {}): Promise<string> {
    const id = options.jobId ?? randomUUID();
    const bullId = encodeJobId(id);
    const log = this.options.logger.child({ queue, jobId: id });
    const q = this.queueFor(queue);
    if (options.jobId) {
      const existing = await q.getJob(bullId);
      const state = existing ? await existing.getState() : undefined;
      if (state === 'failed') {
        await q.remove(bullId);
      } else if (existing && state !== 'unknown') {
        log.debug({ state }, 'job not added: this id is already pending, running or recently completed');
        return id;
      }
    }
    const delay = options.runAt ? options.runAt.getTime() - Date.now() : (options.delayMs ?? 0);
    await q.add(queue, data, {
      jobId: bullId,
      delay: Math.max(0, delay),
      attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
      backoff: {
        type: 'exponential',
        delay: Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS),
        jitter: 0.5,
      },
      removeOnComplete: { age: Math.ceil(this.timing.completedRetentionMs / 1000) },
      removeOnFail: { age: Math.ceil(this.timing.failedRetentionMs / 1000) },
    });
    log.debug({ delayMs: Math.max(0, delay) }, 'job added');
    return id;
  }

  async addMany<T>(queue: string, jobs: readonly { data: T; options?: JobOptions }[]): Promise<string[]> {
    // one by one: `add` reads a reused id's state first (a failed job is replaced), which BullMQ's
    // addBulk cannot do; on Redis each add is a couple of round trips, not a database commit
    const ids: string[] = [];
    for (const job of jobs) ids.push(await this.add(queue, job.data, job.options));
    return ids;
  }

  process<T>(queue: string, handler: JobHandler<T>, options: WorkerOptions = {}): void {
    if (this.closing) throw new Error('job queue is closed');
    if (this.workers.has(queue)) throw new Error(`queue ${queue} already has a worker in this process`);
    const processor = async (job: Job<T>, token?: string): Promise<void> => {
      const id = decodeJobId(job.id ?? '');
      const attempt = job.attemptsMade + 1;
      const log = this.options.logger.child({ queue, jobId: id, attempt });
      log.debug('job started');
      const running = `${queue}/${id}`;
      this.running.add(running);
      try {
        await handler({ id, queue, data: job.data, attempt });
      } catch (error) {
        if (this.abandoned) throw error;
        if (error instanceof RetryLaterError) {
          const runAt = Date.now() + error.delayMs;
          log.warn({ error: error.message, runAt: new Date(runAt).toISOString() }, 'job will run again');
          await job.moveToDelayed(runAt, token);
          throw new this.bullmq.DelayedError();
        }
        const last = attempt >= (job.opts.attempts ?? 1);
        if (last) log.error({ err: error }, 'job failed: no attempts left');
        else log.warn({ err: error }, 'job will run again');
        throw error;
      } finally {
        this.running.delete(running);
      }
      if (this.abandoned) {
        log.warn('job ended after the queue stopped waiting for it: it will run again elsewhere');
        return;
      }
      log.debug('job completed');
    };
    this.workerConnection ??= this.connect({ maxRetriesPerRequest: null });
    const worker = new this.bullmq.Worker<T>(queue, processor, {
      connection: this.workerConnection,
      prefix: this.prefix,
      concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
      lockDuration: this.timing.leaseMs,
      stalledInterval: this.timing.leaseMs,
      maxStalledCount: MAX_STALLED_COUNT,
    });
    worker.on('error', (error) => this.options.logger.error({ err: error, queue }, 'job worker error'));
    worker.on('stalled', (jobId) =>
      this.options.logger.warn(
        { queue, jobId: decodeJobId(jobId) },
        'job stalled: its worker stopped renewing the lock',
      ),
    );
    this.workers.set(queue, worker);
  }

  async getState(queue: string, jobId: string): Promise<JobState | undefined> {
    const job = await this.queueFor(queue).getJob(encodeJobId(jobId));
    if (!job) return undefined;
    return toJobState(await job.getState());
  }

  async remove(queue: string, jobId: string): Promise<boolean> {
    const q = this.queueFor(queue);
    const job = await q.getJob(encodeJobId(jobId));
    if (!job) return false;
    const state = toJobState(await job.getState());
    if (state !== 'waiting' && state !== 'delayed') return false;
    // 0 when a worker locked it in between: it is running, no longer pending
    const removed = (await q.remove(encodeJobId(jobId))) === 1;
    if (removed) this.options.logger.debug({ queue, jobId }, 'job removed');
    return removed;
  }

  async counts(queue: string): Promise<Record<JobState, number>> {
    const c = await this.queueFor(queue).getJobCounts(
      'waiting',
      'prioritized',
      'waiting-children',
      'delayed',
      'active',
      'completed',
      'failed',
    );
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0),
      delayed: c.delayed ?? 0,
      active: c.active ?? 0,
      completed: c.completed ?? 0,
      failed: c.failed ?? 0,
    };
  }

  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    // workers first: Worker.close() stops fetching and waits for the jobs running in this process
    const workersClosed = Promise.all([...this.workers.values()].map((worker) => worker.close()));
    if (!(await settledWithin(workersClosed, this.timing.drainMs))) {
      this.abandoned = true;
      this.options.logger.warn(
        { jobs: [...this.running], drainMs: this.timing.drainMs },
        'job queue closed while jobs still ran: left to their locks, they will run again elsewhere',
      );
      // the rest of Worker.close() ends when those handlers do; its failures are logged by 'error'
      workersClosed.catch(() => undefined);
    }
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.workers.clear();
    this.queues.clear();
    await this.connection.quit();
    if (this.abandoned) {
      // quit would wait for the abandoned jobs' commands; cutting the connection also ends the
      // renewal of their locks, so a live worker's stalled check hands them out again
      this.workerConnection?.disconnect();
    } else await this.workerConnection?.quit();
  }

  private connect(options: { maxRetriesPerRequest: number | null }): Redis {
    const connection = new (ioredisDriver().Redis)(this.options.redisUrl, options);
    connection.on('error', (error) =>
      this.options.logger.error({ err: error }, 'job queue: Redis connection error'),
    );
    return connection;
  }

  private queueFor(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new this.bullmq.Queue(name, { connection: this.connection, prefix: this.prefix });
      queue.on('error', (error) => this.options.logger.error({ err: error, queue: name }, 'job queue error'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}

function toJobState(state: string): JobState | undefined {
  switch (state) {
    case 'waiting':
    case 'prioritized':
    case 'waiting-children':
      return 'waiting';
    case 'delayed':
    case 'active':
    case 'completed':
    case 'failed':
      return state;
    default:
      return undefined;
  }
}

/** BullMQ rejects custom ids with ':' or that parse as integers: prefix and escape reversibly. */
export function encodeJobId(id: string): string {
  return `j-${id.replaceAll('%', '%25').replaceAll(':', '%3A')}`;
}

export function decodeJobId(bullId: string): string {
  if (!bullId.startsWith('j-')) return bullId;
  return bullId.slice(2).replaceAll('%3A', ':').replaceAll('%25', '%');
}
