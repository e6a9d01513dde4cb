/**
 * The SQL statements of the table-backed queue that must be safe across processes: claiming due
 * jobs under a lease, renewing it, settling a job only while its lease is still ours, and
 * recovering the jobs of workers that died.
 *
 * A claim is one statement, `UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING *`, so it is its
 * own transaction on both databases. On PostgreSQL the sub-select takes `FOR UPDATE SKIP LOCKED`:
 * concurrent workers skip each other's rows instead of queueing on them (and an UPDATE re-checks
 * its rows after a lock wait). On SQLite a write statement takes the database's write lock before
 * it reads (waiting on busy_timeout), so two processes cannot both see the same due rows. No
 * explicit transaction spans an await: better-sqlite3 waits for a lock synchronously, and a lock
 * held across an await by one connection would stall every other connection of the process.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { compiledStatement } from '../store/compiled-statement.js';
import type { Database, JobsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type JobRow = JobsTable;

export interface Claim {
  rows: JobRow[];
  /** lease owner written on the claimed rows; settling requires it */
  token: string;
}

/** (queue, now, limit, token, lease_until) per dialect: compiled once (compiled-statement.ts) */
const claimStatement = (dialect: Store['dialect']) =>
  compiledStatement<Database, JobRow>(5, (db, queue, now, limit, token, leaseUntil) => {
    // (queue, state, run_at) index: a range scan in run order, however many completed jobs are kept
    const due = db
      .selectFrom('jobs')
      .select('id')
      .where('queue', '=', queue)
      .where('state', '=', 'waiting')
      .where('run_at', '<=', now as unknown as number)
      .orderBy('run_at')
      .limit(limit as unknown as number)
      .$if(dialect === 'postgres', (q) => q.forUpdate().skipLocked());
    return db
      .updateTable('jobs')
      .set((eb) => ({
        state: 'active',
        attempt: eb('attempt', '+', 1),
        lease_owner: token,
        lease_until: leaseUntil as unknown as number,
        updated_at: now as unknown as number,
      }))
      .where('queue', '=', queue)
      .where('id', 'in', due)
      .returningAll();
  });
const claims = { sqlite: claimStatement('sqlite'), postgres: claimStatement('postgres') };

export async function claimDueJobs(
  store: Store,
  queue: string,
  limit: number,
  leaseMs: number,
  workerId: string,
): Promise<Claim> {
  const token = `${workerId}:${randomUUID()}`;
  const now = Date.now();
  const { rows } = await withRelaxedCommit(store, (db) =>
    claims[store.dialect].run(db, [queue, now, limit, token, now + leaseMs]),
  );
  return { rows: sortByRunAt(rows), token };
}

/**
 * Jobs whose worker died (lease run out) go back to waiting, keeping their past run time so they
 * are claimed first; those that died on their last attempt fail instead of running once too many.
 * Returns how many were requeued and failed.
 */
export async function recoverExpiredLeases(
  store: Store,
  queue: string,
): Promise<{ requeued: number; failed: number }> {
  const now = Date.now();
  const lost = { lease_owner: null, lease_until: null, updated_at: now };
  const failed = await store.db
    .updateTable('jobs')
    .set({ ...lost, state: 'failed', last_error: 'worker lost (lease expired) on the last attempt' })
    .where('queue', '=', queue)
    .where('state', '=', 'active')
    .where('lease_until', '<=', now)
    .where((eb) => eb('attempt', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  const requeued = await store.db
    .updateTable('jobs')
    .set({ ...lost, state: 'waiting', last_error: 'worker lost (lease expired)' })
    .where('queue', '=', queue)
    .where('state', '=', 'active')
    .where('lease_until', '<=', now)
    // re-checked: a lease may have run out between the two statements
    .where((eb) => eb('attempt', '<', eb.ref('max_attempts')))
    .executeTakeFirst();
  return { requeued: Number(requeued.numUpdatedRows), failed: Number(failed.numUpdatedRows) };
}

/** Extends a running job's lease; false when another worker took it meanwhile. */
export async function renewLease(
  store: Store,
  row: JobRow,
  token: string,
  leaseMs: number,
): Promise<boolean> {
  const now = Date.now();
  const result = await store.db
    .updateTable('jobs')
    .set({ lease_until: now + leaseMs, updated_at: now })
    .where('queue', '=', row.queue)
    .where('id', '=', row.id)
    .where('state', '=', 'active')
    .where('lease_owner', '=', token)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type Settlement =
  | { state: 'completed' }
  | { state: 'failed'; error: string }
  /** run again at runAt; `refund` gives the attempt back (RetryLaterError) */
  | { state: 'waiting'; runAt: number; error: string; refund: boolean };

/** Records a job's outcome; false when the lease was lost (the job belongs to another worker). */
export async function settleJob(
  store: Store,
  row: JobRow,
  token: string,
  outcome: Settlement,
): Promise<boolean> {
  const now = Date.now();
  const result = await withRelaxedCommit(store, (db) =>
    db
      .updateTable('jobs')
      .set((eb) => ({
        state: outcome.state,
        lease_owner: null,
        lease_until: null,
        updated_at: now,
        last_error: outcome.state === 'completed' ? null : outcome.error,
        ...(outcome.state === 'waiting'
          ? { run_at: outcome.runAt, attempt: outcome.refund ? eb('attempt', '-', 1) : eb.ref('attempt') }
          : {}),
      }))
      .where('queue', '=', row.queue)
      .where('id', '=', row.id)
      .where('state', '=', 'active')
      .where('lease_owner', '=', token)
      .executeTakeFirst(),
  );
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Runs claim and outcome writes without waiting for the PostgreSQL WAL flush (an fsync per
 * commit: about 3 ms on the benchmark machine, the whole cost of a claim). Losing such a commit
 * in a database crash only makes a job run again, which at-least-once delivery already allows;
 * `add` keeps full durability, since a lost insert would be a lost job.
 */
export async function withRelaxedCommit<T>(
  store: Store,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (store.dialect !== 'postgres') return work(store.db);
  return store.db.transaction().execute(async (trx) => {
    await sql`set local synchronous_commit = off`.execute(trx);
    return work(trx);
  });
}

/** Earliest run time of a waiting job in this queue, to sleep exactly until it is due. */
export async function nextRunAt(store: Store, queue: string): Promise<number | undefined> {
  const row = await store.db
    .selectFrom('jobs')
    .select((eb) => eb.fn.min('run_at').as('next'))
    .where('queue', '=', queue)
    .where('state', '=', 'waiting')
    .executeTakeFirst();
  return row?.next == null ? undefined : Number(row.next);
}

function sortByRunAt(rows: JobRow[]): JobRow[] {
  // RETURNING gives no order guarantee: start the longest-due first
  return rows.sort((a, b) => Number(a.run_at) - Number(b.run_at));
}
