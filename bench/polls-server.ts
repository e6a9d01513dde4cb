/**
 * The server side of `npm run bench -- polls`, run as its own process so the load generator's
 * work (building, signing and timing requests, the fake platforms) is not the server's: starts
 * Relais from the environment and answers the bench's questions over the IPC channel with the
 * server's CPU time and the SQL statements and Redis commands it ran so far. With
 * SERVER_PROCESSES above 1 this process supervises that many servers, as `relais start` does
 * (bots/server-processes.ts), each running this same file, and answers for all of them: CPU and
 * statements summed, the longest stall of any.
 */
import cluster, { type Worker } from 'node:cluster';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isSupervisor, superviseServers } from '../bots/server-processes.js';
import { startRelais } from '../bots/start-relais.js';
import { loadConfig } from '../shared/config/config.js';
import { createLogger } from '../shared/logging/logger.js';
import { countStatements, slowStatements, statementCounts, statementTimes } from './news-statements.js';

/** what the bench asks over IPC, and what this process answers */
export interface PollsServerStats {
  type: 'stats';
  /** CPU time (user + system) since start, ms: unlike wall time it compares runs on a busy machine */
  cpuMs: number;
  statements: { sql: number; redis: number };
  /**
   * the longest the event loop was held since the last stats (ms): one stall delays every click
   * that arrives during it, so at a few hundred votes/s it alone decides the ack p99
   */
  longestStallMs: number;
}

const { serverProcesses } = loadConfig(process.env);
if (isSupervisor(serverProcesses)) await superviseBenchServers(serverProcesses);
else await serve();

/** in each server, or the only one: what the bench asks, answered over IPC */
async function serve(): Promise<void> {
  countStatements();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();

  const relais = await startRelais({ env: process.env });
  /** a CPU profile of the phases the bench names only (BENCH_POLL_PROFILE): no start-up, no seeding */
  let profiler: Session | undefined;
  process.on('message', async (message: { type?: string; file?: string }) => {
    if (message?.type === 'profile-start') {
      // the statements of the profiled phases only
      statementTimes.clear();
      profiler = new Session();
      profiler.connect();
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
      process.send?.({ type: 'profiling' });
      return;
    }
    if (message?.type === 'profile-stop' && profiler && message.file) {
      const { profile } = await profiler.post('Profiler.stop');
      await writeFile(message.file, JSON.stringify(profile));
      profiler.disconnect();
      profiler = undefined;
      process.send?.({ type: 'profiled' });
      return;
    }
    if (message?.type !== 'stats') return;
    const { user, system } = process.cpuUsage();
    const stats: PollsServerStats = {
      type: 'stats',
      cpuMs: (user + system) / 1000,
      statements: { ...statementCounts },
      longestStallMs: loopDelay.max / 1e6,
    };
    loopDelay.reset();
    process.send?.(stats);
  });
  const stop = () => {
    if (statementTimes.size) {
      const rows = [...statementTimes].sort((a, b) => b[1].n - a[1].n).slice(0, 30);
      for (const [source, { n, ms }] of rows)
        console.log(
          `${String(n).padStart(7)} ${ms.toFixed(0).padStart(6)} ms  ${source.replace(/\s+/g, ' ').slice(0, 220)}`,
        );
    }
    for (const { source, ms, at } of slowStatements)
      console.log(
        `slow statement at ${new Date(at).toISOString()}: ${ms.toFixed(0)} ms ${source.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
    // a normal exit, so --cpu-prof (BENCH_SERVER_NODE_ARGS) writes its profile
    void relais.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  process.send?.({ type: 'ready', url: relais.url });
}

/**
 * the primary of several servers: ready once all are, and each question of the bench asked of
 * every server (a profile is written per server: FILE.1.cpuprofile, FILE.2.cpuprofile…)
 */
async function superviseBenchServers(count: number): Promise<void> {
  const servers = superviseServers(count, createLogger('error'), new URL(import.meta.url).pathname);
  const workers = await new Promise<Worker[]>((resolve) => {
    const ready = new Map<Worker, string>();
    cluster.on('message', (worker, message: { type?: string; url?: string }) => {
      if (message?.type !== 'ready' || !message.url) return;
      ready.set(worker, message.url);
      if (ready.size === count) {
        resolve([...ready.keys()]);
        process.send?.({ type: 'ready', url: message.url });
      }
    });
  });
  const askAll = (message: { type: string; file?: string }, until: string) =>
    Promise.all(
      workers.map(
        (worker, n) =>
          new Promise<PollsServerStats>((resolve) => {
            const answer = (reply: { type?: string }) => {
              if (reply?.type !== until) return;
              worker.off('message', answer);
              resolve(reply as PollsServerStats);
            };
            worker.on('message', answer);
            const file = message.file?.replace(/(\.cpuprofile)?$/, `.${n + 1}$1`);
            worker.send(file ? { ...message, file } : message);
          }),
      ),
    );
  process.on('message', async (message: { type?: string; file?: string }) => {
    if (message?.type === 'profile-start')
      process.send?.((await askAll({ type: 'profile-start' }, 'profiling'))[0]);
    if (message?.type === 'profile-stop' && message.file) {
      await askAll({ type: 'profile-stop', file: message.file }, 'profiled');
      process.send?.({ type: 'profiled' });
    }
    if (message?.type !== 'stats') return;
    const each = await askAll({ type: 'stats' }, 'stats');
    const stats: PollsServerStats = {
      type: 'stats',
      cpuMs: each.reduce((sum, s) => sum + s.cpuMs, 0),
      statements: {
        sql: each.reduce((sum, s) => sum + s.statements.sql, 0),
        redis: each.reduce((sum, s) => sum + s.statements.redis, 0),
      },
      longestStallMs: Math.max(...each.map((s) => s.longestStallMs)),
    };
    process.send?.(stats);
  });
  // the bench's SIGTERM reaches superviseServers; a bench gone away stops the servers too
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  // the IPC channel to the bench would keep this process alive
  process.exit(await servers.exited);
}
