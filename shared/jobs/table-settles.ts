/**
 * Write-behind for the outcomes of the table-backed queue's jobs. A busy send queue completes a
 * job every few milliseconds, and recording each completion was a statement (and, on SQLite, a
 * commit) of its own: the second most costly statement of a send after the claim. Completions are
 * held for at most `settleBatchMs` and recorded together, one statement per batch, still only for
 * the rows whose lease is ours. Retries and failures are recorded at once (rare, and each carries
 * its own run time and error).
 *
 * Crash semantics are those of a crash just before the settle: a completion not yet written when
 * the process dies leaves the job active under a lease nobody renews, so it runs again once the
 * lease has run out. Handlers are idempotent (at-least-once); the delivery sender, for one, finds
 * its row already `sent` and sends nothing.
 */
import { sql } from 'kysely';
import type { Store } from '../store/store.js';
import { type JobRow, type Settlement, settleJob, withRelaxedCommit } from './table-claims.js';

/** at most this many completions in one statement (two parameters each, well under bind limits) */
export const SETTLE_BATCH_MAX = 64;

interface Pending {
  id: string;
  token: string;
  resolve: (settled: boolean) => void;
  reject: (error: unknown) => void;
}

export class SettleBatcher {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly queue: string,
    private readonly batchMs: number,
  ) {}

  /** Records a job's outcome; resolves false when the lease was lost (another worker has it). */
  settle(row: JobRow, token: string, outcome: Settlement): Promise<boolean> {
    if (outcome.state !== 'completed') return settleJob(this.store, row, token, outcome);
    // the same job twice in one batch (a lease lost and taken again here): write the first apart
    if (this.pending.some((item) => item.id === row.id)) this.flush();
    return new Promise<boolean>((resolve, reject) => {
      this.pending.push({ id: row.id, token, resolve, reject });
      if (this.pending.length >= SETTLE_BATCH_MAX) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.batchMs);
    });
  }

  /** Writes what is held now; resolves once every completion handed in so far is written. */
  drain(): Promise<void> {
    this.flush();
    return this.flushing;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    // one batch at a time: a later batch never overtakes an earlier one on the connection pool
    this.flushing = this.flushing.then(() => this.write(batch));
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      const settled = await completeJobs(this.store, this.queue, batch);
      for (const item of batch) item.resolve(settled.has(item.id));
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}

/** Marks jobs completed in one statement, each only while its lease is the given token. */
async function completeJobs(
  store: Store,
  queue: string,
  jobs: readonly { id: string; token: string }[],
): Promise<Set<string>> {
  const now = Date.now();
  // `lease_owner = case id when … end`: the lease check per row, while `id in (…)` keeps the
  // primary key lookup (a row-value IN over (id, lease_owner) scans the queue on SQLite)
  const owner = sql.join(
    jobs.map((job) => sql`when ${job.id} then ${job.token}`),
    sql` `,
  );
  const ids = sql.join(jobs.map((job) => job.id));
  const { rows } = await withRelaxedCommit(store, (db) =>
    sql<{ id: string }>`
      update jobs set state = 'completed', lease_owner = null, lease_until = null,
        updated_at = ${now}, last_error = null
      where queue = ${queue} and id in (${ids}) and state = 'active'
        and lease_owner = case id ${owner} end
      returning id`.execute(db),
  );
  return new Set(rows.map((row) => row.id));
}
