/**
 * The durable table-backed JobQueue in the main database (`jobs` table), the embedded default on
 * SQLite and the one for PostgreSQL deployments without Redis. Several processes may share the
 * table: claims are atomic (see table-claims.ts) and leased, so a crashed worker's job runs again
 * after its lease runs out.
 *
 * Re-adding an id: while the job is waiting, delayed or active, `add` is a no-op; while a completed
 * job is retained (completedRetentionMs) it is a no-op too, so a resumed fan-out does not redo
 * finished work; a failed job is replaced by a fresh one (new data, attempts from 1).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from '../logging/logger.js';
import type { JobsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';
import type { JobHandler, JobOptions, JobQueue, JobState, WorkerOptions } from './queue.js';
import {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_CONCURRENCY,
  type QueueTiming,
  resolveTiming,
} from './queue-timing.js';
import { TableWorker } from './table-worker.js';

/** jobs per insert statement: 13 columns × 500 stays under SQLite's and PostgreSQL's bind limits */
const ADD_CHUNK = 500;

export interface TableQueueOptions {
  logger: Logger;
  timing?: Partial<QueueTiming>;
}

export class TableJobQueue implements JobQueue {
  private readonly timing: QueueTiming;
  private readonly workers = new Map<string, TableWorker>();
  private readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private cleaner: NodeJS.Timeout | undefined;
  /** the clean-up under way, if any: close() lets it end before the store closes */
  private cleaning: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: TableQueueOptions,
  ) {
    this.timing = resolveTiming(options.timing);
  }

  async add<T>(queue: string, data: T, options: JobOptions = {}): Promise<string> {
    const [id] = await this.addMany(queue, [{ data, options }]);
    return id!;
  }

  async addMany<T>(queue: string, jobs: readonly { data: T; options?: JobOptions }[]): Promise<string[]> {
    const now = Date.now();
    const rows = jobs.map(({ data, options = {} }) => ({
      queue,
      id: options.jobId ?? randomUUID(),
      data: JSON.stringify(data ?? null),
      state: 'waiting',
      run_at: options.runAt?.getTime() ?? now + (options.delayMs ?? 0),
      attempt: 0,
      max_attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
      backoff_ms: Math.max(0, options.backoffMs ?? DEFAULT_BACKOFF_MS),
      lease_until: null,
      lease_owner: null,
      last_error: null,
      created_at: now,
      updated_at: now,
    }));
    let added = 0;
    for (let i = 0; i < rows.length; i += ADD_CHUNK) {
      // one id twice in one statement would be an error on PostgreSQL ("cannot affect row a
      // second time"): the first add of an id wins, as it does one add at a time
      const chunk = firstOfEachId(rows.slice(i, i + ADD_CHUNK));
      added += await this.insert(chunk);
    }
    const { logger } = this.options;
    if (added > 0) this.workers.get(queue)?.wake();
    if (logger.isLevelEnabled('debug')) {
      logger.debug(
        { queue, jobIds: rows.map((row) => row.id), added },
        added < rows.length
          ? 'jobs added; the others were already pending, running or recently completed'
          : 'jobs added',
      );
    }
    return rows.map((row) => row.id);
  }

  /** Inserts new jobs; a reused id replaces only a failed job. Returns how many rows it wrote. */
  private async insert(rows: JobsTable[]): Promise<number> {
    const result = await this.store.db
      .insertInto('jobs')
      .values(rows)
      .onConflict((oc) =>
        oc
          .columns(['queue', 'id'])
          .doUpdateSet((eb) => ({
            data: eb.ref('excluded.data'),
            state: 'waiting',
            run_at: eb.ref('excluded.run_at'),
            attempt: 0,
            max_attempts: eb.ref('excluded.max_attempts'),
            backoff_ms: eb.ref('excluded.backoff_ms'),
            lease_until: null,
            lease_owner: null,
            last_error: null,
            created_at: eb.ref('excluded.created_at'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          // only a failed job is replaced; any other existing job makes this add a no-op
          .where('jobs.state', '=', 'failed'),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n);
  }

  process<T>(queue: string, handler: JobHandler<T>, options: WorkerOptions = {}): void {
    if (this.closed) throw new Error('job queue is closed');
    if (this.workers.has(queue)) throw new Error(`queue ${queue} already has a worker in this process`);
    const worker = new TableWorker({
      store: this.store,
      queue,
      handler: handler as JobHandler<unknown>,
      concurrency: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY),
      timing: this.timing,
      workerId: this.workerId,
      logger: this.options.logger,
    });
    this.workers.set(queue, worker);
    worker.start();
    this.startCleaner();
  }

  async getState(queue: string, jobId: string): Promise<JobState | undefined> {
    const row = await this.store.db
      .selectFrom('jobs')
      .select(['state', 'run_at'])
      .where('queue', '=', queue)
      .where('id', '=', jobId)
      .executeTakeFirst();
    if (!row) return undefined;
    if (row.state === 'waiting' && Number(row.run_at) > Date.now()) return 'delayed';
    return row.state as JobState;
  }

  async remove(queue: string, jobId: string): Promise<boolean> {
    const result = await this.store.db
      .deleteFrom('jobs')
      .where('queue', '=', queue)
      .where('id', '=', jobId)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    const removed = Number(result.numDeletedRows) > 0;
    if (removed) this.options.logger.debug({ queue, jobId }, 'job removed');
    return removed;
  }

  async counts(queue: string): Promise<Record<JobState, number>> {
    const now = Date.now();
    const state = sql<string>`case when ${sql.ref('state')} = 'waiting' and ${sql.ref('run_at')} > ${now} then 'delayed' else ${sql.ref('state')} end`;
    const rows = await this.store.db
      .selectFrom('jobs')
      .select([state.as('state'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('queue', '=', queue)
      // by position: PostgreSQL sees the CASE's bound parameter as different in each clause
      .groupBy(sql`1`)
      .execute();
    const counts: Record<JobState, number> = { waiting: 0, delayed: 0, active: 0, completed: 0, failed: 0 };
    for (const row of rows) {
      if (row.state in counts) counts[row.state as JobState] = Number(row.n);
    }
    return counts;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.cleaner) clearInterval(this.cleaner);
    // workers stop together: the bound is on the whole close, not per queue
    await Promise.all([...this.workers.values()].map((worker) => worker.stop(this.timing.drainMs)));
    this.workers.clear();
    await this.cleaning;
  }

  /** Deletes completed and failed jobs past their retention; every worker process runs it. */
  async cleanUp(now = Date.now()): Promise<number> {
    const result = await this.store.db
      .deleteFrom('jobs')
      .where((eb) =>
        eb.or([
          eb.and([
            eb('state', '=', 'completed'),
            eb('updated_at', '<=', now - this.timing.completedRetentionMs),
          ]),
          eb.and([eb('state', '=', 'failed'), eb('updated_at', '<=', now - this.timing.failedRetentionMs)]),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private startCleaner(): void {
    if (this.cleaner) return;
    this.cleaner = setInterval(() => {
      if (this.cleaning) return;
      this.cleaning = this.cleanUp()
        .then(
          (deleted) => {
            if (deleted > 0) this.options.logger.debug({ deleted }, 'old jobs cleaned up');
          },
          (error: unknown) => this.options.logger.error({ err: error }, 'cleaning up old jobs failed'),
        )
        .finally(() => {
          this.cleaning = undefined;
        });
    }, this.timing.cleanupIntervalMs);
    this.cleaner.unref();
  }
}

function firstOfEachId(rows: JobsTable[]): JobsTable[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}
