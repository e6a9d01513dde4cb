/**
 * A directory run: one at a time across every instance (a lease row, renewed after each page),
 * each source read from its stored position page by page, each page written with its new
 * position in one transaction, the run's counts updated after each page (live progress). A run
 * that stops (a crash, a source failing) leaves the position of the last page that landed: the
 * next run resumes there. Nothing is deleted; people the sources say left become inactive and
 * their tours stop.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.js';
import { DirectoryStop } from './directory-errors.js';
import type { Skip } from './directory-record.js';
import type { DirectoryReader, SourcePosition } from './directory-source.js';
import type { DirectoryDb, DirectoryTables } from './directory-tables.js';
import { writeRecords } from './directory-writer.js';
import { MalformedPage } from './entra-reader.js';

export type RunTrigger = 'schedule' | 'api' | 'cli';

export interface RunView {
  id: string;
  trigger: string;
  sources: string[];
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  pages: number;
  seen: number;
  created: number;
  updated: number;
  deactivated: number;
  conflicts: number;
  skipped: number;
  skippedReasons: Record<string, number>;
  errors: string[];
}

export interface SyncDeps {
  db: DirectoryDb;
  logger: Logger;
  readers: DirectoryReader[];
  /** people who became inactive: their tours stop (after the page landed) */
  onLeavers(personIds: string[]): Promise<void>;
  /** how long a lease lasts without renewal (a crashed holder frees it after this) */
  leaseMs?: number;
}

const LEASE = 'directory-sync';

export const toRunView = (row: DirectoryTables['directory_runs']): RunView => ({
  id: row.id,
  trigger: row.trigger,
  sources: row.sources.split(',').filter(Boolean),
  status: row.status,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  durationMs: row.duration_ms === null ? null : Number(row.duration_ms),
  pages: Number(row.pages),
  seen: Number(row.seen),
  created: Number(row.created),
  updated: Number(row.updated),
  deactivated: Number(row.deactivated),
  conflicts: Number(row.conflicts),
  skipped: Number(row.skipped),
  skippedReasons: JSON.parse(row.skipped_reasons) as Record<string, number>,
  errors: JSON.parse(row.errors) as string[],
});

