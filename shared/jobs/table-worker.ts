/**
 * One queue's worker for the table-backed queue: claims due jobs up to its concurrency, runs the
 * handler under a lease it renews, and records the outcome (completed, retried with backoff,
 * re-delayed without spending an attempt, failed). Idle, it sleeps until the next job is due, the
 * poll interval passes, a job is added in this process, or one of its own jobs finishes.
 * Stopped, it waits for its running jobs up to a bound, then abandons the rest to their leases.
 */
import type { Logger } from '../logging/logger.js';
import type { Store } from '../store/store.js';
import { type JobHandler, RetryLaterError } from './queue.js';
import { type QueueTiming, retryDelayMs, settledWithin } from './queue-timing.js';
import {
  claimDueJobs,
  type JobRow,
  nextRunAt,
  recoverExpiredLeases,
  renewLease,
  type Settlement,
} from './table-claims.js';
import { SettleBatcher } from './table-settles.js';

/** longest a claim waits for more free slots (only with at least 8 slots, while jobs run) */
export const CLAIM_BATCH_WAIT_MS = 50;

export interface TableWorkerOptions {
  store: Store;
  queue: string;
  handler: JobHandler<unknown>;
  concurrency: number;
  timing: QueueTiming;
  workerId: string;
  logger: Logger;
}

export class TableWorker {
  /** each running job's run, by the job's id (for the log of jobs left running at stop) */
  private readonly running = new Map<Promise<void>, string>();
  /** each running job's lease renewal: cleared when its job ends or is abandoned */
  private readonly renewals = new Set<NodeJS.Timeout>();
  /** stop() gave up waiting: jobs still running are left to their leases, their outcomes unwritten */
  private abandoned = false;
  /** outcomes handed to the batcher and not written yet: a job's slot is free meanwhile */
  private readonly settling = new Set<Promise<void>>();
  private readonly settles: SettleBatcher;
  private stopped = false;
  private wakePending = false;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private lastRecovery = 0;
  /** since when a claim has been put off for a bigger batch (batchWaitMs) */
  private shortSince: number | undefined;

  constructor(private readonly options: TableWorkerOptions) {
    this.settles = new SettleBatcher(options.store, options.queue, options.timing.settleBatchMs);
  }

  start(): void {
    this.loopDone = this.loop();
  }

  /** Looks for due jobs now instead of at the end of the current sleep. */
  wake(): void {
    this.wakePending = true;
    this.wakeUp?.();
  }

