/**
 * SERVER_PROCESSES: several Relais servers on one port, one per core, as node:cluster runs them.
 * One Node process answers on one core; on a machine with two or more, the platforms' clicks
 * queue behind each other once that core is busy. Each server is a whole Relais (HTTP, job
 * workers, schedules): they already share everything through the database (leases, queue, pacer
 * budgets, dedupe keys), as instances on several machines do, and on SQLite the dialect waits for
 * the other processes' write lock on a timer (shared/store/sqlite-dialect.ts).
 *
 * This primary process only supervises: it forks the servers (node:cluster accepts each new
 * connection here and hands it to one of them in turn), forks a server again when one dies, and on SIGTERM or SIGINT asks
 * each to stop (they finish their requests, as a single server does) before it exits. It also
 * gathers the servers' metrics for /metrics (shared/http/metrics.ts).
 */
import cluster, { type Worker } from 'node:cluster';
import { servedMetrics } from '../shared/http/metrics.js';
import type { Logger } from '../shared/logging/logger.js';

/** set in the environment of the servers this supervisor forks */
const SUPERVISED = 'RELAIS_SUPERVISED_SERVER';

/** a server that dies is forked again after this long, doubling while they keep dying young */
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** a server that ran at least this long died of something other than its start */
const HEALTHY_AFTER_MS = 30_000;

export interface ServerProcesses {
  /** resolves the exit code once every server has stopped */
  exited: Promise<number>;
}

/**
 * In the primary: runs `count` servers and keeps them running. A server that dies before any of
 * them ever listened is a failed start (configuration, port taken): every server is stopped and
 * the exit code is 1, as a single server's failed start would give. Later, a server that cannot
 * start again is retried with the growing delay while the others serve.
 */
export function superviseServers(count: number, logger: Logger, exec?: string): ServerProcesses {
  if (exec) cluster.setupPrimary({ exec });
  servedMetrics();
  const started = new Map<Worker, number>();
  let anyListened = false;
  let stopping = false;
  let restartDelay = RESTART_DELAY_MS;
  let failedStart = false;
  const restarts = new Set<NodeJS.Timeout>();
  let resolveExited: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    resolveExited = resolve;
  });

  const fork = () => {
    const worker = cluster.fork({ [SUPERVISED]: '1' });
    worker.once('listening', () => {
      started.set(worker, Date.now());
      anyListened = true;
    });
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping the servers');
    for (const timer of restarts) clearTimeout(timer);
    const running = Object.values(cluster.workers ?? {});
    for (const worker of running) worker?.process.kill('SIGTERM');
    if (running.length === 0) resolveExited(failedStart ? 1 : 0);
  };

  cluster.on('exit', (worker, code, signal) => {
    const listenedAt = started.get(worker);
    started.delete(worker);
    if (!stopping && !anyListened) {
      failedStart = true;
      logger.error(
        { pid: worker.process.pid, code, signal },
        'a server failed to start; stopping the others',
      );
      stop('SIGTERM');
    } else if (!stopping) {
      const ranLong = listenedAt !== undefined && Date.now() - listenedAt > HEALTHY_AFTER_MS;
      if (ranLong) restartDelay = RESTART_DELAY_MS;
      logger.error({ pid: worker.process.pid, code, signal, restartInMs: restartDelay }, 'a server died');
      // later, not at once: a signal sent to the whole process group (Ctrl-C) may reach this
      // process after its server, which must not be forked again then
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork();
      }, restartDelay);
      restarts.add(timer);
      restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
    }
    if (Object.keys(cluster.workers ?? {}).length === 0 && stopping) resolveExited(failedStart ? 1 : 0);
  });
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  for (let i = 0; i < count; i++) fork();
  return { exited };
}

/**
 * whether this process is a server superviseServers forked (a cluster worker of another process
 * manager is not: it runs alone as far as Relais knows)
 */
export const isSupervisedServer = (): boolean => cluster.isWorker && process.env[SUPERVISED] === '1';

/** one welcome for several servers: the first one's, or a server's that runs alone */
export const isFirstServer = (): boolean => !isSupervisedServer() || cluster.worker?.id === 1;

/** in the primary process of several servers */
export const isSupervisor = (count: number): boolean => count > 1 && cluster.isPrimary;
