/**
 * The server side of `npm run bench -- polls`, run as its own process so the load generator's
 * work (building, signing and timing requests, the fake platforms) is not the server's: starts
 * Relais from the environment and answers the bench's questions over the IPC channel with the
 * server's CPU time and the SQL statements and Redis commands it ran so far.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startRelais } from '../bots/start-relais.js';
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
