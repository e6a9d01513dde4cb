/**
 * The server side of `npm run bench -- polls`, run as its own process so the load generator's
 * work (building, signing and timing requests, the fake platforms) is not the server's: starts
 * Relais from the environment and answers the bench's questions over the IPC channel with the
 * server's CPU time and the SQL statements and Redis commands it ran so far.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startRelais } from '../bots/start-relais.js';
import { countStatements, statementCounts } from './news-statements.js';

/** what the bench asks over IPC, and what this process answers */
export interface PollsServerStats {
  type: 'stats';
  /** CPU time (user + system) since start, ms: unlike wall time it compares runs on a busy machine */
  cpuMs: number;
  statements: { sql: number; redis: number };
}

countStatements();

const relais = await startRelais({ env: process.env });
/** a CPU profile of the phases the bench names only (BENCH_POLL_PROFILE): no start-up, no seeding */
let profiler: Session | undefined;
process.on('message', async (message: { type?: string; file?: string }) => {
  if (message?.type === 'profile-start') {
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
  };
  process.send?.(stats);
});
const stop = () => {
  // a normal exit, so --cpu-prof (BENCH_SERVER_NODE_ARGS) writes its profile
  void relais.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
process.send?.({ type: 'ready', url: relais.url });
