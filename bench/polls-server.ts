/**
 * The server side of `npm run bench -- polls`, run as its own process so the load generator's
 * work (building, signing and timing requests, the fake platforms) is not the server's: starts
 * Relais from the environment and answers the bench's questions over the IPC channel with the
 * server's CPU time and the SQL statements and Redis commands it ran so far.
 */
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
process.on('message', (message: { type?: string }) => {
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
