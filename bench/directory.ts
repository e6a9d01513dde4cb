/**
 * `npm run bench -- directory`: a full directory sync of 100,000 Entra users (999 a page), a
 * delta run with 1 % changed, then a full Slack sync of 20,000 members, on SQLite and on
 * PostgreSQL (a fresh schema on the local test server, skipped when unreachable). The fakes run
 * in one process, the server in another, so the peak RSS is the server's alone. Goals on the
 * 2-core machine: full 100k ≤ 60 s, peak RSS ≤ 350 MB, the 1 % delta ≤ 5 s.
 * BENCH_ENTRA_USERS / BENCH_SLACK_USERS change the sizes.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunView } from '../shared/directory/directory-sync.js';
import { type Benchmark, onJsonLines, onSqliteThenPostgres } from './benchmark.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

interface Fakes {
  graphUrl: string;
  authorityUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  slackApiUrl: string;
  botToken: string;
}

/** A child process speaking JSON lines: `next()` resolves with the next line it prints. */
function child(
  script: string,
  env: Record<string, string>,
): { process: ChildProcess; next(): Promise<unknown> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(here, script)], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const queue: unknown[] = [];
  const waiting: ((value: unknown) => void)[] = [];
  onJsonLines(proc.stdout, (value) => {
    // pino's lines are JSON too: the child's own answers have no level
    if ((value as { level?: unknown }).level !== undefined) return;
    const resolve = waiting.shift();
    if (resolve) resolve(value);
    else queue.push(value);
  });
  return {
    process: proc,
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve, reject) => {
            waiting.push(resolve);
            proc.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
          }),
  };
}

const line = (name: string, run: RunView, rss: number, goalSeconds: number) =>
  `  ${name.padEnd(22)} ${((run.durationMs ?? 0) / 1000).toFixed(1).padStart(6)} s (goal ≤ ${goalSeconds} s)  ` +
  `${run.status}: ${run.seen} seen, ${run.created} created, ${run.updated} updated, ${run.deactivated} deactivated, ` +
  `${run.skipped} skipped, ${run.conflicts} conflicts; server peak RSS ${mb(rss)} (goal ≤ 350 MB)` +
  (run.errors.length ? `\n    errors: ${run.errors.join('; ')}` : '');

async function onBackend(name: string, databaseEnv: Record<string, string>): Promise<void> {
  console.log(`\n-- ${name}`);
  const load = child('directory-load.ts', {});
  const fakes = (await load.next()) as Fakes;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-directory-'));
  const common = {
    ...databaseEnv,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    GRAPH_API_URL: fakes.graphUrl,
    ENTRA_AUTHORITY_URL: fakes.authorityUrl,
    MICROSOFT_APP_TENANT_ID: fakes.tenantId,
    DIRECTORY_CLIENT_ID: fakes.clientId,
    DIRECTORY_CLIENT_SECRET: fakes.clientSecret,
    SLACK_API_URL: fakes.slackApiUrl,
    SLACK_BOT_TOKEN: fakes.botToken,
    SLACK_SIGNING_SECRET: 'bench-signing-secret',
  };
  const servers: ChildProcess[] = [load.process];
  try {
    const entra = child('directory-server.ts', { ...common, DIRECTORY_SOURCES: 'entra' });
    servers.push(entra.process);
    await entra.next();
    entra.process.stdin!.write('sync\n');
    const full = (await entra.next()) as { run: RunView; rss: number };
    console.log(line('Entra full sync', full.run, full.rss, 60));
    load.process.stdin!.write('delta\n');
    await load.next();
    entra.process.stdin!.write('sync\n');
    const delta = (await entra.next()) as { run: RunView; rss: number };
    console.log(line('Entra 1 % delta', delta.run, delta.rss, 5));
    entra.process.stdin!.end();

    const slack = child('directory-server.ts', { ...common, DIRECTORY_SOURCES: 'slack' });
    servers.push(slack.process);
    await slack.next();
    slack.process.stdin!.write('sync\n');
    const slackRun = (await slack.next()) as { run: RunView; rss: number };
    console.log(line('Slack full sync', slackRun.run, slackRun.rss, 60));
    slack.process.stdin!.end();
  } finally {
    load.process.stdin!.end();
    await Promise.all(
      servers.map((p) =>
        p.exitCode === null ? new Promise((resolve) => p.once('exit', resolve)) : undefined,
      ),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const directoryBenchmark: Benchmark = {
  name: 'directory',
  description:
    'Entra sync of 100,000 users and a 1 % delta, Slack sync of 20,000 members, on SQLite and PostgreSQL',
  run: () => onSqliteThenPostgres(onBackend),
};
