import os from 'node:os';
import { postgresTestUrl } from '../test/harness/databases.js';

/** What a benchmark is: a name for `npm run bench -- <name>`, one line of description, a run. */
export interface Benchmark {
  name: string;
  description: string;
  /** prints its figures; never asserts on them */
  run(): Promise<void>;
}

/** p-th percentile (0–100) of unsorted samples, nearest-rank. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const formatRate = (count: number, ms: number): string => `${Math.round((count * 1000) / ms)}`;
export const formatMs = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

/** Calls `onLine` with each JSON object a child process prints on its own stdout line. */
export function onJsonLines(stdout: NodeJS.ReadableStream | null, onLine: (value: unknown) => void): void {
  let buffer = '';
  stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) onLine(JSON.parse(line));
  });
}

/** the machine line, then `run` on SQLite and on a throwaway PostgreSQL database (when reachable) */
export async function onSqliteThenPostgres(
  run: (label: string, env: Record<string, string>) => Promise<void>,
) {
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  await run('SQLite', {});
  const database = await postgresTestUrl();
  if (!database) return;
  try {
    await run('PostgreSQL', { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
}
