/**
 * The JobQueue port: durable background work (fan-out sends, scheduled publishing, drip steps,
 * reminders, auto-close). Two implementations pass one contract suite (test/contract/job-queue):
 * a table-backed queue in the main database (default) and BullMQ on Redis (REDIS_URL).
 *
 * Semantics both honour:
 * - at-least-once: a handler may run again after a crash, so handlers are idempotent;
 * - `jobId` makes `add` idempotent: adding an id that is waiting, delayed or running is a no-op;
 *   so is adding the id of a completed job while it is retained (a day by default), so a resumed
 *   fan-out does not redo finished work; adding the id of a failed job replaces it with a fresh
 *   one (new data, attempts from 1). Ids are any string (':' included);
 * - `runAt` / `delayMs` delay a job; `attempts` with exponential `backoffMs` retries a failing one;
 * - a handler throwing `RetryLaterError` is retried after its delay without spending an attempt
 *   (rate limits), anything else spends one;
 * - a worker that dies mid-job loses its lease and the job runs again elsewhere once the lease
 *   (QueueTiming.leaseMs, renewed while the job runs) has run out; so does a handler still
 *   running when `close` stops waiting (QueueTiming.drainMs);
 * - completed and failed jobs are deleted after their retention (QueueTiming), and `getState`
 *   then answers undefined.
 */
export interface JobOptions {
  /** unique id: adding the same id twice while it is pending runs it once */
  jobId?: string;
  /** run no earlier than this time */
  runAt?: Date;
  /** or no earlier than this many ms from now */
  delayMs?: number;
  /** total tries, default 5 */
  attempts?: number;
  /** first backoff in ms, doubled each retry with jitter, default 1000 */
  backoffMs?: number;
}

export interface JobInfo<T = unknown> {
  id: string;
  queue: string;
  data: T;
  /** 1 on the first run */
  attempt: number;
}

export type JobHandler<T = unknown> = (job: JobInfo<T>) => Promise<void>;

export interface WorkerOptions {
  /** jobs run at once by this worker, default 4 */
  concurrency?: number;
}

export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobQueue {
  add<T>(queue: string, data: T, options?: JobOptions): Promise<string>;
  /**
   * Adds several jobs to one queue, each with the semantics of `add` (a fan-out's jobs in a few
   * statements instead of one each); resolves with their ids in order.
   */
  addMany<T>(queue: string, jobs: readonly { data: T; options?: JobOptions }[]): Promise<string[]>;
  /** Registers the handler for one queue and starts pulling jobs from it. */
  process<T>(queue: string, handler: JobHandler<T>, options?: WorkerOptions): void;
  /** Job state for progress and tests; undefined when unknown or cleaned up. */
  getState(queue: string, jobId: string): Promise<JobState | undefined>;
  /** Removes a pending job (cancel a scheduled publish); true when something was removed. */
  remove(queue: string, jobId: string): Promise<boolean>;
  /** Counts by state, for /metrics and progress. */
  counts(queue: string): Promise<Record<JobState, number>>;
  /**
   * Stops pulling new jobs and waits for the running ones, at most QueueTiming.drainMs: a handler
   * still running then is logged and left to its lease (no longer renewed), so another instance
   * runs the job again. Once close resolves, this queue touches the store no more and the caller
   * may close it; a handler left running may still fail against it, which is why it runs again.
   */
  close(): Promise<void>;
}

/** Thrown by a handler to be retried after a delay without spending an attempt (e.g. 429). */
export class RetryLaterError extends Error {
  readonly delayMs: number;
  constructor(delayMs: number, message = `retry in ${delayMs} ms`) {
    super(message);
    this.name = 'RetryLaterError';
    this.delayMs = delayMs;
  }
}