export function createDirectorySync(deps: SyncDeps) {
  const { db } = deps;
  const leaseMs = deps.leaseMs ?? 5 * 60_000;

  /** Takes (or renews) the lease; false when another live holder has it. */
  async function lease(owner: string): Promise<boolean> {
    const now = Date.now();
    await db
      .insertInto('directory_leases')
      .values({ name: LEASE, owner, until_ms: now + leaseMs })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ owner, until_ms: now + leaseMs })
          .where((eb) =>
            eb.or([eb('directory_leases.owner', '=', owner), eb('directory_leases.until_ms', '<', now)]),
          ),
      )
      .execute();
    const row = await db
      .selectFrom('directory_leases')
      .select('owner')
      .where('name', '=', LEASE)
      .executeTakeFirst();
    return row?.owner === owner;
  }

  async function release(owner: string, on: DirectoryDb = db): Promise<void> {
    await on.deleteFrom('directory_leases').where('name', '=', LEASE).where('owner', '=', owner).execute();
  }

  async function position(key: string): Promise<SourcePosition | undefined> {
    const row = await db
      .selectFrom('directory_cursors')
      .selectAll()
      .where('source', '=', key)
      .executeTakeFirst();
    return row ? { cursor: row.cursor, state: row.state } : undefined;
  }

  async function runOne(reader: DirectoryReader, run: RunView, owner: string): Promise<void> {
    const key = await reader.key();
    let at = await position(key);
    for (;;) {
      let page: Awaited<ReturnType<DirectoryReader['readPage']>>;
      try {
        page = await reader.readPage(at);
      } catch (error) {
        if (!(error instanceof MalformedPage)) throw error;
        count(run, [{ reason: 'malformed_page' }]);
        throw new DirectoryStop(
          'graph_unavailable',
          `${reader.name}: ${error.message}; the next run reads it again`,
        );
      }
      const records = page.items.flatMap((m) => ('record' in m ? [m.record] : []));
      count(
        run,
        page.items.flatMap((m) => ('skip' in m ? [m.skip] : [])),
      );
      const now = new Date().toISOString();
      const next = page.next;
      const outcome = await writeRecords(db, records, now, async (trx) => {
        await trx
          .insertInto('directory_cursors')
          .values({ source: key, cursor: next.cursor, state: next.state, updated_at: now })
          .onConflict((oc) =>
            oc.column('source').doUpdateSet({ cursor: next.cursor, state: next.state, updated_at: now }),
          )
          .execute();
      });
      at = next;
      run.pages += 1;
      run.seen += page.items.length;
      run.created += outcome.created;
      run.updated += outcome.updated;
      run.deactivated += outcome.deactivated;
      run.conflicts += outcome.conflicts;
      count(run, outcome.skips);
      if (outcome.leavers.length) await deps.onLeavers(outcome.leavers);
      await saveRun(run);
      if (!(await lease(owner)))
        throw new DirectoryStop('already_running', 'the directory lease was taken over');
      if (next.state === 'done') {
        await reader.afterRound?.();
        return;
      }
    }
  }

  async function saveRun(run: RunView, on: DirectoryDb = db): Promise<void> {
    const { id, ...row } = rowOf(run);
    await on.updateTable('directory_runs').set(row).where('id', '=', id).execute();
  }

  return {
    /**
     * Starts a run of every source: answers once the run is recorded (its view, and `done` for its
     * end). Throws DirectoryStop('already_running') when another run holds the lease; any other
     * stop ends the run as failed, with its message in the run's errors.
     */
    async start(trigger: RunTrigger): Promise<{ run: RunView; done: Promise<RunView> }> {
      const owner = randomUUID();
      if (!(await lease(owner)))
        throw new DirectoryStop('already_running', 'a directory sync is already running');
      const started = Date.now();
      const run: RunView = {
        id: randomUUID(),
        trigger,
        // several Slack workspaces are one source
        sources: [...new Set(deps.readers.map((r) => r.name))],
        status: 'running',
        startedAt: new Date(started).toISOString(),
        finishedAt: null,
        durationMs: null,
        pages: 0,
        seen: 0,
        created: 0,
        updated: 0,
        deactivated: 0,
        conflicts: 0,
        skipped: 0,
        skippedReasons: {},
        errors: [],
      };
      try {
        await db.insertInto('directory_runs').values(rowOf(run)).execute();
      } catch (error) {
        await release(owner);
        throw error;
      }
      const done = (async () => {
        try {
          for (const reader of deps.readers) {
            try {
              await runOne(reader, run, owner);
            } catch (error) {
              if (!(error instanceof DirectoryStop))
                deps.logger.error({ err: error, source: reader.name }, 'directory sync failed');
              run.errors.push(
                error instanceof DirectoryStop
                  ? error.message
                  : `${reader.name}: ${(error as Error).message}`,
              );
            }
          }
          run.status = run.errors.length ? 'failed' : 'succeeded';
          run.finishedAt = new Date().toISOString();
          run.durationMs = Date.now() - started;
          // the end and the lease's release together: whoever sees the run ended (an admin who
          // then asks for the next one) finds the lease free, never "already running"
          await db.transaction().execute(async (trx) => {
            await saveRun(run, trx);
            await release(owner, trx);
          });
          deps.logger.info({ run: { ...run, skippedReasons: undefined } }, 'directory sync finished');
          return run;
        } finally {
          // a run that stopped before its end was saved (the database failing) frees the lease too
          await release(owner);
        }
      })();
      return { run: { ...run }, done };
    },
  };
}

/** The runs table's row for a run (stored when it starts, then after each page and at its end). */
const rowOf = (run: RunView): DirectoryTables['directory_runs'] => ({
  id: run.id,
  trigger: run.trigger,
  sources: run.sources.join(','),
  status: run.status,
  started_at: run.startedAt,
  finished_at: run.finishedAt,
  duration_ms: run.durationMs,
  pages: run.pages,
  seen: run.seen,
  created: run.created,
  updated: run.updated,
  deactivated: run.deactivated,
  conflicts: run.conflicts,
  skipped: run.skipped,
  skipped_reasons: JSON.stringify(run.skippedReasons),
  errors: JSON.stringify(run.errors),
});

function count(run: RunView, skips: Skip[]): void {
  for (const skip of skips) {
    run.skipped += 1;
    run.skippedReasons[skip.reason] = (run.skippedReasons[skip.reason] ?? 0) + 1;
  }
}

export type DirectorySync = ReturnType<typeof createDirectorySync>;
