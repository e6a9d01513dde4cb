/**
 * The SQL statements of the table-backed queue that must be safe across processes: claiming due
 * jobs under a lease, renewing it, and settling a job only while its lease is still ours.
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
import type { JobsTable } from '../store/schema.js';
import type { Store } from '../store/store.js';

export type JobRow = JobsTable;

export interface Claim {
  rows: JobRow[];
  /** lease owner written on the claimed rows; settling requires it */
  token: string;
}

export async function claimDueJobs(
  store: Store,
  queue: string,
  limit: number,
  leaseMs: number,
  workerId: string,
): Promise<Claim> {
  const token = `${workerId}:${randomUUID()}`;
  const now = Date.now();
  // a worker died on the last attempt: fail the job rather than run it once more than allowed
  await store.db
    .updateTable('jobs')
    .set({
      state: 'failed',
      lease_owner: null,
      lease_until: null,
      last_error: 'worker lost (lease expired) on the last attempt',
      updated_at: now,
    })
    .where('queue', '=', queue)
    .where('state', '=', 'active')
    .where('lease_until', '<=', now)
    .where((eb) => eb('attempt', '>=', eb.ref('max_attempts')))
    .execute();
  const due = store.db
    .selectFrom('jobs')
    .select('id')
    .where('queue', '=', queue)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'waiting'), eb('run_at', '<=', now)]),
        // a crashed worker's job: its lease ran out and attempts remain
        eb.and([
          eb('state', '=', 'active'),
          eb('lease_until', '<=', now),
          eb('attempt', '<', eb.ref('max_attempts')),
        ]),
      ]),
    )
    .orderBy('run_at')
    .limit(limit)
    .$if(store.dialect === 'postgres', (q) => q.forUpdate().skipLocked());
  const rows = await store.db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'active',
      attempt: eb('attempt', '+', 1),
      lease_owner: token,
      lease_until: now + leaseMs,
      updated_at: now,
    }))
    .where('queue', '=', queue)
    .where('id', 'in', due)
    .returningAll()
    .execute();
  return { rows: sortByRunAt(rows), token };
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
  const result = await store.db
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
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