  /**
   * Stops claiming, waits up to `drainMs` for the jobs already running and writes their outcomes.
   * Jobs still running then are abandoned: their leases are no longer renewed and their outcomes
   * not written (the store is about to close), so another worker runs them again after the lease.
   */
  async stop(drainMs: number): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.loopDone;
    if (!(await settledWithin(Promise.allSettled([...this.running.keys()]), drainMs))) {
      this.abandoned = true;
      for (const renewal of this.renewals) clearInterval(renewal);
      this.renewals.clear();
      this.options.logger.warn(
        { queue: this.options.queue, jobIds: [...this.running.values()], drainMs },
        'job queue closed while jobs still ran: left to their leases, they will run again elsewhere',
      );
    }
    await this.settles.drain();
    await Promise.allSettled([...this.settling]);
  }

  private async loop(): Promise<void> {
    const { store, queue, concurrency, timing, workerId, logger } = this.options;
    // the first look claims at once; afterwards a timer's look reads before it writes
    let woken = true;
    while (!this.stopped) {
      woken ||= this.wakePending;
      this.wakePending = false;
      const free = concurrency - this.running.size;
      let sleepMs = timing.pollIntervalMs;
      const waitMs = this.batchWaitMs(free);
      if (waitMs > 0) sleepMs = waitMs;
      else if (free > 0) {
        this.shortSince = undefined;
        try {
          await this.recoverLostJobs();
          // an idle queue polled by its timer (most queues, most of the time) costs a read, not
          // a claim: the claim is a write transaction even when it finds nothing
          const next = woken ? Date.now() : await nextRunAt(store, queue);
          woken = false;
          if (next !== undefined && next <= Date.now()) {
            const { rows, token } = await claimDueJobs(store, queue, free, timing.leaseMs, workerId);
            for (const row of rows) this.track(row.id, this.execute(row, token));
            // a full batch suggests more are due: look again at once
            if (rows.length === free) {
              woken = true;
              continue;
            }
            const after = await nextRunAt(store, queue);
            if (after !== undefined) sleepMs = Math.min(sleepMs, Math.max(0, after - Date.now()));
          } else if (next !== undefined) sleepMs = Math.min(sleepMs, next - Date.now());
        } catch (error) {
          logger.error(
            { err: error, queue },
            'job queue: claiming jobs failed; retrying after the poll interval',
          );
        }
      }
      await this.sleep(sleepMs);
      // a sleep cut short by a due time we computed: claim without reading again
      if (!this.wakePending && sleepMs < timing.pollIntervalMs) woken = true;
    }
  }

  /**
   * A busy worker with many slots claims in batches: claiming the one job whose slot just freed
   * costs a statement per job (the delivery profile: one claim per send at 16 workers), so while
   * jobs are running and fewer than a quarter of the slots are free, it waits up to
   * CLAIM_BATCH_WAIT_MS for more to free up (each finishing job wakes it). 0 = claim now.
   */
  private batchWaitMs(free: number): number {
    const { concurrency } = this.options;
    if (free <= 0 || this.running.size === 0 || free >= Math.floor(concurrency / 4)) return 0;
    const now = Date.now();
    this.shortSince ??= now;
    return Math.max(0, this.shortSince + CLAIM_BATCH_WAIT_MS - now);
  }

  /**
   * At most once per quarter lease (and per poll interval): a lost lease only matters once it has
   * run out, so a crashed worker's job is taken back at most a quarter lease after that.
   */
  private async recoverLostJobs(): Promise<void> {
    const { store, queue, timing, logger } = this.options;
    const every = Math.max(timing.pollIntervalMs, timing.leaseMs / 4);
    if (Date.now() - this.lastRecovery < every) return;
    this.lastRecovery = Date.now();
    const { requeued, failed } = await recoverExpiredLeases(store, queue);
    if (requeued + failed > 0) {
      logger.warn(
        { queue, requeued, failed },
        'job queue: took back jobs whose worker stopped renewing its lease',
      );
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakePending || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      // deliberately not unref'd: like BullMQ's blocking connection, a running worker keeps a
      // worker-only process alive until close()
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    }).finally(() => {
      this.wakeUp = undefined;
    });
  }

  private track(jobId: string, run: Promise<void>): void {
    this.running.set(run, jobId);
    void run.finally(() => {
      this.running.delete(run);
      this.wake();
    });
  }

  private async execute(row: JobRow, token: string): Promise<void> {
    const { store, queue, handler, timing } = this.options;
    // a child logger per job only when something is logged: most jobs log nothing at info
    let jobLog: Logger | undefined;
    const log = () => {
      jobLog ??= this.options.logger.child({ queue, jobId: row.id, attempt: row.attempt });
      return jobLog;
    };
    const renewal = setInterval(
      () => {
        renewLease(store, row, token, timing.leaseMs).then(
          (held) => {
            if (!held) log().warn('job lease lost while running: another worker may run this job too');
          },
          (error: unknown) => log().error({ err: error }, 'job lease renewal failed'),
        );
      },
      Math.max(10, Math.floor(timing.leaseMs / 3)),
    );
    this.renewals.add(renewal);
    let outcome: Settlement;
    try {
      if (this.options.logger.isLevelEnabled('debug')) log().debug('job started');
      await handler({ id: row.id, queue, data: parseData(row.data), attempt: row.attempt });
      outcome = { state: 'completed' };
    } catch (error) {
      outcome = this.outcomeOf(row, error);
    } finally {
      clearInterval(renewal);
      this.renewals.delete(renewal);
    }
    if (this.abandoned) {
      // the store may be closed: the lease runs out and another worker runs the job again
      log().warn(
        { outcome: outcome.state },
        'job ended after its worker stopped waiting: outcome not recorded',
      );
      return;
    }
    // the slot is free now; the outcome is written with others (table-settles.ts)
    const settling = this.settles.settle(row, token, outcome).then(
      (settled) => {
        if (!settled) {
          log().warn(
            { outcome: outcome.state },
            'job outcome not recorded: its lease had passed to another worker',
          );
          return;
        }
        if (outcome.state === 'completed') {
          if (this.options.logger.isLevelEnabled('debug')) log().debug('job completed');
        } else if (outcome.state === 'failed') {
          log().error({ error: outcome.error }, 'job failed: no attempts left');
        } else {
          log().warn(
            { error: outcome.error, runAt: new Date(outcome.runAt).toISOString() },
            'job will run again',
          );
        }
      },
      // the lease will run out and the job will run again: handlers are idempotent
      (error: unknown) =>
        log().error({ err: error, outcome: outcome.state }, 'recording the job outcome failed'),
    );
    this.settling.add(settling);
    void settling.finally(() => this.settling.delete(settling));
  }

  private outcomeOf(row: JobRow, error: unknown): Settlement {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof RetryLaterError) {
      return { state: 'waiting', runAt: Date.now() + error.delayMs, error: message, refund: true };
    }
    if (row.attempt >= row.max_attempts) return { state: 'failed', error: message };
    const delay = retryDelayMs(row.backoff_ms, row.attempt);
    return { state: 'waiting', runAt: Date.now() + delay, error: message, refund: false };
  }
}

function parseData(data: string): unknown {
  return JSON.parse(data);
}
